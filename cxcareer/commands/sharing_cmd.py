"""``cxcareer export|import|export-csv`` and ``framework import|list``: data in and out.

Why the service's use cases, the same the app's sharing and frameworks screens call: a bundle
from a colleague or a framework from HR is checked in full first and goes in whole or not at
all, with every problem listed, after a backup (so even a whole import can be undone with
``db restore``); an export writes the same private file either way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cxcareer.commands.common import (
    CommandError,
    add_force_option,
    emit_json,
    history_counts,
    language_of,
)
from cxcareer.commands.render import table
from cxcareer.commands.store_access import add_store_options, open_app, open_store
from cxcareer.service.bundle_trust import SignerCheck
from cxcareer.service.export_files import check_target
from cxcareer.service.formats import format_date, format_number
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count
from cxcareer.store.errors import BundleInvalid

__all__ = ["register"]


#: The catalogue key naming each kind of record an import counts.
_KIND_NAMES = {
    "framework": "kind_name_framework",
    "person": "kind_name_person",
    "assessments": "kind_name_assessments",
    "evidence": "label_evidence",
    "actions": "kind_name_actions",
    "meetings": "kind_name_meetings",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export``, ``import``, ``export-csv``, and ``import``/``list`` under ``framework``."""
    export = subparsers.add_parser("export", help="write a person's bundle (JSON) to share")
    export.add_argument("person", metavar="PERSON")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--include-private", action="store_true", help="private meeting notes too")
    export.add_argument(
        "--as",
        dest="signer",
        metavar="PERSON",
        help="who you are: the bundle is signed as this person (default: as last time)",
    )
    add_force_option(export)
    add_store_options(export)
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser("import", help="merge a bundle exported by cxcareer")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--trust-new-key",
        action="store_true",
        help="accept a signer's CHANGED key, or a first key for someone already here "
        "(only after comparing it with them)",
    )
    add_store_options(imp)
    imp.set_defaults(handler=run_import)

    csv = subparsers.add_parser("export-csv", help="a person's assessment history as CSV")
    csv.add_argument("person", metavar="PERSON")
    csv.add_argument("file", metavar="FILE")
    add_force_option(csv)
    add_store_options(csv)
    csv.set_defaults(handler=run_export_csv)

    framework = subparsers.choices["framework"]
    commands = next(
        action for action in framework._actions if isinstance(action, argparse._SubParsersAction)
    )
    fimport = commands.add_parser("import", help="store a framework file in the database")
    fimport.add_argument("file", metavar="FILE")
    add_store_options(fimport)
    fimport.set_defaults(handler=run_framework_import)
    flist = commands.add_parser("list", help="the framework versions in the database")
    add_store_options(flist)
    flist.set_defaults(handler=run_framework_list)


def run_export(args: argparse.Namespace) -> int:
    from cxcareer.service.bundle_export import export_person

    lang = language_of(args)
    target = check_target(args.file, force=args.force)  # before the database is even opened
    with open_store(args, lang, read_only=True) as database:
        summary = export_person(
            database,
            args.person,
            target,
            include_private=args.include_private,
            signer=args.signer,
            force=args.force,
        )
    if args.json:
        signed = {"signer": summary.signer_name, "fingerprint": summary.signer_fingerprint}
        emit_json({"file": args.file, "person": summary.person_id, **summary.counts, **signed})
    else:
        counts = history_counts(summary.counts, lang)
        print(t("exported", lang, name=summary.person_name, file=args.file, counts=counts))
        fingerprint = summary.signer_fingerprint
        print(t("signed_as", lang, name=summary.signer_name, fingerprint=fingerprint))
    return 0


def _signer_line(check: SignerCheck, lang: str) -> str:
    """Who signed an imported bundle, and whether their key was new, known or CHANGED."""
    signer = check.signer
    key = f"signed_by_{check.status.value}"
    old = check.pinned_fingerprint or ""
    return t(key, lang, name=signer.name, fingerprint=signer.fingerprint, old=old)


