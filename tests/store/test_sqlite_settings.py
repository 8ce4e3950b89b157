"""SQLite settings actually in effect, write locking, private file modes, and where data lives."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from cxcareer.store import migrate
from cxcareer.store.database import (
    ENV_VAR,
    default_db_path,
    open_database,
    resolve_location,
    sqlite_engine,
)
from cxcareer.store.errors import DatabaseReadOnly, NotFound, StoreError
from cxcareer.store.services import people


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pragmas_in_effect(tmp_path: Path) -> None:
    db = open_database(resolve_location(str(tmp_path / "x.db")))
    try:
        with db.session() as s:

            def pragma(name: str) -> Any:
                return s.connection().exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("busy_timeout") >= 5000
    finally:
        db.close()


def test_every_transaction_begins_immediate(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    db = open_database(resolve_location(str(path)))
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    try:
        with db.session() as s:
            s.execute(text("SELECT 1"))  # a read, yet the write lock is already ours
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


def test_second_writer_waits_instead_of_failing(tmp_path: Path) -> None:
    db = open_database(resolve_location(str(tmp_path / "x.db")))
    done: list[str] = []

    def second_writer() -> None:
        with db.session() as s:
            done.append(people.create_person(s, "Second").id)

    try:
        with db.session() as s:
            people.create_person(s, "First")
            worker = threading.Thread(target=second_writer)
            worker.start()
            time.sleep(0.3)
            assert not done  # waiting on our lock, not failing and not deadlocked
        worker.join(timeout=10)
        assert len(done) == 1
        with db.session() as s:
            assert len(people.list_people(s)) == 2
    finally:
        db.close()


def test_folder_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "cxcareer.db"
    db = open_database(resolve_location(str(path)))
    try:
        with db.session() as s:
            people.create_person(s, "Ana")
        assert _mode(path.parent) == 0o700
        assert _mode(path.parent.parent) == 0o700
        assert _mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert _mode(Path(f"{path}{side}")) == 0o600
    finally:
        db.close()


def test_env_variable_and_default_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    default = resolve_location(None)
    assert default.path == default_db_path() == tmp_path / "xdg" / "cxcareer" / "cxcareer.db"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_location(None).path == tmp_path / "env.db"
    assert resolve_location(str(tmp_path / "flag.db")).path == tmp_path / "flag.db"
    url = "postgresql://u@/d?host=/tmp/s"
    assert resolve_location(url).url.startswith("postgresql+psycopg://")
    assert resolve_location(url).path is None
    db = open_database(default)
    db.close()
    assert _mode(tmp_path / "xdg" / "cxcareer") == 0o700
    assert _mode(default_db_path()) == 0o600


def test_read_only_open_reads_but_cannot_write(tmp_path: Path) -> None:
    location = resolve_location(str(tmp_path / "x.db"))
    db = open_database(location)
    with db.session() as s:
        people.create_person(s, "Ana")
    db.close()
    ro = open_database(location, read_only=True)
    try:
        with ro.session() as s:
            assert [p.name for p in people.list_people(s)] == ["Ana"]
        with pytest.raises(StoreError), ro.session() as s:
            people.create_person(s, "Bo")
    finally:
        ro.close()


def test_new_database_needs_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    open_database(resolve_location(str(path))).close()
    assert not (tmp_path / "backups").exists()


def test_read_only_open_never_upgrades_or_creates(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(NotFound):
        open_database(resolve_location(str(missing)), read_only=True)
    assert not missing.exists()
    old = tmp_path / "old.db"
    old.touch(mode=0o600)
    engine = sqlite_engine(old, read_only=False)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    with pytest.raises(DatabaseReadOnly, match="upgrade"):
        open_database(resolve_location(str(old)), read_only=True)
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before
