"""Backups through the online backup API: consistent, private, atomic, verified, restorable."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from cxcareer.store.backup import (
    BACKUP_NAME,
    backup_dir_for,
    backup_name,
    list_backups,
    make_backup,
    restore_backup,
)
from cxcareer.store.errors import DatabaseCorrupt
from tests.store.test_recovery import corrupt_middle_pages, make_sample_db, row_ids

NOW = datetime(2026, 11, 22, 10, 15, tzinfo=UTC)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not BACKUP_NAME.match(p.name))


def test_backup_dir_is_next_to_the_data(tmp_path: Path) -> None:
    assert backup_dir_for(tmp_path / "profiles.db") == tmp_path / "backups" / "profiles"


def test_names_carry_utc_time_and_reason() -> None:
    local = datetime(2026, 11, 22, 7, 15, tzinfo=UTC).astimezone(timezone(timedelta(hours=-3)))
    assert backup_name(local, "start") == "cxcareer-20261122T071500Z-start.db"
    assert backup_name(NOW, "Before Restore!") == "cxcareer-20261122T101500Z-before-restore.db"
    assert BACKUP_NAME.match(backup_name(NOW, "x", 3))


def test_backup_of_an_open_wal_database_has_every_committed_row(tmp_path: Path) -> None:
    db = tmp_path / "data" / "profiles.db"
    db.parent.mkdir()
    make_sample_db(db, rows=300, wal=True)
    writer = sqlite3.connect(db)  # stays open: the new rows live only in the -wal
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO note VALUES (9999, 'only in the wal')")
    writer.commit()
    assert Path(f"{db}-wal").stat().st_size > 0
    folder = backup_dir_for(db)

    path = make_backup(db, folder, reason="start", now=NOW)
    writer.close()

    assert path == folder / "cxcareer-20261122T101500Z-start.db"
    assert path.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert 9999 in row_ids(path)
    assert len(row_ids(path)) == 301
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file
    assert leftovers(folder) == [".cxcareer-backup-state.json"]
    assert not Path(f"{path}-wal").exists()


def test_list_backups_newest_first_and_same_second_does_not_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    make_sample_db(db, rows=10)
    folder = tmp_path / "b"
    first = make_backup(db, folder, reason="start", now=NOW - timedelta(days=1))
    second = make_backup(db, folder, reason="interval", now=NOW)
    third = make_backup(db, folder, reason="interval", now=NOW)
    (folder / "my-notes.txt").write_text("not a backup")
    assert third.name == "cxcareer-20261122T101500Z-interval~1.db"

    infos = list_backups(folder)
    assert [i.path for i in infos] == [third, second, first]
    assert infos[2].taken_at == NOW - timedelta(days=1)
    assert infos[2].reason == "start"
    assert infos[0].size == third.stat().st_size > 0
    assert list_backups(tmp_path / "missing") == []


def test_failed_integrity_check_keeps_nothing_and_raises(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    make_sample_db(db, rows=1500)
    corrupt_middle_pages(db)
    folder = tmp_path / "b"
    with pytest.raises(DatabaseCorrupt, match="integrity check"):
        make_backup(db, folder, reason="start", now=NOW)
    assert list(folder.iterdir()) == []


def test_restore_copies_into_the_live_database_and_keeps_the_current_one(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db, rows=50, wal=True)
    folder = backup_dir_for(db)
    good = make_backup(db, folder, reason="start", now=NOW - timedelta(hours=2))

    other = sqlite3.connect(db)  # an open connection with WAL state, as in the running app
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("DELETE FROM note WHERE id < 40")
    other.execute("INSERT INTO note VALUES (777, 'after the backup')")
    other.commit()
    changed = row_ids(db)

    saved = restore_backup(good, db, now=NOW)

    assert saved is not None
    assert saved.name == "cxcareer-20261122T101500Z-before-restore.db"
    assert row_ids(saved) == changed  # what was there before the restore is kept
    assert row_ids(db) == list(range(50))
    assert [r[0] for r in other.execute("SELECT count(*) FROM note")] == [50]
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()
    assert good.exists()
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db, rows=1500)
    folder = backup_dir_for(db)
    bad = make_backup(db, folder, reason="start", now=NOW)
    corrupt_middle_pages(bad)
    before = db.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        restore_backup(bad, db, now=NOW)
    assert db.read_bytes() == before
    assert len(list_backups(folder)) == 1


def test_restore_over_a_damaged_database_sets_it_aside(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db, rows=1500)
    good = make_backup(db, tmp_path / "b", reason="start", now=NOW)
    corrupt_middle_pages(db)
    damaged = db.read_bytes()
    saved = restore_backup(good, db, backup_dir=tmp_path / "b", now=NOW)
    assert saved is not None
    assert ".damaged-" in saved.name
    assert saved.read_bytes() == damaged
    assert row_ids(db) == list(range(1500))


def test_restore_into_a_missing_database_creates_it_private(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    make_sample_db(source, rows=5)
    good = make_backup(source, tmp_path / "b", reason="export", now=NOW)
    db = tmp_path / "new" / "profiles.db"
    db.parent.mkdir()
    assert restore_backup(good, db, now=NOW) is None
    assert row_ids(db) == list(range(5))
    assert db.stat().st_mode & 0o777 == 0o600
    assert os.listdir(db.parent) == ["profiles.db"]
