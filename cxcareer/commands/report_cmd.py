"""``cxcareer report PERSON --pdf FILE``: the one-to-one pack, printed without opening the app.

What the pack says is the service's (:func:`cxcareer.service.report_content.build_report`, the
content the app prints too); only laying it out is Qt's. Why Qt is imported lazily here: the
pack is laid out by Qt's text engine (the same pages the desktop app writes), but every other
command must start without loading Qt. The handler makes an offscreen QGuiApplication when none
exists, so it runs on servers and in CI with no display.
"""

from __future__ import annotations

import argparse

from cxcareer.commands.common import CommandError, add_force_option, language_of
from cxcareer.commands.store_access import add_db_option, add_read_only_option, open_app
from cxcareer.framework.text import normalise_language
from cxcareer.service.export_files import check_target
from cxcareer.service.texts import say as t

__all__ = ["register", "run_report"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report``."""
    report = subparsers.add_parser("report", help="write a person's one-to-one pack as a PDF")
    report.add_argument("person", metavar="PERSON", help="the person's id or name")
    report.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file to write")
    report.add_argument(
        "--lang",
        choices=["en", "pt-BR"],
        type=normalise_language,
        help="language of the pack (default: from the locale)",
    )
    report.add_argument(
        "--include-private",
        action="store_true",
        help="also print the private notes of the latest one-to-one",
    )
    report.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", type=str.lower, help="paper size"
    )
    add_force_option(report)
    add_db_option(report)
    add_read_only_option(report)
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Write the pack; every problem is one plain line and exit code 1."""
    lang = language_of(args)
    target = check_target(args.pdf, force=args.force)  # before the database is even opened
    from cxcareer.service.report_content import build_report
    from cxcareer.ui.report.pdf_pack import ensure_gui_application, render_pack

    ensure_gui_application()
    with open_app(args, lang, read_only=True) as app:
        content = build_report(app, args.person, lang=lang, include_private=args.include_private)
    try:
        render_pack(content, target, paper=args.paper, force=args.force)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(
            t("cannot_write", lang, file=error.filename or target, reason=reason)
        ) from None
    written = t(
        "report_written", lang, name=content.name, file=target, paper=args.paper.upper(), lang=lang
    )
    print(written)
    if args.include_private:
        print(t("report_private", lang))
    return 0
