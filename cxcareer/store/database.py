"""Where the profile database lives and how it is opened (SQLite file or PostgreSQL server).

Why this care: the data are people's careers, so losing or leaking them is the worst bug.
SQLite files are private and opened with WAL, ``synchronous=FULL``, foreign keys, a busy timeout
and ``BEGIN IMMEDIATE`` writes (:mod:`cxcareer.store.sqlite_files` explains each). Before a byte
is written, files from a newer cxcareer or from another program are refused.
Opening for writing takes the single-writer lock, quick-checks a file left unclosed or written
elsewhere (:func:`cxcareer.store.recovery.needs_quick_check`), and upgrades the schema after a
backup (:mod:`cxcareer.store.migrate`).

Why SQLAlchemy is imported inside functions: a SQLite file that is already at this build's
schema can be located, locked and checked with the standard library alone, and the desktop app
asks for exactly that (``open_database(..., defer_engine=True)``) so it can paint the person's
overview (:mod:`cxcareer.store.quick_read`) while SQLAlchemy is still unloaded. The engine is
then made on first use, or when the app calls :meth:`Database.start_engine`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import platformdirs

from cxcareer.store import change_mark, migrate, server_identity
from cxcareer.store.errors import (
    DatabaseReadOnly,
    DatabaseTooNew,
    NotFound,
    ServerRefused,
    StoreError,
)
from cxcareer.store.sqlite_errors import corrupt_error
from cxcareer.store.sqlite_files import (
    BUSY_TIMEOUT_SECONDS,
    can_write,
    create_private_file,
    make_private_folder,
    sqlite_engine,
    stamped_revision,
    table_count,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from cxcareer.store.server_identity import ServerIdentity

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "ENV_VAR",
    "Database",
    "Location",
    "default_db_path",
    "open_database",
    "resolve_location",
    "sqlite_engine",
    "stamped_revision",
]

ENV_VAR = "CXCAREER_DB"


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
        from sqlalchemy.engine import make_url

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
    if not value.startswith("sqlite:") and "://" not in value:
        return _sqlite_location(Path(value))
    from sqlalchemy.engine import make_url

    if value.startswith("sqlite:"):
        database = make_url(value).database
        if not database or database == ":memory:":
            raise ValueError(f"{value!r}: give a SQLite file, not an in-memory database")
        return _sqlite_location(Path(database))
    url = make_url(value)
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"{value!r}: use a file path or a postgresql+psycopg:// URL")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return Location(url.render_as_string(hide_password=False))


def _sqlite_location(path: Path) -> Location:
    path = path.expanduser().absolute()
    return Location(f"sqlite:///{path}", path)


class _Lock(Protocol):
    def release(self) -> None: ...


class Database:
    """An open database; ``session()`` gives one transaction per user action.

    ``engine`` is given, or made on first use by ``make_engine`` (a SQLite file opened with
    ``defer_engine=True``); :attr:`engine_started` tells which, so the app can read its first
    screen without SQLAlchemy (:mod:`cxcareer.store.quick_read`) while it is False.
    """

    def __init__(
        self,
        location: Location,
        engine: Engine | None = None,
        read_only: bool = False,
        lock: _Lock | None = None,
        *,
        make_engine: Callable[[], Engine] | None = None,
        identity: ServerIdentity | None = None,
    ) -> None:
        if engine is None and make_engine is None:
            raise ValueError("a Database needs an engine or a way to make one")
        self.location = location
        self.read_only = read_only
        self._engine = engine
        self._make_engine = make_engine
        self._making = threading.Lock()
        self._lock = lock
        #: Who is connected, on a company server (``cxcareer server init``); else None.
        self.identity = identity

    def __repr__(self) -> str:
        return f"Database({self.location!s}, read_only={self.read_only})"

    @property
    def engine_started(self) -> bool:
        """Whether the SQLAlchemy engine exists yet (False only before a deferred first use)."""
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made now if it was deferred."""
        return self.start_engine()

    def start_engine(self) -> Engine:
        """Make the deferred engine (importing SQLAlchemy); harmless when it exists.

        Locked, so a background task and the UI thread asking at once still share one engine.
        """
        with self._making:
            if self._engine is None:
                assert self._make_engine is not None
                self._engine = self._make_engine()
                self._make_engine = None
            return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A Session inside one transaction, committed when the block ends without error.

        SQLite driver errors (locked, disk full, read-only, corrupt) come out as the store's
        plain-language errors; anything unrecognised is re-raised unchanged.
        """
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm import Session
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
        except StaleDataError as exc:
            refused = self._refusal(exc)
            if refused is None:
                raise
            raise refused from exc
        except DBAPIError as exc:
            refused = self._refusal(exc.orig) if exc.orig is not None else None
            if refused is not None:
                raise refused from exc
            error = None
            if self.location.is_sqlite and exc.orig is not None:
                error = _translate(exc.orig, str(self.location))
            if error is None:
                raise
            raise error from exc

    def _refusal(self, error: BaseException) -> StoreError | None:
        """A company server's refusal in plain words (None anywhere else)."""
        if self.identity is None:
            return None
        from cxcareer.store.server_errors import refusal

        return refusal(error, self.identity.role)

    def close(self) -> None:
        """Close every connection and let go of the writer lock."""
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _translate(exc: BaseException, location: str) -> Exception | None:
    from cxcareer.store import sqlite_errors

    return sqlite_errors.translate(exc, location)


