"""``cxcareer export|import|export-csv`` and ``framework import|list``: data in and out.

Why imports are validated in full before the transaction: a bundle from a colleague or a
framework from HR either goes in whole or not at all, with every problem listed, and a backup is
taken first (by :func:`~cxcareer.commands.store_access.open_store`) so even a whole import can be
undone with ``db restore``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cxcareer.commands.common import CommandError, emit_json, history_counts, language_of
from cxcareer.commands.render import table
from cxcareer.commands.store_access import add_store_options, transaction
from cxcareer.service.formats import format_date
from cxcareer.service.texts import say as t
from cxcareer.service.texts import say_count
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.services.common import person_framework, person_row

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
    add_store_options(export)
    export.set_defaults(handler=run_export)

    imp = subparsers.add_parser("import", help="merge a bundle exported by cxcareer")
    imp.add_argument("file", metavar="FILE")
    add_store_options(imp)
    imp.set_defaults(handler=run_import)

    csv = subparsers.add_parser("export-csv", help="a person's assessment history as CSV")
    csv.add_argument("person", metavar="PERSON")
    csv.add_argument("file", metavar="FILE")
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
    from cxcareer.store.bundle import export_bundle, write_bundle

    lang = language_of(args)
    with transaction(args, lang, reason="export") as session:
        bundle = export_bundle(session, args.person, include_private=args.include_private)
    write_bundle(Path(args.file), bundle)
    counts = {
        kind: len(bundle[kind]) for kind in ("assessments", "evidence", "actions", "meetings")
    }
    if args.json:
        emit_json({"file": args.file, "person": bundle["person"]["id"], **counts})
    else:
        summary = history_counts(counts, lang)
        print(t("exported", lang, name=bundle["person"]["name"], file=args.file, counts=summary))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from cxcareer.store.bundle import read_bundle
    from cxcareer.store.bundle_merge import import_bundle

    lang = language_of(args)
    try:
        bundle = read_bundle(Path(args.file))
        with transaction(args, lang, reason="before-import") as session:
            report = import_bundle(session, bundle)
    except BundleInvalid as invalid:
        raise CommandError(
            t(
                "bundle_invalid",
                lang,
                file=args.file,
                problems=say_count("count_problems", len(invalid.problems), lang),
            ),
            details=[f"{args.file}: {p}" for p in invalid.problems],
        ) from None
    if args.json:
        emit_json({"person": report.person_id, "added": report.added, "updated": report.updated})
        return 0
    if not report.changed:
        print(t("import_nothing_new", lang, file=args.file))
        return 0
    rows = [
        [t(_KIND_NAMES[kind], lang), str(report.added[kind]), str(report.updated[kind])]
        for kind in report.added
        if report.added[kind] or report.updated[kind]
    ]
    print(t("imported", lang, file=args.file))
    print(table(["", t("col_added", lang), t("col_updated", lang)], rows))
    return 0


def run_export_csv(args: argparse.Namespace) -> int:
    from cxcareer.store.csv_safe import write_csv
    from cxcareer.store.services.assessments import list_assessments

    lang = language_of(args)
    with transaction(args, lang, reason="export") as session:
        row = person_row(session, args.person)
        framework = person_framework(session, row)
        history = list_assessments(session, row.id)
        name = row.name
    header = ["assessed_at", "person", "by", "assessor", "status", "skill", "skill_name", "level"]
    rows = [
        [
            a.assessed_at,
            name,
            a.assessor.value,
            a.assessor_name,
            a.status.value,
            item.skill,
            framework.skill(item.skill).name.get(lang) if item.skill in framework.skills else "",
            item.level,
            item.comment,
        ]
        for a in history
        for item in a.items
    ]
    write_csv(Path(args.file), [*header, "comment"], rows)
    if args.json:
        emit_json({"file": args.file, "rows": len(rows)})
    else:
        print(say_count("csv_written", len(rows), lang, file=args.file))
    return 0


def run_framework_import(args: argparse.Namespace) -> int:
    from cxcareer.framework.load import check_file
    from cxcareer.store.services.frameworks import import_framework

    lang = language_of(args)
    report = check_file(args.file)
    if not report.ok:
        for problem in report.errors:
            print(f"{problem}", file=sys.stderr)
        errors = say_count("count_errors", len(report.errors), lang)
        raise CommandError(t("framework_invalid", lang, file=args.file, errors=errors))
    data = Path(args.file).read_bytes()
    with transaction(args, lang, reason="before-import") as session:
        result = import_framework(session, data, Path(args.file).name)
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
    from cxcareer.store.services.frameworks import ensure_builtin, list_framework_versions

    lang = language_of(args)
    with transaction(args, lang) as session:
        ensure_builtin(session)
        versions = list_framework_versions(session)
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
