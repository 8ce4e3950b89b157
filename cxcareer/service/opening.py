"""Opening a database for one use (a command): the start-of-use backup, and plain errors.

Why here and not in each face: every command must open the same way — upgrade the schema after
a backup, take the start-of-use backup when the data changed since the newest one (never on a
database that opened read-only) — and whatever the drivers raise on the way must reach the
person as one sentence about their database (:func:`cxcareer.store.sqlite_errors.database_error`),
not as a SQLAlchemy or psycopg exception the face would have to know about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cxcareer.service.backups import backup_now
from cxcareer.store.database import Database, Location, open_database, resolve_location
from cxcareer.store.errors import DatabaseReadOnly, NoRoomForBackup, NotFound, StoreError
from cxcareer.store.sqlite_errors import database_error

__all__ = [
    "Database",
    "Location",
    "open_for_app",
    "open_for_reading",
    "open_for_use",
    "plain_error",
    "plainly",
    "resolve_location",
]


def open_for_use(
    location: Location,
    *,
    read_only: bool = False,
    reason: str = "start",
    put_off: Callable[[NoRoomForBackup], None] | None = None,
) -> Database:
    """The opened database, backed up first (with ``reason``) when that is due.

    ``put_off`` is told when that backup did not fit and waits for room (see
    :func:`cxcareer.service.backups.backup_now`); the database opens all the same.

    A SQLite file that cannot be written opens read-only (``Database.read_only``), and every
    write of the service then refuses with the store's ``DatabaseReadOnly``.

    Raises:
        StoreError: the database cannot be opened or backed up (driver errors translated).
        OSError: a file other than the database could not be used.
    """
    with plainly(location):
        database = open_database(location, read_only=read_only)
    try:
        with plainly(location):
            if not database.read_only:
                backup_now(location, reason, put_off=put_off)
    except BaseException:
        database.close()
        raise
    return database


def open_for_reading(location: Location, *, strictly: bool = False) -> Database:
    """The database opened read-only for a command that only reads: no writer lock, no backup.

    Why: in WAL mode a reader never waits for the writer, so listing people or writing a
    report works while the desktop app (another process) holds the writer lock and saves;
    each session reads one committed moment. A reader takes no start-of-use backup either, so
    neither the database nor its backups change (SQLite may leave an empty ``-wal`` and the
    ``-shm`` index beside the file, which a read-only connection cannot remove).

    A SQLite file that is missing or needs a schema upgrade cannot be read as it is: unless
    ``strictly`` (the person asked for ``--read-only``), it opens as :func:`open_for_use` opens
    it (created, or upgraded after a backup), as every command did before.

    Raises:
        StoreError: the database cannot be opened (driver errors translated).
        OSError: a file other than the database could not be used.
    """
    try:
        with plainly(location):
            return open_database(location, read_only=True)
    except (NotFound, DatabaseReadOnly):
        if strictly or not location.is_sqlite:
            raise
    return open_for_use(location)


def open_for_app(
    location: Location, *, read_only: bool = False, defer_engine: bool = False
) -> Database:
    """The database opened for the desktop app, which takes its start-of-use backup itself
    once the window is up (``defer_engine``: see :func:`cxcareer.store.database.open_database`).

    Raises:
        StoreError: the database cannot be opened (driver errors translated).
        OSError: a file other than the database could not be used.
    """
    with plainly(location):
        return open_database(location, read_only=read_only, defer_engine=defer_engine)


def plain_error(error: BaseException, location: str) -> StoreError | None:
    """A driver's or the file system's ``error`` as the store's error about ``location``.

    None when it is not about the database (a bug, or an error already plain).
    """
    return database_error(error, location)


@contextmanager
def plainly(location: Location) -> Iterator[None]:
    """Re-raise a driver's error as the store's error about ``location``; others unchanged."""
    try:
        yield
    except Exception as error:
        translated = database_error(error, str(location))
        if translated is None or translated is error:
            raise
        raise translated from error
