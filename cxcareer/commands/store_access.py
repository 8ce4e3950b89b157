"""Opening the profile database for a command: the ``--db`` choice, backups, plain errors.

Why one place: every store command must pick the same database (``--db``, else ``$CXCAREER_DB``,
else the user data folder), take the start-of-use backup the same way (when
:func:`~cxcareer.store.retention.backup_due` says the data changed since the newest backup, then
thin old backups), and turn every store or driver failure into one readable line — a person who
typed a command must never see a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cxcareer.commands.common import CommandError, describe_unknown
from cxcareer.framework import UnknownIdError
from cxcareer.graph import InvalidLevelError
from cxcareer.service.backups import backup_now
from cxcareer.service.problems import describe_problem
from cxcareer.service.texts import locale_language
from cxcareer.service.texts import say as t
from cxcareer.service.texts.store_errors import store_message
from cxcareer.store.database import Database, Location, open_database, resolve_location
from cxcareer.store.errors import StoreError

__all__ = [
    "add_db_option",
    "add_store_options",
    "backup_now",
    "command_error",
    "location_of",
    "open_store",
    "store_error",
    "transaction",
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


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """``--db``, ``--json`` and ``--lang`` for a store command."""
    from cxcareer.commands.common import add_language_option

    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_option(parser)


def location_of(args: argparse.Namespace, lang: str) -> Location:
    """The database chosen by ``--db`` / ``$CXCAREER_DB`` / the default."""
    try:
        return resolve_location(getattr(args, "db", None))
    except ValueError as error:
        raise CommandError(t("bad_db", lang, reason=error)) from None


def store_error(
    error: BaseException, location: Location | str, lang: str | None = None
) -> CommandError:
    """A :class:`CommandError` with the plain meaning of a store, driver or file error.

    ``lang`` (default: the locale's) is the language of the errors the catalogue knows.
    """
    from cxcareer.store.sqlite_errors import translate

    chosen = lang or locale_language()
    if isinstance(error, StoreError):
        return CommandError(store_message(error, chosen))
    translated = translate(error, str(location))
    if translated is not None:
        return CommandError(store_message(translated, chosen))
    orig = getattr(error, "orig", None) or error
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return CommandError(f"{location}: {first}")


@contextmanager
def open_store(
    args: argparse.Namespace, lang: str, *, read_only: bool = False, reason: str = "start"
) -> Iterator[Database]:
    """The opened database; backed up first when its data changed since the newest backup."""
    location = location_of(args, lang)
    try:
        database = open_database(location, read_only=read_only)
    except (StoreError, SQLAlchemyError, sqlite3.Error, OSError) as error:
        raise store_error(error, location, lang) from None
    try:
        if not read_only:
            try:
                backup_now(location, reason)
            except (StoreError, sqlite3.Error, OSError) as error:
                raise store_error(error, location, lang) from None
        yield database
    except (StoreError, SQLAlchemyError) as error:
        raise store_error(error, location, lang) from None
    finally:
        database.close()


def command_error(error: BaseException, database: Database, lang: str) -> CommandError:
    """A :class:`CommandError` saying a service or store refusal in ``lang``."""
    said = describe_problem(error, lang)
    if said is not None:
        return CommandError(said)
    return store_error(error, database.location, lang)


@contextmanager
def transaction(
    args: argparse.Namespace, lang: str, *, read_only: bool = False, reason: str = "start"
) -> Iterator[Session]:
    """One Session in one transaction on the chosen database (the common case)."""
    with open_store(args, lang, read_only=read_only, reason=reason) as database:
        location = database.location
        try:
            with database.session() as session:
                yield session
        except (StoreError, SQLAlchemyError) as error:
            raise store_error(error, location, lang) from None
        except UnknownIdError as error:
            raise CommandError(describe_unknown(error, lang)) from None
        except InvalidLevelError as error:
            raise CommandError(describe_unknown(error, lang)) from None
        except ValueError as error:  # the rules' "needs a name", "at most three targets"...
            raise CommandError(describe_problem(error, lang) or str(error)) from None
