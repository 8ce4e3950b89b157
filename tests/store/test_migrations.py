"""Schema migrations: data seeded at every old revision survives, round trips work, the schema
matches the ORM exactly, newer databases are refused untouched, and broken references abort."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, text

from cxcareer.store import migrate
from cxcareer.store.change_mark import MARK_TABLE
from cxcareer.store.database import Location, open_database, resolve_location, sqlite_engine
from cxcareer.store.errors import DatabaseTooNew, StoreError
from cxcareer.store.orm import Base
from cxcareer.store.records import Basis
from cxcareer.store.services import assessments, frameworks, meetings, people

NOW = "2025-01-02 03:04:05.000000"


def _engine(location: Location) -> Engine:
    if location.path is not None:
        location.path.parent.mkdir(parents=True, exist_ok=True)
        location.path.touch(mode=0o600)
        return sqlite_engine(location.path, read_only=False)
    return create_engine(location.url)


def _seed_0001(conn: Connection) -> None:
    data = frameworks.builtin_framework_bytes()
    conn.execute(
        text(
            "INSERT INTO framework_versions VALUES "
            "('fv1', 'cx-support', '2026.11', :h, :c, 'cx-support.yaml', :t)"
        ),
        {"h": hashlib.sha256(data).hexdigest(), "c": data, "t": NOW},
    )
    for pid, name, manager in (("p-boss", "Boss", None), ("p-ana", "Ana", "p-boss")):
        conn.execute(
            text(
                'INSERT INTO people (id, name, email, framework_version_id, "current_role", '
                "manager_id, created_at, updated_at) "
                "VALUES (:id, :n, NULL, 'fv1', 'support-specialist', :m, :t, :t)"
            ),
            {"id": pid, "n": name, "m": manager, "t": NOW},
        )
    conn.execute(text("INSERT INTO person_targets VALUES ('p-ana', 1, 'support-team-lead')"))
    conn.execute(
        text(
            "INSERT INTO assessments VALUES "
            "('a1', 'p-ana', 'manager', 'Boss', :t, 'final', NULL, :t)"
        ),
        {"t": NOW},
    )
    conn.execute(text("INSERT INTO assessment_items VALUES ('i1', 'a1', 'communication', 4, 'ok')"))
    conn.execute(
        text(
            "INSERT INTO evidence VALUES ('e1', 'p-ana', 'communication', 4, '2025-01-01', 'work', "
            "'example', 'Calm escalation', NULL, :t)"
        ),
        {"t": NOW},
    )


def _check_0001_data(location: Location) -> None:
    db = open_database(location)
    try:
        with db.session() as s:
            ana = people.find_person(s, "p-ana")
            levels = assessments.current_levels(s, ana.id, Basis.MANAGER)
            counts = people.history_counts(s, "Ana")
        assert ana.manager_id == "p-boss"
        assert ana.targets == ("support-team-lead",)
        assert levels["communication"].level == 4
        assert (counts.assessments, counts.evidence) == (1, 1)
    finally:
        db.close()


def _seed_0002(conn: Connection) -> None:
    _seed_0001(conn)
    conn.execute(
        text(
            "INSERT INTO actions VALUES ('x1', 'p-ana', 'Shadow a lead', 'communication', NULL, "
            "'Ana', NULL, 'open', :t, NULL)"
        ),
        {"t": NOW},
    )
    for mid, private in (("m1", "Talk about the move"), ("m2", "")):
        conn.execute(
            text(
                "INSERT INTO meetings VALUES (:id, 'p-ana', '2025-01-02', 'Boss', 'Went well', "
                ":private, :t)"
            ),
            {"id": mid, "private": private, "t": NOW},
        )
    conn.execute(text("INSERT INTO meeting_actions VALUES ('m1', 'x1', 'agreed')"))


def _check_0002_data(location: Location) -> None:
    _check_0001_data(location)
    db = open_database(location)
    try:
        with db.session() as s:
            found = {m.id: m for m in meetings.list_meetings(s, "p-ana", viewer="Boss")}
            notes = s.execute(text("SELECT meeting_id FROM private_notes")).scalars().all()
        assert found["m1"].private_notes == "Talk about the move"
        assert found["m1"].agreed == ("x1",)
        assert found["m2"].private_notes == ""
        assert notes == ["m1"]  # an empty note made no row
    finally:
        db.close()


#: Seeds data at each revision, keyed by the revision it runs at.
SEEDERS: dict[str, Callable[[Connection], None]] = {"0001": _seed_0001, "0002": _seed_0002}
CHECKS: dict[str, Callable[[Location], None]] = {
    "0001": _check_0001_data,
    "0002": _check_0002_data,
}


def test_every_old_revision_has_a_seeder() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    old = {r.revision for r in script.walk_revisions()} - {migrate.head_revision()}
    assert old == set(SEEDERS)


@pytest.mark.parametrize("revision", sorted(SEEDERS))
def test_upgrade_from_revision_keeps_all_data(location: Location, revision: str) -> None:
    engine = _engine(location)
    migrate.upgrade(engine, revision)
    with engine.begin() as conn:
        SEEDERS[revision](conn)
    engine.dispose()
    CHECKS[revision](location)
    if location.path is not None:  # a backup was taken before the schema changed
        backups = location.path.parent / "backups" / location.path.stem
        assert any(backups.iterdir())
        engine = _engine(location)  # 0002 recreated `people` (batch) to add its CHECK
        with engine.connect() as conn:
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='people'")).scalar()
        engine.dispose()
        assert "ck_people_not_own_manager" in str(sql)


def test_round_trip_on_empty_database_and_schema_matches_orm(location: Location) -> None:
    db = open_database(location)
    try:
        migrate.downgrade(db.engine, "base")
        assert migrate.current_revision(db.engine) is None
        migrate.upgrade(db.engine)
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            # The change mark is the SQLite file's bookkeeping, not the model's (change_mark.py).
            ctx = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, _parent: name != MARK_TABLE,
                },
            )
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        db.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_too_new_database_is_refused_and_untouched(location: Location) -> None:
    open_database(location).close()
    engine = _engine(location)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff9'"))
    engine.dispose()
    before = _sha(location.path) if location.path else ""
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(location)
    if location.path is not None:
        assert _sha(location.path) == before
    engine = _engine(location)
    with engine.connect() as conn:
        assert (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "fffffffffff9"
        )
    engine.dispose()


def test_foreign_key_check_failure_aborts_migration(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.touch(mode=0o600)
    engine = sqlite_engine(path, read_only=False)
    migrate.upgrade(engine, "0001")
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        with conn.begin():
            _seed_0001(conn)
            conn.execute(
                text(
                    "INSERT INTO assessments VALUES "
                    "('bad', 'p-gone', 'self', 'X', :t, 'final', NULL, :t)"
                ),
                {"t": NOW},
            )
    engine.dispose()
    with pytest.raises(StoreError, match="pointing at missing rows"):
        open_database(Location(f"sqlite:///{path}", path))
    engine = sqlite_engine(path, read_only=False)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert conn.execute(text("SELECT count(*) FROM assessments")).scalar() == 2
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
        assert "actions" not in set(tables)
    engine.dispose()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other-app.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('not ours')")
    conn.close()
    before = _sha(path)
    with pytest.raises(StoreError, match="did not create"):
        open_database(Location(f"sqlite:///{path}", path))
    assert _sha(path) == before


@pytest.mark.postgres
def test_instances_opening_a_shared_server_at_once_upgrade_it_once(fresh_pg_url: str) -> None:
    """The advisory lock serialises the upgrades; the later ones find nothing to do."""
    location = resolve_location(fresh_pg_url)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def open_it() -> None:
        barrier.wait()
        try:
            open_database(location).close()
        except BaseException as exc:  # collected and asserted on below
            errors.append(exc)

    workers = [threading.Thread(target=open_it) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert errors == []
    engine = create_engine(location.url)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
