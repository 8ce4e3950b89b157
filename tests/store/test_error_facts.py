"""The database errors keep the facts of their sentence, and their English text is unchanged.

Why: the UI and the CLI rebuild these sentences in the reader's language from ``location`` (and
``revision``, ``pid``, ``host``); the English ``str(error)`` must stay exactly as before so logs
and existing checks do not change.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
)
from cxcareer.store.sqlite_errors import translate


def test_disk_full_keeps_its_location() -> None:
    error = translate(OSError(errno.ENOSPC, "No space left on device"), "/data/p.db")
    assert isinstance(error, DiskFull)
    assert error.location == "/data/p.db"
    assert str(error) == (
        "The disk holding /data/p.db is full, so the last change was not saved. "
        "Everything saved before is intact. Free some space and try again."
    )


def test_read_only_keeps_its_location(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    conn = sqlite3.connect(db.as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    error = translate(caught.value, str(db))
    assert isinstance(error, DatabaseReadOnly)
    assert error.location == str(db)
    assert str(error) == (
        f"{db} cannot be written (the file or its folder is read-only). "
        "You can still look at your data; to make changes, check the permissions of the file "
        "and its folder, or move it to a folder you can write to."
    )


def test_locked_keeps_its_location(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    try:
        other = sqlite3.connect(db, timeout=0.05)
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("INSERT INTO t VALUES (2)")
        other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    error = translate(caught.value, str(db))
    assert isinstance(error, DatabaseLocked)
    assert error.location == str(db)
    assert str(error) == (
        f"{db} is busy: another program is writing to it. Nothing was changed. "
        "Wait a moment and try again, or close the other program."
    )


def test_garbage_file_is_corrupt_with_its_location(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    error = translate(caught.value, str(garbage))
    assert isinstance(error, DatabaseCorrupt)
    assert error.location == str(garbage)
    assert error.set_aside is None
    assert str(error) == (
        f"{garbage} is damaged or is not a cxcareer database. Nothing was changed. "
        "Restore it from a backup (cxcareer keeps them in the 'backups' folder next to it)."
    )


def test_other_sentences_carry_no_location() -> None:
    assert DiskFull("already translated").location is None
    assert DatabaseReadOnly("needs an upgrade").location is None
    assert DatabaseLocked("busy").location is None
    corrupt = DatabaseCorrupt("x.db is damaged (page 3); it was not changed", Path("aside.db"))
    assert corrupt.location is None
    assert corrupt.set_aside == Path("aside.db")
    assert str(corrupt) == "x.db is damaged (page 3); it was not changed"


def test_too_new_and_in_use_keep_their_facts() -> None:
    too_new = DatabaseTooNew("p.db", "fffffffffff9")
    assert (too_new.location, too_new.revision) == ("p.db", "fffffffffff9")
    in_use = DatabaseInUse("p.db", 4242, "laptop")
    assert (in_use.location, in_use.pid, in_use.host) == ("p.db", 4242, "laptop")
    assert str(in_use) == (
        "p.db is open for writing in process 4242 on laptop. Close that cxcareer first, "
        "or open this one read-only."
    )
