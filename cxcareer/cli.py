"""The ``cxcareer`` command: the headless CLI, and (later) the desktop app with no arguments.

Every failure a user can cause ends as one readable line on stderr and a non-zero exit code;
a traceback is shown only with ``CXCAREER_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from cxcareer import __version__
from cxcareer.commands.common import CommandError
from cxcareer.commands.store_access import add_db_option, add_read_only_option
from cxcareer.service.problem_lists import shown_lines
from cxcareer.service.texts import locale_language
from cxcareer.service.texts import say as t

__all__ = ["build_parser", "main"]

#: Modules (in :mod:`cxcareer.commands`) that add subcommands, in the order their commands
#: appear in ``--help``, with the command words each adds (or extends: ``sharing_cmd`` adds
#: ``framework import`` and ``framework list``). A command imports only its own modules: what
#: one module needs (SQLAlchemy for the store commands) must not slow ``next --role``.
#: ``tests/cli/test_lazy_commands.py`` checks these words against what each module registers.
COMMAND_MODULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("framework_cmd", ("framework",)),
    ("career_cmd", ("next", "path")),
    ("people_cmd", ("person",)),
    ("plan_cmd", ("assess", "action", "meeting")),
    ("report_cmd", ("report",)),
    ("sharing_cmd", ("export", "import", "export-csv", "framework")),
    ("db_cmd", ("db",)),
    ("server_cmd", ("server", "key")),
)

#: Top-level options that take a value (the next word is not a command).
_VALUED_OPTIONS = frozenset({"--db", "--lang"})
#: Top-level options that print the whole parser's help or version, whatever follows.
_WHOLE_PARSER_OPTIONS = frozenset({"-h", "--help", "--version"})


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The top-level parser with the subcommands of ``command``'s modules registered.

    With no command, or one no module adds (argparse then lists every valid choice), every
    subcommand is registered, as ``--help`` needs.
    """
    parser = argparse.ArgumentParser(
        prog="cxcareer",
        description="Career planning for customer support and customer experience people.",
    )
    parser.add_argument("--version", action="version", version=f"cxcareer {__version__}")
    add_db_option(parser, top_level=True)
    add_read_only_option(parser, top_level=True)
    _add_app_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules_for(command):
        importlib.import_module(f"cxcareer.commands.{name}").register(subparsers)
    return parser


def modules_for(command: str | None) -> list[str]:
    """The command modules to import for ``command``: its own, else all of them.

    Its own are those that add or extend its words, and the modules of every word they extend
    (``export`` is in ``sharing_cmd``, which extends ``framework``: both are imported).
    """
    own = {word for _, words in COMMAND_MODULES if command in words for word in words}
    chosen = [name for name, words in COMMAND_MODULES if own.intersection(words)]
    return chosen or [name for name, _ in COMMAND_MODULES]


def command_word(args: Sequence[str]) -> str | None:
    """The subcommand typed in ``args`` (``None`` when none, or when help is asked first)."""
    words = iter(args)
    for word in words:
        if word in _WHOLE_PARSER_OPTIONS or word == "--":
            return None
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


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
    parser = build_parser(command_word(args_list))
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
        from cxcareer.commands.failures import failure_message

        said = failure_message(error, lang, _database_named(args))
        if said is None:
            if os.environ.get("CXCAREER_DEBUG") == "1":
                traceback.print_exc()
            said = t("bug", lang, kind=type(error).__name__, message=error)
        _report(said)
        return 1


def _database_named(args: argparse.Namespace) -> str | None:
    """The database the command used (as the store names it), for errors that do not say."""
    from cxcareer.service.opening import resolve_location

    try:
        return str(resolve_location(getattr(args, "db", None)))
    except ValueError:
        return None
