"""Looking after a database: where it is, backups, checks, restore — for the app and ``db``.

Why one module for both faces: the desktop app's database dialog (off the UI thread) and
``cxcareer db check|backup|restore|info`` must behave alike — backups through SQLite's online
backup API, a restore that verifies the backup first and backs the current data up before
replacing it, the same reasons to refuse a backup. Kept free of Qt so the same steps are tested
on real files without a window.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxcareer.service.rules import Refused
from cxcareer.store import backup, migrate, recovery, retention
from cxcareer.store.database import Database, Location
from cxcareer.store.errors import TargetRefused
from cxcareer.store.lock import WriterLock
from cxcareer.store.sqlite_files import stamped_revision
from cxcareer.store.write_target import check_target

#: One backup file as the backups list shows it (taken when, why, how big).
BackupInfo = backup.BackupInfo

__all__ = [
    "BackupInfo",
    "BackupProblem",
    "CheckResult",
    "DatabaseInfo",
    "FileCheck",
    "RestoreOutcome",
    "back_up_now",
    "backup_folder",
    "backup_problems",
    "check_and_set_aside",
    "check_database",
    "describe_database",
    "list_backups",
    "location_label",
    "recover_damaged",
    "require_sqlite",
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


def require_sqlite(location: Location) -> Path:
    """The SQLite file of ``location``.

    Raises:
        Refused: ``sqlite_only``: a server database is backed up and restored by its own tools.
    """
    if location.path is None:
        raise Refused("sqlite_only", location=str(location))
    return location.path


def back_up_now(location: Location, *, to: Path | None = None, now: datetime | None = None) -> Path:
    """Take a manual backup now, even if nothing changed; the new file.

    Into the backup folder (then thin old backups), or to the new file ``to`` when given.

    Raises:
        Refused: a server database (its own tools back it up), or ``to`` already exists.
        StoreError: the copy could not be written or failed its integrity check.
    """
    path = require_sqlite(location)
    if to is not None:
        target = to.expanduser().absolute()
        try:  # never a folder, a link, a pipe, a database or its -wal/-shm
            check_target(target)
        except TargetRefused as refused:
            if refused.reason not in ("exists", "database"):  # an existing file: never
                raise
            raise Refused("file_exists", file=str(target)) from None
        return backup.copy_to_file(path, target)
    folder = backup.backup_dir_for(path)
    moment = now or datetime.now(UTC)
    made = backup.make_backup(path, folder, reason="manual", now=moment)
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


@dataclass(frozen=True)
class BackupProblem:
    """Why a file cannot be restored, for each face to say in its language.

    ``kind`` is ``missing``, ``damaged``, ``not_cxcareer`` or ``too_new``; ``detail`` the fact
    its sentence needs (the integrity problem, the schema revision); ``str()`` is English.
    """

    kind: str
    detail: str
    text: str

    def __str__(self) -> str:
        return self.text


def backup_problems(path: Path) -> list[BackupProblem]:
    """Why ``path`` cannot be restored (missing, damaged, not from cxcareer, from a newer one)."""
    if not path.is_file():
        return [BackupProblem("missing", str(path), f"{path} does not exist")]
    problems = backup.integrity_problems(path)
    if not problems:
        try:
            revision = stamped_revision(path)
        except sqlite3.Error as error:
            problems = [str(error)]
    if problems:  # what SQLite found stays in ``detail``; people read only that it is damaged
        text = f"{path.name} is damaged or is not a database"
        return [BackupProblem("damaged", problems[0], text)]
    if revision is None:
        text = f"{path.name} is not a cxcareer database"
        return [BackupProblem("not_cxcareer", path.name, text)]
    if not migrate.is_known_revision(revision):
        text = f"{path.name} comes from a newer cxcareer (schema {revision}); update cxcareer"
        return [BackupProblem("too_new", revision, text)]
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
        Refused: a server database.
        ValueError: a backup that cannot be restored (nothing changed).
        DatabaseInUse: another cxcareer holds the database.
    """
    path = require_sqlite(location)
    problems = backup_problems(source)
    if problems:
        raise ValueError(f"{problems[0]}; nothing changed")
    lock = WriterLock(path).acquire()
    try:
        previous = backup.restore_backup(source, path, now=now)
    finally:
        lock.release()
    return RestoreOutcome(source, previous)


