"""The ``cxcareer`` command: the headless CLI, and (later) the desktop app with no arguments.

Every failure a user can cause ends as one readable line on stderr and a non-zero exit code;
a traceback is shown only with ``CXCAREER_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from cxcareer import __version__
from cxcareer.commands import (
    career_cmd,
    db_cmd,
    framework_cmd,
    people_cmd,
    plan_cmd,
    report_cmd,
    server_cmd,
    sharing_cmd,
)
from cxcareer.commands.common import CommandError
from cxcareer.commands.failures import failure_message
from cxcareer.commands.store_access import add_db_option, add_read_only_option
from cxcareer.service.opening import resolve_location
from cxcareer.service.problem_lists import shown_lines
from cxcareer.service.texts import locale_language
from cxcareer.service.texts import say as t

__all__ = ["build_parser", "main"]

#: Modules that add subcommands, in the order their commands appear in ``--help``.
COMMAND_MODULES = (
    framework_cmd,
    career_cmd,
    people_cmd,
    plan_cmd,
    report_cmd,
    sharing_cmd,
    db_cmd,
    server_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="cxcareer",
        description="Career planning for customer support and customer experience people.",
    )
    parser.add_argument("--version", action="version", version=f"cxcareer {__version__}")
    add_db_option(parser, top_level=True)
    add_read_only_option(parser, top_level=True)
    _add_app_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _add_app_options(parser: argparse.ArgumentParser) -> None:
    """List the desktop app's own options in ``--help`` (the launcher acts on them).

    ``cxcareer`` with only these options (and ``--db``, ``--read-only``) opens the window, so
    here they are described, and refused beside a command, which would ignore them.
    ``--read-only`` is everyone's: the app and every command honour it.
    """
    app = parser.add_argument_group(
        "desktop app",
        "cxcareer with only these options (and --db, --read-only) opens the window",
    )
    app.add_argument(
        "--demo", dest="app_demo", action="store_true", help="explore a throw-away sample team"
    )
    app.add_argument(
        "--lang",
        dest="app_lang",
        choices=("en", "pt-BR"),
        help="the app's language (default: the one chosen last, else the system's)",
    )


def _report(message: str, details: Sequence[str] = ()) -> None:
    for line in details:
        print(line, file=sys.stderr)
    print(f"cxcareer: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 failure, 2 usage error)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:  # ``cxcareer`` alone opens the app (cxcareer.launcher); here, help
        parser.print_help()
        return 0
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:  # argparse's own usage errors and --help/--version
        return int(exit_.code or 0)
    if args.app_demo or args.app_lang:
        try:
            parser.error("--demo and --lang open the desktop app: give no command")
        except SystemExit as exit_:
            return int(exit_.code or 2)
    lang: str = getattr(args, "lang", None) or locale_language()
    try:
        code: int = args.handler(args)
        return code
    except CommandError as error:
        _report(str(error), shown_lines(error.details, lang))
        return error.code
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        said = failure_message(error, lang, _database_named(args))
        if said is None:
            if os.environ.get("CXCAREER_DEBUG") == "1":
                traceback.print_exc()
            said = t("bug", lang, kind=type(error).__name__, message=error)
        _report(said)
        return 1


def _database_named(args: argparse.Namespace) -> str | None:
    """The database the command used (as the store names it), for errors that do not say."""
    try:
        return str(resolve_location(getattr(args, "db", None)))
    except ValueError:
        return None
