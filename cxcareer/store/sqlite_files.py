"""SQLite files as this app keeps them: private on disk, and opened with the store's settings.

Why these settings: WAL with ``synchronous=FULL`` (a confirmed save survives a power cut), foreign
keys on, a busy timeout so two writers queue instead of failing, and every write transaction
starting with ``BEGIN IMMEDIATE`` so two writers never deadlock upgrading a read lock (the
pysqlite recipe from SQLAlchemy's documentation: the driver's own transaction handling off, the
``begin`` event emits the BEGIN). New SQLite files are created 0644 by default, so folders are
made 0700 and the database pre-created 0600 (its -wal/-shm inherit the mode). Inspection before
opening goes through ``mode=ro`` connections, which cannot change a byte of the file.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "create_private_file",
    "make_private_folder",
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


def table_count(path: Path) -> int:
    """How many tables besides Alembic's a SQLite file holds (``mode=ro``: nothing written)."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
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