@dataclass(frozen=True)
class FileCheck:
    """A database checked where it lies: its problems, and where a damaged file went.

    ``exists`` is False when there is no database yet (nothing to check); ``set_aside`` is the
    damaged file's new name and ``good_backup`` the newest backup that passed its check.
    """

    location: str
    exists: bool
    problems: tuple[str, ...]
    set_aside: Path | None = None
    good_backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_and_set_aside(location: Location, *, now: datetime | None = None) -> FileCheck:
    """A full integrity check; a damaged SQLite file is renamed aside (nothing is deleted).

    Why set aside rather than repair: writing into a damaged file can destroy what a specialist
    could still salvage; renaming it (with its -wal/-shm) lets cxcareer start afresh or from the
    newest good backup. A server database is only asked to answer.

    Raises:
        DatabaseInUse: another cxcareer holds the SQLite file (nothing was checked).
        StoreError: a server database that cannot be reached.
    """
    if location.path is None:
        from cxcareer.store.database import open_database

        database = open_database(location, read_only=True)
        try:
            result = check_database(database)
        finally:
            database.close()
        return FileCheck(result.location, True, result.problems)
    path = location.path
    if not path.is_file():
        return FileCheck(str(path), False, ())
    lock = WriterLock(path).acquire()
    try:
        problems = tuple(backup.integrity_problems(path))
        if not problems:
            return FileCheck(str(path), True, ())
        aside = recovery.set_aside(path, now or datetime.now(UTC))
        good = recovery.newest_good_backup(backup.backup_dir_for(path))
    finally:
        lock.release()
    return FileCheck(str(path), True, problems, aside, good)


@dataclass(frozen=True)
class DatabaseInfo:
    """Where a database is, how big, its schema against this build's, and its backups."""

    location: str
    exists: bool
    size: int | None
    revision: str | None
    head_revision: str
    backup_folder: Path | None
    backups: tuple[backup.BackupInfo, ...]
    damaged: bool = False


def describe_database(location: Location) -> DatabaseInfo:
    """Facts about the database at ``location``, read without opening it for writing.

    Raises:
        StoreError / driver errors: a server database that cannot be reached.
    """
    head = migrate.head_revision()
    if location.path is None:
        size, revision = _server_facts(location)
        return DatabaseInfo(str(location), True, size, revision, head, None, ())
    path = location.path
    exists = path.is_file()
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())
    revision, damaged = _revision_or_damage(path) if exists else (None, False)
    return DatabaseInfo(
        location=str(path),
        exists=exists,
        size=size,
        revision=revision,
        head_revision=head,
        backup_folder=backup_folder(location),
        backups=tuple(list_backups(location)),
        damaged=damaged,
    )


def _revision_or_damage(path: Path) -> tuple[str | None, bool]:
    """The file's schema revision, and whether it is damaged (or not a database at all).

    A quick check (read-only) too: a file whose first pages read fine may be damaged further on.
    """
    try:
        revision = stamped_revision(path)
    except sqlite3.DatabaseError:
        return None, True
    return revision, bool(backup.integrity_problems(path, quick=True))


def _server_facts(location: Location) -> tuple[int | None, str | None]:
    """A PostgreSQL database's size in bytes and schema revision."""
    from sqlalchemy import create_engine, text

    engine = create_engine(location.url)
    try:
        revision = migrate.current_revision(engine)
        with engine.connect() as connection:
            size = connection.execute(text("SELECT pg_database_size(current_database())")).scalar()
    finally:
        engine.dispose()
    return (int(size) if size is not None else None), revision


def recover_damaged(location: Location, *, now: datetime | None = None) -> str:
    """Set a damaged SQLite file aside and continue from its newest good backup.

    Returns the sentence to show: where the damaged file went and which backup the data now
    comes from (with none, the app starts with an empty database). Nothing is ever deleted.
    """
    path = require_sqlite(location)
    outcome = recovery.recover_from_backup(
        path, backup.backup_dir_for(path), now or datetime.now(UTC)
    )
    return str(outcome)
