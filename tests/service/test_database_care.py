"""Backups, checks and restores of a real SQLite database, as the database dialog runs them."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cxcareer.service import database_care
from cxcareer.service.career import CareerApp
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import DatabaseInUse


def test_location_label_hides_a_server_password() -> None:
    location = resolve_location("postgresql://ana:secret@db.example/cx")
    label = database_care.location_label(location)
    assert "secret" not in label
    assert "db.example/cx" in label
    assert database_care.backup_folder(location) is None
    assert database_care.list_backups(location) == []
    with pytest.raises(ValueError, match="pg_dump"):
        database_care.back_up_now(location)


def test_back_up_now_adds_a_backup_even_when_nothing_changed(career_app: CareerApp) -> None:
    location = career_app.database.location
    assert database_care.list_backups(location) == []
    first = database_care.back_up_now(location, now=datetime(2026, 11, 1, 9, tzinfo=UTC))
    second = database_care.back_up_now(location, now=datetime(2026, 11, 2, 9, tzinfo=UTC))
    backups = database_care.list_backups(location)
    assert [info.path for info in backups] == [second, first]
    assert backups[0].reason == "manual"
    assert first.parent == database_care.backup_folder(location)
    assert database_care.backup_problems(first) == []


def test_check_database_ok_then_damaged_copy(career_app: CareerApp, tmp_path: Path) -> None:
    career_app.create_person("Ana")
    assert database_care.check_database(career_app.database).ok
    copy = database_care.back_up_now(career_app.database.location)
    damaged = tmp_path / "damaged.db"
    shutil.copy(copy, damaged)
    with damaged.open("r+b") as handle:
        handle.truncate(damaged.stat().st_size // 2)
    result = database_care.check_database(
        Database(resolve_location(str(damaged)), career_app.database.engine)
    )
    assert not result.ok
    assert result.problems
    assert database_care.backup_problems(damaged)


def test_backup_problems_refuses_foreign_files(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    import sqlite3

    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert "not a cxcareer database" in database_care.backup_problems(foreign)[0]
    assert database_care.backup_problems(tmp_path / "missing.db")


def test_restore_brings_older_data_back_and_keeps_the_current(career_app: CareerApp) -> None:
    location = career_app.database.location
    career_app.create_person("Ana")
    older = database_care.back_up_now(location, now=datetime.now(UTC) - timedelta(hours=2))
    career_app.create_person("Bia")

    with pytest.raises(DatabaseInUse):  # the open database holds the writer lock
        database_care.restore(location, older)

    career_app.database.close()
    outcome = database_care.restore(location, older)
    assert outcome.restored == older
    assert outcome.previous is not None
    assert outcome.previous.name.endswith("before-restore.db")

    reopened = CareerApp(open_database(location))
    try:
        assert [p.name for p in reopened.people()] == ["Ana"]
    finally:
        reopened.database.close()
    saved = CareerApp(open_database(resolve_location(str(outcome.previous)), read_only=True))
    try:
        assert sorted(p.name for p in saved.people()) == ["Ana", "Bia"]
    finally:
        saved.database.close()
    career_app.database = open_database(location)  # the fixture closes it again


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    career_app: CareerApp, tmp_path: Path
) -> None:
    location = career_app.database.location
    career_app.create_person("Ana")
    damaged = tmp_path / "cxcareer-20260101T000000Z-manual.db"
    shutil.copy(database_care.back_up_now(location), damaged)
    with damaged.open("r+b") as handle:
        handle.truncate(damaged.stat().st_size // 2)
    career_app.database.close()
    with pytest.raises(ValueError, match="nothing changed"):
        database_care.restore(location, damaged)
    career_app.database = open_database(location)
    assert [p.name for p in career_app.people()] == ["Ana"]
