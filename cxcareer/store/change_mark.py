"""The change mark: one value a SQLite profile database changes with every write, read in O(1).

Why: "has the data changed since the last backup?" is asked at every start and by every command.
Answering it by reading every row (the old fingerprint) took seconds at company size, and the
file statistics cannot answer it alone: a clean exit removes the ``-wal``, a checkpoint rewrites
the file without changing a row. So the database itself keeps the answer: a one-row table
:data:`MARK_TABLE` whose ``mark`` is set to 16 fresh random bytes by a trigger after every
``INSERT``, ``UPDATE`` and ``DELETE`` on every other table. A backup copies the mark with the
data, so "the live mark equals the newest backup's mark" means "no row changed since that copy".

Why triggers, and random bytes rather than a counter:

* Triggers live in the file, so *every* writer moves the mark — this cxcareer, an older one, the
  CLI while the app is closed, a bulk import, someone's ``sqlite3`` shell — all inside the
  writing transaction: a rolled-back write leaves the mark as it was.
* A restore copies an older backup *into* the live file, mark and all; a counter would then
  climb again from the older value and could meet the newest backup's value with other rows.
  Random bytes never meet again (2^-128), so a restore, and every write after it, reads as a
  change.

A new or rebuilt table is seen at the next writable open, when its triggers are added (that
moves the mark too). What it does not see (said in ``docs/dev/files.md``): a writer that first
drops the triggers, and other schema-only changes (``CREATE INDEX``, a column added by hand);
schema upgrades take their own backup first.

Why kept here and not by an Alembic migration: the table is SQLite's bookkeeping, not part of the
data model (a company server has no file backups, so it has none), and a migration that rebuilds
a table (``batch_alter_table``) drops that table's triggers. :func:`install` is idempotent and
cheap, and the store calls it at every writable open after the schema is up to date, so the
triggers are always complete on a file this build writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cxcareer.store.sqlite_files import read_only_uri

__all__ = ["MARK_TABLE", "install", "missing_triggers", "read_mark"]

MARK_TABLE = "cxcareer_change_mark"
_OPERATIONS = ("insert", "update", "delete")
_TRIGGER_PREFIX = "cxcareer_changed_"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_name(table: str, operation: str) -> str:
    return f"{_TRIGGER_PREFIX}{table}_{operation}"


def _watched_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> ?",
        (MARK_TABLE,),
    ).fetchall()
    return sorted(str(row[0]) for row in rows)


def missing_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """``(table, operation)`` pairs without their trigger (empty when the mark is complete)."""
    present = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MARK_TABLE,)
    ).fetchone()
    return [
        (table, operation)
        for table in _watched_tables(conn)
        for operation in _OPERATIONS
        if not has_table or _trigger_name(table, operation) not in present
    ]


def install(db_path: Path) -> None:
    """Make the mark table and every missing trigger in ``db_path`` (nothing when complete).

    One read of the schema when everything is there; otherwise one short write transaction.
    The caller holds the writer lock.
    """
    conn = sqlite3.connect(db_path, timeout=10.0, isolation_level=None)
    try:
        missing = missing_triggers(conn)
        if not missing:
            return
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {MARK_TABLE} "
            "(id INTEGER PRIMARY KEY CHECK (id = 1), mark BLOB NOT NULL)"
        )
        conn.execute(f"INSERT OR IGNORE INTO {MARK_TABLE} (id, mark) VALUES (1, randomblob(16))")
        for table, operation in missing:
            conn.execute(
                f"CREATE TRIGGER IF NOT EXISTS {_quoted(_trigger_name(table, operation))} "
                f"AFTER {operation.upper()} ON {_quoted(table)} BEGIN "
                f"UPDATE {MARK_TABLE} SET mark = randomblob(16) WHERE id = 1; END"
            )
        # A missing trigger means the schema changed (a new or rebuilt table): a change too.
        conn.execute(f"UPDATE {MARK_TABLE} SET mark = randomblob(16) WHERE id = 1")
        conn.execute("COMMIT")
    finally:
        conn.close()


def read_mark(db_path: Path) -> str | None:
    """The mark of ``db_path`` as hex, read without touching any data row; None without one.

    None also for a file that cannot be read: the caller then falls back to slower evidence.
    """
    try:
        conn = sqlite3.connect(read_only_uri(db_path.resolve()), uri=True, timeout=5.0)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(f"SELECT mark FROM {MARK_TABLE} WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if row is None or not isinstance(row[0], bytes):
        return None
    return row[0].hex()
