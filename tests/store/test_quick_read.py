"""The standard-library first read returns exactly what the ORM services return, on one file.

Why: the desktop app paints its first screen from :mod:`cxcareer.store.quick_read` and every
later one through the services; a difference in ordering, tie-breaking, drafts or time zones
would show a person one thing at start and another a moment later. The histories here are random
(seeded), written in shuffled order, with equal times, drafts, archived people, names differing
only in case or accents, and a second framework version.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cxcareer.framework import load_builtin
from cxcareer.store import parsed_frameworks, quick_read
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.orm import Person
from cxcareer.store.records import (
    ActionStatus,
    AssessmentItemRecord,
    AssessmentStatus,
    Assessor,
    Basis,
)
from cxcareer.store.services import actions, assessments, frameworks, people
from cxcareer.store.services.common import person_record

FRAMEWORK = load_builtin()
SKILLS = sorted(FRAMEWORK.skills)[:8]
ROLES = sorted(FRAMEWORK.roles)
T0 = datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
NAMES = ["Ana", "ana", "Álvaro", "bruno", "Bruno", "Carla", "Zé", "dani"]


def _second_version(db: Database) -> str:
    """Another version of the built-in framework, for people measured on something else."""
    data = frameworks.builtin_framework_bytes().replace(b"\nversion:", b"\n# edited\nversion:", 1)
    assert data != frameworks.builtin_framework_bytes()
    with db.session() as s:
        return frameworks.import_framework(s, data, "edited.yaml").version.id


def _fill(db: Database, seed: int) -> list[str]:
    rng = random.Random(seed)
    other_version = _second_version(db)
    ids = []
    with db.session() as s:
        for n, name in enumerate(NAMES):
            role = rng.choice([None, *ROLES])
            targets = rng.sample([r for r in ROLES if r != role], rng.randint(0, 3))
            person = people.create_person(
                s,
                name,
                email=f"p{n}@example.com" if n % 2 else None,
                current_role=role,
                targets=targets,
                framework_version_id=other_version if n == 3 else None,
            )
            ids.append(person.id)
        people.archive_person(s, ids[5], True)
    for pid in ids:
        history = []
        for n in range(rng.randint(0, 25)):
            chosen = rng.sample(SKILLS, rng.randint(1, 4))
            # few distinct times, so equal times (tie-breaks) happen often
            at = T0 + timedelta(days=rng.randint(0, 6))
            history.append(
                (
                    at,
                    rng.choice(list(Assessor)),
                    rng.choice(list(AssessmentStatus)),
                    {skill: rng.randint(1, 7) for skill in chosen},
                    n,
                )
            )
        rng.shuffle(history)
        with db.session() as s:
            for at, who, status, items, _n in history:
                assessments.add_assessment(
                    s,
                    pid,
                    who,
                    "Someone",
                    [AssessmentItemRecord(skill, level) for skill, level in items.items()],
                    status=status,
                    assessed_at=at,
                )
            for n in range(rng.randint(0, 5)):
                action = actions.add_action(
                    s,
                    pid,
                    f"Action {n}",
                    "Ana",
                    skill=rng.choice([None, *SKILLS]),
                    due_on=rng.choice([None, date(2025, 4, n + 1)]),
                    now=T0 + timedelta(days=rng.randint(0, 2)),
                )
                outcome = rng.choice(list(ActionStatus))
                if outcome is not ActionStatus.OPEN:
                    actions.set_action_status(s, action.id, outcome, now=T0 + timedelta(days=9))
    return ids


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Database, list[str]]]:
    database = open_database(resolve_location(str(tmp_path / "team.db")))
    ids = _fill(database, seed=20261123)
    yield database, ids
    database.close()


@pytest.mark.parametrize("archived", [False, True])
def test_people_are_listed_as_the_service_lists_them(
    filled: tuple[Database, list[str]], archived: bool
) -> None:
    db, _ids = filled
    assert db.location.path is not None
    with db.session() as s:
        expected = people.list_people(s, include_archived=archived)
        # An independent reading through the ORM: the shared SQL must order and filter alike.
        rows = s.scalars(select(Person).order_by(func.lower(Person.name), Person.created_at))
        by_orm = [person_record(s, row) for row in rows if archived or not row.archived]
    got = quick_read.list_people(db.location.path, include_archived=archived)
    assert got == expected
    assert got == by_orm
    assert len(got) == len(NAMES) - (0 if archived else 1)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_person_state_matches_the_services(tmp_path: Path, seed: int) -> None:
    db = open_database(resolve_location(str(tmp_path / "team.db")))
    try:
        ids = _fill(db, seed)
        assert db.location.path is not None
        for pid in ids:
            state = quick_read.person_facts(db.location.path, pid)
            assert state is not None
            with db.session() as s:
                assert state.person == people.find_person(s, pid)
                version = state.person.framework_version_id
                assert state.framework is frameworks.framework_from_version(s, version)
                assert state.graph is frameworks.graph_from_version(s, version)
                for basis in Basis:
                    assert state.levels[basis] == assessments.current_levels(s, pid, basis), basis
                assert list(state.open_actions) == actions.list_actions(
                    s, pid, status=ActionStatus.OPEN
                )
    finally:
        db.close()


def test_a_second_framework_version_is_parsed_from_the_file(
    filled: tuple[Database, list[str]],
) -> None:
    """With nothing parsed in this process yet, the stored bytes themselves are read."""
    db, ids = filled
    assert db.location.path is not None
    parsed_frameworks.clear()
    state = quick_read.person_facts(db.location.path, ids[3])
    assert state is not None
    with db.session() as s:
        builtin_id = frameworks.ensure_builtin(s).id
    assert state.person.framework_version_id != builtin_id
    assert set(state.framework.roles) == set(FRAMEWORK.roles)


def test_an_unknown_id_is_none_and_names_are_left_to_the_orm(
    filled: tuple[Database, list[str]],
) -> None:
    db, _ids = filled
    assert db.location.path is not None
    assert quick_read.person_facts(db.location.path, "no-such-id") is None
    assert quick_read.person_facts(db.location.path, "Carla") is None


def test_unexpected_stored_values_raise_instead_of_guessing(
    filled: tuple[Database, list[str]],
) -> None:
    db, ids = filled
    path = db.location.path
    assert path is not None
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE people SET created_at = 'yesterday' WHERE id = ?", (ids[0],))
    conn.close()
    with pytest.raises(ValueError, match="yesterday"):
        quick_read.person_facts(path, ids[0])
    with pytest.raises(ValueError, match="yesterday"):
        quick_read.list_people(path)


def test_nothing_is_written(filled: tuple[Database, list[str]]) -> None:
    db, ids = filled
    path = db.location.path
    assert path is not None
    db.close()
    before = path.read_bytes()
    quick_read.list_people(path)
    for pid in ids:
        quick_read.person_facts(path, pid)
    assert path.read_bytes() == before


def test_saves_still_in_the_write_ahead_log_are_read(tmp_path: Path) -> None:
    """A cxcareer that died without closing leaves its last saves in ``-wal``: they count."""
    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    with database.session() as s:
        people.create_person(s, "Ana")
    database.close()
    writer = (
        "import os\n"
        "from cxcareer.store.database import open_database, resolve_location\n"
        "from cxcareer.store.services import people\n"
        f"database = open_database(resolve_location({str(path)!r}))\n"
        "with database.session() as s:\n"
        "    people.create_person(s, 'Bia')\n"
        "os._exit(0)\n"  # no close, no checkpoint
    )
    subprocess.run([sys.executable, "-c", writer], check=True, timeout=120)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0, "the last save is still only in the log"
    assert [p.name for p in quick_read.list_people(path)] == ["Ana", "Bia"]
