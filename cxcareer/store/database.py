"""Where the profile database lives and how it is opened (SQLite file or PostgreSQL server).

Why these settings: the data are people's careers, so losing or leaking them is the worst bug.
SQLite runs in WAL with ``synchronous=FULL`` (a confirmed save survives a power cut), foreign
keys on, a busy timeout so two writers queue instead of failing, and every write transaction
starts with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock upgrade. Files are
private: the folder is created 0700, the database pre-created 0600 (its -wal/-shm inherit that).
Opening for writing takes the single-writer lock, checks the file, and upgrades the schema
after a backup (:mod:`cxcareer.store.migrate`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cxcareer.store import migrate
from cxcareer.store.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseTooNew, NotFound

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "ENV_VAR",
    "Database",
    "Location",
    "default_db_path",
    "open_database",
    "resolve_location",
]

ENV_VAR = "CXCAREER_DB"
BUSY_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class Location:
    """A database to open: a SQLite file (``path`` set) or a server URL."""

    url: str
    path: Path | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def default_db_path() -> Path:
    """``<user data folder>/cxcareer/cxcareer.db`` (platformdirs; honours XDG_DATA_HOME)."""
    return platformdirs.user_data_path("cxcareer") / "cxcareer.db"


def resolve_location(db: str | None, environ: Mapping[str, str] | None = None) -> Location:
    """The database named by ``--db`` (path or URL), else ``$CXCAREER_DB``, else the default."""
    env = os.environ if environ is None else environ
    value = db or env.get(ENV_VAR) or ""
    if not value:
        return _sqlite_location(default_db_path())
    if value.startswith("sqlite:"):
        database = make_url(value).database
        if not database or database == ":memory:":
            raise ValueError(f"{value!r}: give a SQLite file, not an in-memory database")
        return _sqlite_location(Path(database))
    if "://" in value:
        url = make_url(value)
        if url.get_backend_name() != "postgresql":
            raise ValueError(f"{value!r}: use a file path or a postgresql+psycopg:// URL")
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return Location(url.render_as_string(hide_password=False))
    return _sqlite_location(Path(value))


def _sqlite_location(path: Path) -> Location:
    path = path.expanduser().absolute()
    return Location(f"sqlite:///{path}", path)


class _Lock(Protocol):
    def release(self) -> None: ...


@dataclass
class Database:
    """An open database; ``session()`` gives one transaction per user action."""

    location: Location
    engine: Engine
    read_only: bool = False
    _lock: _Lock | None = field(default=None, repr=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session inside one transaction, committed when the block ends without error.

        SQLite driver errors (locked, disk full, read-only, corrupt) come out as the store's
        plain-language errors; anything unrecognised is re-raised unchanged.
        """
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            error = None
            if self.location.is_sqlite and exc.orig is not None:
                error = _translate(exc.orig, str(self.location))
            if error is None:
                raise
            raise error from exc

    def close(self) -> None:
        """Close every connection and let go of the writer lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _translate(exc: BaseException, location: str) -> Exception | None:
    from cxcareer.store import sqlite_errors

    return sqlite_errors.translate(exc, location)


def open_database(location: Location, *, read_only: bool = False) -> Database:
    """Open (creating if needed) and upgrade a database.

    Raises:
        DatabaseTooNew: the schema comes from a newer cxcareer; the file was not touched.
        DatabaseInUse: another process has it open for writing (SQLite).
        DatabaseCorrupt: the SQLite quick check failed.
        DatabaseReadOnly: read-only open of a database that needs a schema upgrade.
        NotFound: read-only open of a SQLite file that does not exist.
    """
    if location.path is None:
        engine = create_engine(location.url)
        _prepare_schema(engine, location, existed=True, read_only=read_only)
        return Database(location, engine, read_only)
    if read_only:
        return _open_sqlite_read_only(location, location.path)
    return _open_sqlite_for_writing(location, location.path)


def _open_sqlite_read_only(location: Location, path: Path) -> Database:
    if not path.is_file():
        raise NotFound(f"there is no database at {path}")
    _refuse_if_too_new(location, path)
    engine = sqlite_engine(path, read_only=True)
    _prepare_schema(engine, location, existed=True, read_only=True)
    return Database(location, engine, read_only=True)


def _open_sqlite_for_writing(location: Location, path: Path) -> Database:
    _make_private_folder(path.parent)
    existed = path.is_file() and path.stat().st_size > 0
    if not path.exists():
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
    if existed:
        _refuse_if_too_new(location, path)
    lock = take_writer_lock(path)
    try:
        if existed:
            problems = _quick_check(path)
            if problems:
                raise DatabaseCorrupt(
                    f"{path} is damaged ({'; '.join(problems[:3])}); it was not changed"
                )
        engine = sqlite_engine(path, read_only=False)
        _prepare_schema(engine, location, existed=existed, read_only=False)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Database(location, engine, False, lock)


def _make_private_folder(folder: Path) -> None:
    """Create missing folders 0700; existing ones (maybe shared, like /tmp) are left alone."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.exists():
            break
        missing.append(parent)
    for parent in reversed(missing):
        parent.mkdir(mode=0o700, exist_ok=True)
        os.chmod(parent, 0o700)


def take_writer_lock(path: Path) -> _Lock | None:
    """Hook: the writer lock of :mod:`cxcareer.store.lock` (None while that module is absent)."""
    try:
        from cxcareer.store import lock
    except ImportError:  # pragma: no cover - only while lock.py is being written
        return None
    return lock.WriterLock(path).acquire()


def _quick_check(path: Path) -> list[str]:
    """Hook: :func:`cxcareer.store.recovery.quick_check` ([] if that module is absent)."""
    try:
        from cxcareer.store import recovery
    except ImportError:  # pragma: no cover - only while recovery.py is being written
        return []
    return recovery.quick_check(path)


def _backup_before_migration(path: Path) -> None:
    """Back the file up before its schema changes (:mod:`cxcareer.store.backup`)."""
    from cxcareer.store import backup

    backup.make_backup(path, backup.backup_dir_for(path), reason="migration")


def stamped_revision(path: Path) -> str | None:
    """The Alembic revision in a SQLite file, read through a ``mode=ro`` connection (no writes)."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def _refuse_if_too_new(location: Location, path: Path) -> None:
    revision = stamped_revision(path)
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseTooNew(str(location), revision)


def _prepare_schema(engine: Engine, location: Location, *, existed: bool, read_only: bool) -> None:
    current = migrate.current_revision(engine)
    if current is not None and not migrate.is_known_revision(current):
        engine.dispose()
        raise DatabaseTooNew(str(location), current)
    if current == migrate.head_revision():
        return
    if read_only:
        engine.dispose()
        raise DatabaseReadOnly(
            f"{location} needs a schema upgrade; open it once for writing to upgrade it"
        )
    if location.path is not None and existed and current is not None:
        _backup_before_migration(location.path)
    migrate.upgrade(engine)


def sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine on ``path`` with the store's pragmas and ``BEGIN IMMEDIATE`` for writes."""

    def connect() -> sqlite3.Connection:
        target = f"file:{quote(str(path))}?mode={'ro' if read_only else 'rw'}"
        conn = sqlite3.connect(
            target,
            uri=True,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,  # SQLAlchemy's begin event below owns the transactions
            check_same_thread=False,
        )
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
        if read_only:
            conn.execute("PRAGMA query_only=ON")
        return conn

    engine = create_engine(f"sqlite:///{path}", creator=connect)
    begin_sql = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine
