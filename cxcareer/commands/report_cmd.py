"""``cxcareer report PERSON --pdf FILE``: the one-to-one pack, printed without opening the app.

Why Qt is imported lazily here: the pack is laid out by Qt's text engine (the same pages the
desktop app writes), but every other command must start without loading Qt. The handler makes
an offscreen QGuiApplication when none exists, so it runs on servers and in CI with no display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cxcareer.commands.common import CommandError, language_of
from cxcareer.commands.store_access import add_db_option, open_store, store_error
from cxcareer.framework.text import normalise_language
from cxcareer.service.career import CareerApp
from cxcareer.service.texts import say as t
from cxcareer.store.errors import StoreError

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
    add_db_option(report)
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    """Write the pack; every problem is one plain line and exit code 1."""
    lang = language_of(args)
    target = Path(args.pdf).expanduser()
    if target.is_dir():
        raise CommandError(t("cannot_write", lang, file=target, reason=t("is_folder", lang)))
    from cxcareer.ui.report.pdf_pack import ensure_gui_application, write_pack

    ensure_gui_application()

    with open_store(args, lang, read_only=True) as database:
        app = CareerApp(database, lang=lang)
        try:
            app.person(args.person)
            written = write_pack(
                app,
                args.person,
                target,
                lang=lang,
                include_private=args.include_private,
                paper=args.paper,
            )
        except StoreError as error:
            raise store_error(error, database.location, lang) from None
        except OSError as error:
            reason = error.strerror or str(error)
            raise CommandError(
                t("cannot_write", lang, file=error.filename or target, reason=reason)
            ) from None
        name = app.person(args.person).name
    print(t("report_written", lang, name=name, file=written, paper=args.paper.upper(), lang=lang))
    if args.include_private:
        print(t("report_private", lang))
    return 0
