"""Opening the profile database for a command: the ``--db`` choice, through the service layer.

Why one place: every store command must pick the same database (``--db``, else ``$CXCAREER_DB``,
else the user data folder) and open it the same way — :func:`cxcareer.service.opening.open_for_use`
takes the start-of-use backup and says driver failures as the store's errors. Nothing here
catches errors: :func:`cxcareer.cli.main` says every one of them in a single place
(:mod:`cxcareer.commands.failures`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from cxcareer.commands.common import CommandError, add_language_option
from cxcareer.service.texts import say as t

if TYPE_CHECKING:  # the store is imported by the commands that open it, when they run
    from cxcareer.service.career import CareerApp
    from cxcareer.service.opening import Database, Location
    from cxcareer.store.errors import NoRoomForBackup

__all__ = [
    "add_db_option",
    "add_read_only_option",
    "add_store_options",
    "location_of",
    "open_app",
    "open_store",
    "refuse_if_read_only",
]


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--db PATH|URL``; on subcommands it only overrides a top-level ``--db`` when given."""
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top_level else argparse.SUPPRESS,
        help="the database: a SQLite file or postgresql+psycopg://user@host/db "
        "(default: $CXCAREER_DB, else the user data folder)",
    )


def add_read_only_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--read-only``: open the database without the writer lock and change nothing."""
    parser.add_argument(
        "--read-only",
        dest="read_only",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="open the database read-only: commands that only read work while another "
        "cxcareer writes to it; commands that write are refused",
    )


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--db``, ``--read-only``, ``--json`` and ``--lang`` for a store command."""
    add_db_option(parser)
    add_read_only_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_option(parser)


def location_of(args: argparse.Namespace, lang: str) -> Location:
    """The database chosen by ``--db`` / ``$CXCAREER_DB`` / the default."""
    from cxcareer.service.opening import resolve_location

    try:
        return resolve_location(getattr(args, "db", None))
    except ValueError as error:
        raise CommandError(t("bad_db", lang, reason=error)) from None


@contextmanager
def open_store(
    args: argparse.Namespace, lang: str, *, read_only: bool = False, reason: str = "start"
) -> Iterator[Database]:
    """The chosen database, open until the block ends.

    ``read_only``: the command only reads, so it opens without the writer lock and without the
    start-of-use backup (:func:`cxcareer.service.opening.open_for_reading`), and works while
    the desktop app writes. A command that writes is opened for writing (backed up first when
    due; a routine backup that does not fit is put off, said on stderr), or refused in plain
    words when the person asked for ``--read-only``.
    """
    from cxcareer.service.formats import format_size
    from cxcareer.service.opening import open_for_reading, open_for_use

    def put_off(no_room: NoRoomForBackup) -> None:
        sizes = {
            "needed": format_size(no_room.needed, lang),
            "free": format_size(no_room.free, lang),
        }
        print(t("backup_put_off", lang, **sizes), file=sys.stderr)

    location = location_of(args, lang)
    if read_only:
        strictly = bool(getattr(args, "read_only", False))
        database = open_for_reading(location, strictly=strictly)
    else:
        refuse_if_read_only(args, lang)
        database = open_for_use(location, reason=reason, put_off=put_off)
    try:
        yield database
    finally:
        database.close()


def refuse_if_read_only(args: argparse.Namespace, lang: str) -> None:
    """Refuse, before anything is opened, a command that writes when ``--read-only`` was given."""
    if getattr(args, "read_only", False):
        raise CommandError(t("read_only_refuses", lang, command=command_name(args)))


def command_name(args: argparse.Namespace) -> str:
    """The command as typed without its arguments (``person add``), for messages."""
    words = [getattr(args, "command", None)]
    words += [value for key, value in vars(args).items() if key.endswith("_command")]
    return " ".join(str(word) for word in words if word)


@contextmanager
def open_app(
    args: argparse.Namespace, lang: str, *, read_only: bool = False, reason: str = "start"
) -> Iterator[CareerApp]:
    """The service's door on the chosen database, speaking ``lang``."""
    from cxcareer.service.career import CareerApp

    with open_store(args, lang, read_only=read_only, reason=reason) as database:
        yield CareerApp(database, lang=lang)