def run_import(args: argparse.Namespace) -> int:
    from cxcareer.service.bundle_preview import import_bundle_file

    lang = language_of(args)
    try:
        with open_store(args, lang) as database:
            progress = _progress_line(args.file, lang)
            done = import_bundle_file(
                database, Path(args.file), progress, trust_new_key=args.trust_new_key
            ).value
    except BundleInvalid as invalid:  # a check's findings, listed one a line
        raise CommandError(
            t(
                "bundle_invalid",
                lang,
                file=args.file,
                problems=say_count("count_problems", len(invalid.problems), lang),
            ),
            details=[f"{args.file}: {p}" for p in invalid.problems],
        ) from None
    report, check = done.report, done.signer
    assert check is not None
    if args.json:
        signer = {
            "id": check.signer.person_id,
            "name": check.signer.name,
            "fingerprint": check.signer.fingerprint,
            "key": check.status.value,
        }
        emit_json(
            {
                "person": report.person_id,
                "added": report.added,
                "updated": report.updated,
                "signer": signer,
            }
        )
        return 0
    print(_signer_line(check, lang))
    if not report.changed:
        print(t("import_nothing_new", lang, file=args.file))
        return 0
    rows = [
        [
            t(_KIND_NAMES[kind], lang),
            format_number(report.added[kind], lang),
            format_number(report.updated[kind], lang),
        ]
        for kind in report.added
        if report.added[kind] or report.updated[kind]
    ]
    print(t("imported", lang, file=args.file))
    print(table(["", t("col_added", lang), t("col_updated", lang)], rows))
    return 0


def _progress_line(file: str, lang: str) -> Callable[[int, int], None] | None:
    """A progress line rewritten in place on a terminal's stderr; None when not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        counts = {"done": format_number(done, lang), "total": format_number(total, lang)}
        line = t("import_progress", lang, file=file, **counts)
        print(f"\r{line}", end="\n" if done >= total else "", file=sys.stderr, flush=True)

    return show


def run_export_csv(args: argparse.Namespace) -> int:
    from cxcareer.service.history_export import export_history_csv

    lang = language_of(args)
    target = check_target(args.file, force=args.force)  # before the database is even opened
    with open_app(args, lang, read_only=True) as app:
        written = export_history_csv(app, args.person, target, force=args.force)
    if args.json:
        emit_json({"file": args.file, "rows": written.rows})
    else:
        print(say_count("csv_written", written.rows, lang, file=args.file))
    return 0


def run_framework_import(args: argparse.Namespace) -> int:
    from cxcareer.service.framework_import import import_framework_file

    lang = language_of(args)
    with open_app(args, lang) as app:
        checked = import_framework_file(app, Path(args.file)).value
    if checked.imported is None:
        errors = checked.report.errors
        raise CommandError(
            t(
                "framework_invalid",
                lang,
                file=args.file,
                errors=say_count("count_errors", len(errors), lang),
            ),
            details=[str(problem) for problem in errors],
        )
    result = checked.imported
    version = result.version
    if args.json:
        emit_json(
            {
                "id": version.id,
                "framework": version.framework_id,
                "version": version.version,
                "created": result.created,
            }
        )
        return 0
    key = "framework_imported" if result.created else "framework_already"
    print(t(key, lang, id=version.framework_id, version=version.version, vid=version.id))
    return 0


def run_framework_list(args: argparse.Namespace) -> int:
    lang = language_of(args)
    with open_app(args, lang, read_only=True) as app:
        versions = app.framework_versions()
    if args.json:
        emit_json(
            [
                {
                    "id": v.id,
                    "framework": v.framework_id,
                    "version": v.version,
                    "file": v.filename,
                    "imported_at": v.imported_at.isoformat(),
                }
                for v in versions
            ]
        )
        return 0
    rows = [
        [v.framework_id, v.version, v.filename, format_date(v.imported_at, lang), v.id]
        for v in versions
    ]
    header = [t("col_framework", lang), t("col_version", lang), t("col_file", lang)]
    print(table([*header, t("col_imported", lang), t("col_id", lang)], rows))
    return 0
