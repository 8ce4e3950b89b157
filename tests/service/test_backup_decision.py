""" "Changed since the newest backup?" is answered by the change mark: exactly, and without data.

Each case runs the real store on a real SQLite file; the statements SQLite runs are observed
through its own trace callback, so "reads no data row" is what SQLite saw, not a timing.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cxcareer.service.backups import backup_now
from cxcareer.service.career import CareerApp
from cxcareer.store import backup, change_mark
from cxcareer.store.database import Location, open_database, resolve_location
from tests.sqlite_trace import traced

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)
LATER = T0 + timedelta(hours=2)


@pytest.fixture
def location(tmp_path: Path) -> Location:
    """A closed profile database with a few people and one start backup taken at ``T0``."""
    where = resolve_location(str(tmp_path / "profiles.db"))
    app = CareerApp(open_database(where), lang="en", user="Tester")
    app.builtin_version()
    for name in ("Ana", "Bruno", "Carla"):
        app.create_person(name)
    app.database.close()  # a clean exit: the -wal is gone
    assert where.path is not None
    assert not Path(f"{where.path}-wal").exists()
    assert backup_now(where, "start", now=T0) is not None
    return where


def _path(location: Location) -> Path:
    assert location.path is not None
    return location.path


def _data_tables(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {str(r[0]) for r in rows} - {change_mark.MARK_TABLE, "alembic_version"}


def _reopen_and_decide(location: Location, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Open for writing as a new start does, then trace only the start-backup decision."""
    database = open_database(location)
    try:
        with traced(monkeypatch) as statements:
            assert backup_now(location, "start", now=LATER) is None
    finally:
        database.close()
    return statements


def test_an_unchanged_database_is_not_backed_up_and_no_data_row_is_read(
    location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements = _reopen_and_decide(location, monkeypatch)
    assert statements, "the trace saw the decision's statements"
    tables = _data_tables(_path(location))
    assert "people" in tables
    touching = [s for s in statements for t in tables if re.search(rf'\b"?{re.escape(t)}"?\b', s)]
    assert touching == []
    assert len(backup.list_backups(backup.backup_dir_for(_path(location)))) == 1


def test_the_decision_survives_a_lost_state_file(
    location: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxcareer.store.retention import STATE_FILE

    (backup.backup_dir_for(_path(location)) / STATE_FILE).unlink()
    statements = _reopen_and_decide(location, monkeypatch)
    assert not any("people" in s for s in statements)


def _start_backup(location: Location, now: datetime = LATER) -> Path | None:
    database = open_database(location)
    try:
        return backup_now(location, "start", now=now)
    finally:
        database.close()


def test_a_write_by_another_program_while_the_app_was_closed_is_backed_up(
    location: Location,
) -> None:
    app = CareerApp(open_database(location), lang="en", user="CLI")
    app.create_person("Davi")
    app.database.close()
    assert _start_backup(location) is not None


def test_a_direct_sqlite_edit_is_seen_and_a_rolled_back_one_is_not(location: Location) -> None:
    conn = sqlite3.connect(_path(location), isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("UPDATE people SET name = 'Nobody'")
    conn.execute("ROLLBACK")
    conn.close()
    assert _start_backup(location) is None
    conn = sqlite3.connect(_path(location))
    with conn:
        conn.execute("DELETE FROM people WHERE name = 'Carla'")
    conn.close()
    assert _start_backup(location) is not None


def test_checkpoint_and_vacuum_change_no_row_so_no_backup(location: Location) -> None:
    conn = sqlite3.connect(_path(location), isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.close()
    assert _start_backup(location) is None


def test_after_a_restore_the_next_start_backs_up(location: Location) -> None:
    db_path = _path(location)
    folder = backup.backup_dir_for(db_path)
    [first] = backup.list_backups(folder)
    app = CareerApp(open_database(location), lang="en", user="Tester")
    app.create_person("Eva")
    app.database.close()
    assert _start_backup(location) is not None
    backup.restore_backup(first.path, db_path, now=LATER + timedelta(minutes=1))
    database = open_database(location)
    try:
        made = backup_now(location, "start", now=LATER + timedelta(hours=1))
    finally:
        database.close()
    assert made is not None


def test_every_table_is_watched_again_after_a_trigger_went_missing(location: Location) -> None:
    db_path = _path(location)
    conn = sqlite3.connect(db_path)
    assert change_mark.missing_triggers(conn) == []
    with conn:
        conn.execute('DROP TRIGGER "cxcareer_changed_people_update"')
    assert change_mark.missing_triggers(conn) == [("people", "update")]
    conn.close()
    open_database(location).close()
    conn = sqlite3.connect(db_path)
    try:
        assert change_mark.missing_triggers(conn) == []
    finally:
        conn.close()


def test_a_table_added_by_hand_counts_as_a_change(location: Location) -> None:
    conn = sqlite3.connect(_path(location))
    with conn:
        conn.execute("CREATE TABLE scratch (x)")
    conn.close()
    assert _start_backup(location) is not None
    later_still = LATER + timedelta(hours=1)
    assert _start_backup(location, later_still) is None, "its triggers are in place now"
