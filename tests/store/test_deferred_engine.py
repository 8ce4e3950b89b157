"""``open_database(..., defer_engine=True)``: every check and the lock now, the engine on first use.

Why: the desktop app opens its database this way to paint before SQLAlchemy loads. Deferring
must change nothing else: the same files are refused with the same errors, the writer lock is
held from the start, and anything that is not an up-to-date SQLite file opened for writing
(new, to be upgraded, read-only) opens exactly as before.
"""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine

from cxcareer.store import migrate
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import DatabaseCorrupt, DatabaseInUse, DatabaseTooNew
from cxcareer.store.lock import WriterLock
from cxcareer.store.services import people
from cxcareer.store.sqlite_files import sqlite_engine


def _existing(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    with database.session() as s:
        people.create_person(s, "Ana")
    database.close()
    return path


def test_an_up_to_date_file_is_checked_and_locked_but_has_no_engine_yet(tmp_path: Path) -> None:
    path = _existing(tmp_path)
    database = open_database(resolve_location(str(path)), defer_engine=True)
    try:
        assert not database.engine_started
        with pytest.raises(DatabaseInUse):
            open_database(resolve_location(str(path)))
        with database.session() as s:  # the first use makes the engine
            assert [p.name for p in people.list_people(s)] == ["Ana"]
        assert database.engine_started
        with database.session() as s:
            people.create_person(s, "Bia")
    finally:
        database.close()
    reopened = open_database(resolve_location(str(path)))
    with reopened.session() as s:
        assert [p.name for p in people.list_people(s)] == ["Ana", "Bia"]
    reopened.close()


def test_closing_before_the_engine_was_made_lets_go_of_the_lock(tmp_path: Path) -> None:
    path = _existing(tmp_path)
    database = open_database(resolve_location(str(path)), defer_engine=True)
    database.close()
    assert not database.engine_started
    open_database(resolve_location(str(path))).close()


def test_a_started_engine_is_the_same_one_every_time(tmp_path: Path) -> None:
    path = _existing(tmp_path)
    database = open_database(resolve_location(str(path)), defer_engine=True)
    try:
        engine = database.start_engine()
        assert database.start_engine() is engine
        assert database.engine is engine
    finally:
        database.close()


def test_a_new_file_is_created_and_migrated_at_once(tmp_path: Path) -> None:
    database = open_database(resolve_location(str(tmp_path / "new.db")), defer_engine=True)
    try:
        assert database.engine_started
        with database.session() as s:
            assert people.list_people(s) == []
    finally:
        database.close()


def test_a_file_to_upgrade_is_upgraded_at_once(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    path.touch(mode=0o600)
    engine = sqlite_engine(path, read_only=False)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    database = open_database(resolve_location(str(path)), defer_engine=True)
    try:
        assert database.engine_started
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_read_only_opens_as_before(tmp_path: Path) -> None:
    path = _existing(tmp_path)
    database = open_database(resolve_location(str(path)), read_only=True, defer_engine=True)
    try:
        assert database.engine_started
        assert database.read_only
    finally:
        database.close()


def test_damaged_and_newer_files_are_refused_as_before(tmp_path: Path) -> None:
    damaged = _existing(tmp_path)
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt, match="damaged"):
        open_database(resolve_location(str(damaged)), defer_engine=True)
    assert damaged.read_bytes() == bytes(data)
    WriterLock(damaged).acquire().release()  # the refused open let go of the lock

    newer = tmp_path / "newer" / "team.db"
    newer.parent.mkdir()
    open_database(resolve_location(str(newer))).close()
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    conn.close()
    with pytest.raises(DatabaseTooNew):
        open_database(resolve_location(str(newer)), defer_engine=True)


def test_threads_asking_at_once_share_one_engine(tmp_path: Path) -> None:
    path = _existing(tmp_path)
    made = []

    def slow_engine() -> Engine:
        time.sleep(0.05)  # wide open for a second thread, were there no lock
        engine = sqlite_engine(path, read_only=False)
        made.append(engine)
        return engine

    database = Database(resolve_location(str(path)), make_engine=slow_engine)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            engines = list(pool.map(lambda _n: database.start_engine(), range(16)))
        assert len(made) == 1
        assert all(engine is made[0] for engine in engines)
    finally:
        database.close()
