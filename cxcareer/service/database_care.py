"""Looking after the open database from the desktop app: where it is, backups, checks, restore.

Why a module of its own: the database dialog runs each of these off the UI thread, and each must
behave exactly like ``cxcareer db ...`` — backups through SQLite's online backup API, a restore
that verifies the backup first and backs the current data up before replacing it, checks that
never write. Kept free of Qt so the same steps are tested on real files without a window.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxcareer.store import backup, migrate, retention
from cxcareer.store.database import Database, Location
from cxcareer.store.lock import WriterLock
from cxcareer.store.sqlite_files import stamped_revision

__all__ = [
    "CheckResult",
    "RestoreOutcome",
    "back_up_now",
    "backup_folder",
    "backup_problems",
    "check_database",
    "list_backups",
    "location_label",
    "restore",
]


def location_label(location: Location) -> str:
    """The SQLite file path, or the server URL with its password hidden."""
    return str(location)


def backup_folder(location: Location) -> Path | None:
    """Where the backups of a SQLite database go; None for a server database."""
    return backup.backup_dir_for(location.path) if location.path is not None else None


def list_backups(location: Location) -> list[backup.BackupInfo]:
    """The database's backups, newest first (none for a server database)."""
    folder = backup_folder(location)
    return backup.list_backups(folder) if folder is not None else []


def back_up_now(location: Location, *, now: datetime | None = None) -> Path:
    """Take a manual backup now, even if nothing changed, and thin old backups.

    Raises:
        ValueError: the database is on a server (its own tools back it up).
        StoreError: the copy could not be written or failed its integrity check.
    """
    if location.path is None:
        raise ValueError(f"{location}: back up a PostgreSQL database with pg_dump")
    folder = backup.backup_dir_for(location.path)
    moment = now or datetime.now(UTC)
    made = backup.make_backup(location.path, folder, reason="manual", now=moment)
    retention.prune_backups(folder, moment)
    return made


@dataclass(frozen=True)
class CheckResult:
    """The outcome of checking a database: ``problems`` is empty when it is fine."""

    location: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(database: Database) -> CheckResult:
    """A full integrity check of a SQLite file (read-only), or a round trip to a server.

    Never writes and never raises for a damaged file: the problems are returned.
    """
    location = database.location
    if location.path is not None:
        problems = backup.integrity_problems(location.path)
        return CheckResult(str(location), tuple(problems))
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with database.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as error:
        first = str(getattr(error, "orig", None) or error).strip().splitlines()
        return CheckResult(str(location), (first[0] if first else type(error).__name__,))
    return CheckResult(str(location), ())


def backup_problems(path: Path) -> list[str]:
    """Why ``path`` cannot be restored (damaged, not from cxcareer, from a newer cxcareer)."""
    problems = backup.integrity_problems(path)
    if problems:
        return problems
    try:
        revision = stamped_revision(path)
    except sqlite3.Error as error:
        return [str(error)]
    if revision is None:
        return [f"{path.name} is not a cxcareer database"]
    if not migrate.is_known_revision(revision):
        return [f"{path.name} comes from a newer cxcareer (schema {revision}); update cxcareer"]
    return []


@dataclass(frozen=True)
class RestoreOutcome:
    """Which backup now holds the data, and where the data from before the restore went."""

    restored: Path
    previous: Path | None


def restore(location: Location, source: Path, *, now: datetime | None = None) -> RestoreOutcome:
    """Replace the data of a *closed* SQLite database with the backup ``source``.

    The caller closes its :class:`Database` first (this takes the writer lock, so no other
    cxcareer opens the file half-way through) and reopens it afterwards. The backup is checked
    first; the current data is backed up (or, when damaged, set aside) before anything changes.

    Raises:
        ValueError: a server database, or a backup that cannot be restored (nothing changed).
        DatabaseInUse: another cxcareer holds the database.
    """
    if location.path is None:
        raise ValueError(f"{location}: restore a PostgreSQL database with pg_restore")
    problems = backup_problems(source)
    if problems:
        raise ValueError(f"{source.name}: {problems[0]}; nothing changed")
    lock = WriterLock(location.path).acquire()
    try:
        previous = backup.restore_backup(source, location.path, now=now)
    finally:
        lock.release()
    return RestoreOutcome(source, previous)
