"""Backups, checks and restores of a real SQLite database, as the database dialog runs them."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cxcareer.service import database_care
from cxcareer.service.career import CareerApp
from cxcareer.service.rules import Refused
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
    assert "not a cxcareer database" in str(database_care.backup_problems(foreign)[0])
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


def test_back_up_to_a_chosen_file_never_overwrites(career_app: CareerApp, tmp_path: Path) -> None:
    location = career_app.database.location
    target = tmp_path / "snap.db"
    assert database_care.back_up_now(location, to=target) == target
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert database_care.backup_problems(target) == []
    assert database_care.list_backups(location) == []  # outside the folder: never thinned
    with pytest.raises(Refused) as refused:
        database_care.back_up_now(location, to=target)
    assert refused.value.key == "file_exists"


def test_problems_say_their_kind(tmp_path: Path) -> None:
    (missing,) = database_care.backup_problems(tmp_path / "missing.db")
    assert missing.kind == "missing"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert {p.kind for p in database_care.backup_problems(junk)} == {"damaged"}


def test_check_and_set_aside(career_app: CareerApp, tmp_path: Path) -> None:
    location = career_app.database.location
    good = database_care.back_up_now(location)
    career_app.database.close()
    assert database_care.check_and_set_aside(location).ok
    assert not database_care.check_and_set_aside(resolve_location(str(tmp_path / "no.db"))).exists
    path = location.path
    assert path is not None
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    checked = database_care.check_and_set_aside(location)
    assert checked.problems
    assert not path.exists()
    assert checked.set_aside is not None
    assert checked.set_aside.is_file()
    assert checked.good_backup == good


def test_describe_database(career_app: CareerApp) -> None:
    location = career_app.database.location
    made = database_care.back_up_now(location)
    info = database_care.describe_database(location)
    assert info.exists
    assert info.size
    assert info.revision == info.head_revision
    assert [b.path for b in info.backups] == [made]
    assert info.backup_folder == made.parent
