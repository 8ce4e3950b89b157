"""Detecting a damaged database, setting it aside byte for byte, and finding the last good backup.

The damage is real: bytes in the middle of a real database's pages are overwritten on disk.
``make_sample_db`` and ``corrupt_middle_pages`` are reused by the other store safety tests.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cxcareer.store.backup import make_backup
from cxcareer.store.recovery import (
    newest_good_backup,
    quick_check,
    recover_from_backup,
    set_aside,
)

NOW = datetime(2026, 11, 22, 10, 15, tzinfo=UTC)


def make_sample_db(path: Path, rows: int = 2000, *, wal: bool = False) -> None:
    """A database of several dozen pages (a table and an index), closed cleanly."""
    conn = sqlite3.connect(path)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        conn.execute("CREATE INDEX note_body ON note(body)")
        conn.executemany(
            "INSERT INTO note VALUES (?, ?)", ((i, f"note {i} " + "x" * 60) for i in range(rows))
        )
        conn.commit()
    finally:
        conn.close()


def row_ids(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM note ORDER BY id")]
    finally:
        conn.close()


def corrupt_middle_pages(path: Path, pages: int = 6) -> None:
    """Overwrite the middle of several pages in the middle of the file, on disk."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    count = len(data) // page_size
    assert count > pages + 4, "the sample database is too small to damage usefully"
    first = count // 2 - pages // 2
    for page in range(first, first + pages):
        start = page * page_size + 8
        data[start : start + page_size // 2] = b"\xa5\x5a" * (page_size // 4)
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_quick_check_of_a_good_database_is_empty_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    make_sample_db(db, wal=True)
    before = digest(db)
    assert quick_check(db) == []
    assert digest(db) == before


def test_quick_check_after_a_crash_with_wal_left_over_is_ok(tmp_path: Path) -> None:
    """A writer killed mid-session leaves -wal/-shm behind; that is healthy, not damage."""
    db = tmp_path / "p.db"
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('CREATE TABLE t (x)'); c.execute('INSERT INTO t VALUES (1)'); c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=30)
    assert Path(f"{db}-wal").stat().st_size > 0
    before = digest(db)
    assert quick_check(db) == []
    assert digest(db) == before


def test_missing_and_garbage_files_are_problems_not_exceptions(tmp_path: Path) -> None:
    assert quick_check(tmp_path / "absent.db")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database " * 500)
    problems = quick_check(garbage)
    assert problems
    assert "not a database" in problems[0]
    assert not (tmp_path / "absent.db").exists()


def test_damage_is_detected_set_aside_and_recovered_from_the_newest_good_backup(
    tmp_path: Path,
) -> None:
    db = tmp_path / "profiles.db"
    backups = tmp_path / "backups"
    make_sample_db(db, rows=1500)
    older = make_backup(db, backups, reason="start", now=NOW - timedelta(days=2))
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO note VALUES (5000, 'added later')")
    conn.commit()
    conn.close()
    newer = make_backup(db, backups, reason="interval", now=NOW - timedelta(hours=1))
    # A newest backup that is itself damaged must be skipped.
    damaged_backup = make_backup(db, backups, reason="exit", now=NOW - timedelta(minutes=5))
    corrupt_middle_pages(damaged_backup)

    # Damage the live database, with a -wal and -shm next to it as a running app leaves them.
    Path(f"{db}-wal").write_bytes(b"wal bytes")
    Path(f"{db}-shm").write_bytes(b"shm bytes")
    corrupt_middle_pages(db)
    problems = quick_check(db)
    assert problems, "the damage went unnoticed"
    originals = {side: Path(f"{db}{side}").read_bytes() for side in ("", "-wal", "-shm")}

    aside = set_aside(db, NOW)
    assert aside.name == "profiles.db.damaged-20261122T101500Z"
    assert not db.exists()
    assert not Path(f"{db}-wal").exists()
    for side, content in originals.items():
        assert Path(f"{aside}{side}").read_bytes() == content  # every byte kept

    assert newest_good_backup(backups) == newer
    assert older.exists()
    assert damaged_backup.exists()  # recovery never deletes


def test_recover_from_backup_replaces_the_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    backups = tmp_path / "backups"
    make_sample_db(db, rows=1500)
    make_backup(db, backups, reason="start", now=NOW - timedelta(hours=3))
    expected = row_ids(db)
    corrupt_middle_pages(db)
    damaged_bytes = db.read_bytes()

    outcome = recover_from_backup(db, backups, NOW)
    assert outcome.set_aside is not None
    assert outcome.set_aside.read_bytes() == damaged_bytes
    assert quick_check(db) == []
    assert row_ids(db) == expected
    assert db.stat().st_mode & 0o777 == 0o600
    assert "backup" in str(outcome)

    # Twice in the same second: the second set-aside does not overwrite the first.
    corrupt_middle_pages(db)
    again = recover_from_backup(db, backups, NOW)
    assert again.set_aside is not None
    assert again.set_aside != outcome.set_aside
    assert outcome.set_aside.read_bytes() == damaged_bytes


def test_recover_without_any_good_backup_keeps_the_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db)
    corrupt_middle_pages(db)
    outcome = recover_from_backup(db, tmp_path / "no-backups", NOW)
    assert outcome.set_aside is not None
    assert outcome.set_aside.exists()
    assert not db.exists()
    assert "no usable backup" in str(outcome)
    assert newest_good_backup(tmp_path / "no-backups") is None
