"""SQLite files as this app keeps them: private on disk, and opened with the store's settings.

Why these settings: WAL with ``synchronous=FULL`` (a confirmed save survives a power cut), foreign
keys on, a busy timeout so two writers queue instead of failing, and every write transaction
starting with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock (the
pysqlite recipe from SQLAlchemy's documentation: the driver's own transaction handling off, the
``begin`` event emits the BEGIN). New SQLite files are created 0644 by default, so folders are
made 0700 and the database pre-created 0600 (its -wal/-shm inherit the mode). Inspection before
opening goes through ``mode=ro`` connections, which cannot change a byte of the file.

Why ``immutable=1`` on a read-only medium (a bind mount ``-o ro``, a write-protected card): a
WAL database needs its ``-shm`` file even to be read, and SQLite cannot make one there; nobody
can change the file on such a medium, so telling SQLite it is immutable is true and lets it read.
But an immutable database is read without its ``-wal``, and a file copied or left there while
open keeps its last saves in that ``-wal``: reading it so would silently show older data. Such a
database is read from a private copy of both files (:func:`_snapshot`), where SQLite can apply
the ``-wal`` as usual; nobody can change the originals meanwhile, so the copy is exact.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "can_write",
    "create_private_file",
    "make_private_folder",
    "read_only_uri",
    "sqlite_engine",
    "stamped_revision",
    "table_count",
]

BUSY_TIMEOUT_SECONDS = 10.0


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (O_EXCL: never truncates)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))


def make_private_folder(folder: Path) -> None:
    """Create missing folders 0700; existing ones (maybe shared, like /tmp) are left alone."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.exists():
            break
        missing.append(parent)
    for parent in reversed(missing):
        parent.mkdir(mode=0o700, exist_ok=True)
        os.chmod(parent, 0o700)


def can_write(path: Path) -> bool:
    """Whether this process may change the file ``path`` and create files beside it.

    False on a read-only medium (even for root: ``access(2)`` reports ``EROFS``) and for a
    file or folder whose permissions forbid writing; SQLite needs both for its journal.
    """
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """A ``mode=ro`` SQLite URI for ``path``, ``immutable`` too when its medium is read-only.

    On a read-only medium with saves still in the ``-wal``, the URI names a private copy that
    holds them (see the module docstring).
    """
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        medium_read_only = bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:  # missing file: SQLite's own error (``mode=ro`` never creates) says so
        medium_read_only = False
    if not medium_read_only:
        return uri
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return f"file:{quote(str(_snapshot(path, wal)))}?mode=ro"
    return uri + "&immutable=1"


#: Private copies of databases read from read-only media, by original path (one per process).
_SNAPSHOTS: dict[Path, Path] = {}


def _snapshot(path: Path, wal: Path) -> Path:
    """A copy of ``path`` and its ``-wal`` in a private folder removed when the process ends."""
    found = _SNAPSHOTS.get(path)
    if found is not None and found.is_file():
        return found
    folder = Path(tempfile.mkdtemp(prefix="cxcareer-read-only-"))  # 0700
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    copy = folder / path.name
    for source, target in ((path, copy), (wal, copy.with_name(copy.name + "-wal"))):
        create_private_file(target)
        with source.open("rb") as reading, target.open("r+b") as writing:
            shutil.copyfileobj(reading, writing)
    _SNAPSHOTS[path] = copy
    return copy


def stamped_revision(path: Path) -> str | None:
    """The Alembic revision in a SQLite file, read through a ``mode=ro`` connection (no writes)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def table_count(path: Path) -> int:
    """How many tables besides Alembic's a SQLite file holds (``mode=ro``: nothing written)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        sql = "SELECT count(*) FROM sqlite_master WHERE name <> 'alembic_version'"
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def sqlite_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine on ``path`` with the store's pragmas and ``BEGIN IMMEDIATE`` for writes.

    SQLAlchemy is imported here, not with the module: the app opens and checks a file and paints
    its first screen (:mod:`cxcareer.store.quick_read`) before it needs an engine.
    """
    from sqlalchemy import create_engine, event

    def connect() -> sqlite3.Connection:
        target = read_only_uri(path) if read_only else f"file:{quote(str(path))}?mode=rw"
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