def open_database(
    location: Location, *, read_only: bool = False, defer_engine: bool = False
) -> Database:
    """Open (creating if needed) and upgrade a database.

    ``defer_engine``: when the database is an existing SQLite file opened for writing whose
    schema is already this build's, everything is checked and the writer lock taken as usual,
    but the SQLAlchemy engine is made on first use (see :class:`Database`). Anything else (a
    new file, an upgrade, read-only, a server) opens as without it.

    An existing SQLite file that cannot be written (a read-only medium, or a file or folder
    without write permission) opens read-only whatever was asked: :attr:`Database.read_only`
    says so, reading works, and every write is refused with :class:`DatabaseReadOnly` (the
    service's ``writable()`` before trying, SQLite's ``query_only`` at the latest).

    Raises:
        DatabaseTooNew: the schema comes from a newer cxcareer; the file was not touched.
        DatabaseInUse: another process has it open for writing (SQLite).
        DatabaseCorrupt: the file is not a database, or the quick check of a file left
            unclosed or written elsewhere (:func:`cxcareer.store.recovery.needs_quick_check`)
            failed.
        DatabaseReadOnly: read-only open of a database that needs a schema upgrade.
        NotFound: read-only open of a SQLite file that does not exist.
    """
    if location.path is None:
        from sqlalchemy import create_engine

        engine = create_engine(location.url)
        identity = server_identity.identity_for_opening(engine)
        _prepare_schema(engine, location, existed=True, read_only=read_only, identity=identity)
        return Database(location, engine, read_only, identity=identity)
    if read_only:
        return _open_sqlite_read_only(location, location.path)
    return _open_sqlite_for_writing(location, location.path, defer_engine=defer_engine)


def _open_sqlite_read_only(location: Location, path: Path) -> Database:
    if not path.is_file():
        raise NotFound(f"there is no database at {path}")
    _refuse_if_too_new(location, path)
    engine = sqlite_engine(path, read_only=True)
    _prepare_schema(engine, location, existed=True, read_only=True)
    return Database(location, engine, read_only=True)


def _open_sqlite_for_writing(location: Location, path: Path, *, defer_engine: bool) -> Database:
    if path.is_file() and not can_write(path):
        return _open_sqlite_read_only(location, path)
    make_private_folder(path.parent)
    existed = path.is_file() and path.stat().st_size > 0
    if not path.exists():
        create_private_file(path)
    revision = _refuse_if_too_new(location, path) if existed else None
    lock = take_writer_lock(path)
    try:
        if existed and _damage_found(path):
            raise corrupt_error(str(location))
        if defer_engine and revision is not None and revision == migrate.head_revision():
            change_mark.install(path)
            return Database(
                location,
                None,
                False,
                lock,
                make_engine=lambda: sqlite_engine(path, read_only=False),
            )
        engine = sqlite_engine(path, read_only=False)
        _prepare_schema(engine, location, existed=existed, read_only=False)
        change_mark.install(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Database(location, engine, False, lock)


def take_writer_lock(path: Path) -> _Lock | None:
    """Hook: the writer lock of :mod:`cxcareer.store.lock` (None while that module is absent)."""
    try:
        from cxcareer.store import lock
    except ImportError:  # pragma: no cover - only while lock.py is being written
        return None
    return lock.WriterLock(path).acquire()


def _damage_found(path: Path) -> list[str]:
    """What a quick check finds, when :func:`cxcareer.store.recovery.needs_quick_check` asks
    for one ([] otherwise: a cleanly closed file is not read page by page)."""
    from cxcareer.store import recovery

    return recovery.quick_check(path) if recovery.needs_quick_check(path) else []


def _backup_before_migration(path: Path) -> None:
    """Back the file up before its schema changes (:mod:`cxcareer.store.backup`)."""
    from cxcareer.store import backup

    backup.make_backup(path, backup.backup_dir_for(path), reason="migration")


def _refuse_if_too_new(location: Location, path: Path) -> str | None:
    """Refuse, before writing a byte, files from a newer cxcareer or from another program.

    Returns the file's schema revision (None for a file without tables).
    """
    import sqlite3

    try:
        revision = stamped_revision(path)
    except sqlite3.DatabaseError:  # not a database, or a damaged one: said plainly
        raise corrupt_error(str(location)) from None
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseTooNew(str(location), revision)
    if revision is None and table_count(path):
        raise StoreError(
            f"{location} is a SQLite database that cxcareer did not create; "
            "it was not changed (choose another file with --db)"
        )
    return revision


def _prepare_schema(
    engine: Engine,
    location: Location,
    *,
    existed: bool,
    read_only: bool,
    identity: ServerIdentity | None = None,
) -> None:
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
    if current is not None and identity is not None and not identity.superuser:
        # On a company server only its administrator upgrades the schema (and its policies).
        engine.dispose()
        raise ServerRefused("needs_upgrade", role=identity.role, revision=current)
    migrate.upgrade(engine)
