"""The company-size generator makes exactly what it says, the same for a seed, and the app reads it.

Why at 50 people: the benches run it at 10,000 (minutes of writing), but the shape is the same
at any size, so these checks pin every count, the manager tree and the ratings' ranges at a
size a test can afford, on SQLite and (when the test server is there) PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from bench.company import LAST_DAY, TABLES, Company, CompanySize, build_company
from cxcareer.service.career import CareerApp
from cxcareer.service.development import list_actions
from cxcareer.service.team_grid import team_grid
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.orm import Action, Assessment, AssessmentItem, Person

SMALL = CompanySize(people=50, managers=5, skills=30, assessments=20, meetings=4, actions=3)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


@contextmanager
def sqlite_db(path: Path) -> Iterator[Database]:
    db = open_database(resolve_location(str(path)))
    try:
        yield db
    finally:
        db.close()


def check_company(db: Database, company: Company) -> None:
    """Every promise of :class:`CompanySize` and :func:`build_company`, read back from ``db``."""
    size = SMALL
    got = counts(db)
    assert got == company.rows
    assert got["people"] == size.people
    assert got["assessments"] == size.people * size.assessments
    assert got["assessment_items"] == size.people * size.assessments * size.skills
    assert got["meetings"] == size.people * size.meetings
    assert got["actions"] == got["meeting_actions"] == size.people * size.actions
    with db.session() as s:
        done = s.scalar(select(func.count()).where(Action.status == "done")) or 0
        assert got["action_status_changes"] == size.people * size.actions + done
        bosses = dict(s.execute(select(Person.id, Person.manager_id)).all())
        kinds = dict(
            s.execute(
                select(Assessment.assessor_kind, func.count()).group_by(Assessment.assessor_kind)
            ).all()
        )
        low, high = s.execute(
            select(func.min(AssessmentItem.level), func.max(AssessmentItem.level))
        ).one()
        latest = s.scalar(select(func.max(Assessment.assessed_at)))
        per_person = set(
            s.scalars(
                select(func.count(func.distinct(AssessmentItem.skill_id)))
                .join(Assessment, Assessment.id == AssessmentItem.assessment_id)
                .group_by(Assessment.person_id)
            )
        )
    # a real tree: one top, exactly `managers` people with reports, managers of managers,
    # and every chain reaches the top
    assert [p for p, boss in bosses.items() if boss is None] == [company.managers[0]]
    assert set(bosses.values()) - {None} == set(company.managers)
    assert any(bosses[m] in company.managers for m in company.managers[1:])
    for start in bosses:
        seen: set[str] = set()
        up: str | None = start
        while up is not None:
            assert up not in seen
            seen.add(up)
            up = bosses[up]
    half = size.people * size.assessments // 2
    assert kinds == {"self": half, "manager": half}
    assert 1 <= low <= high <= 7
    assert per_person == {size.skills}
    assert latest is not None
    assert latest.replace(tzinfo=UTC) <= datetime(
        LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, tzinfo=UTC
    ) + timedelta(days=1)
    check_app_reads(db, company)


def check_app_reads(db: Database, company: Company) -> None:
    """The service layer lists, opens and summarises the generated people like any others."""
    app = CareerApp(db)
    assert {p.id for p in app.people()} == set(company.people)
    for person in company.people[:: len(company.people) // 7]:
        snapshot = app.person_snapshot(person)
        assert len(snapshot.levels) == SMALL.skills
        assert snapshot.person.current_role is not None
        history = app.history_counts(person)
        assert (history.assessments, history.actions, history.meetings) == (
            SMALL.assessments,
            SMALL.actions,
            SMALL.meetings,
        )
        assert len(list_actions(app, person)) == SMALL.actions
    boss = company.managers[1]
    team = team_grid(app, manager_id=boss)
    reports = {p for p, m in company.manager_of.items() if m == boss}
    assert {row.person.id for row in team.rows} == reports


def test_fifty_people_are_exactly_what_the_size_says_on_sqlite(tmp_path: Path) -> None:
    with sqlite_db(tmp_path / "company.db") as db:
        company = build_company(db, SMALL, seed=3)
        check_company(db, company)


def test_a_seed_makes_the_same_company_and_another_seed_another(tmp_path: Path) -> None:
    def rows(path: Path, seed: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with sqlite_db(path) as db:
            build_company(db, CompanySize(people=12, managers=3, assessments=4), seed=seed)
            with db.session() as s:
                people = s.execute(select(Person).order_by(Person.id)).scalars().all()
                items = s.execute(
                    select(
                        AssessmentItem.id, AssessmentItem.skill_id, AssessmentItem.level
                    ).order_by(AssessmentItem.id)
                ).all()
                return [(p.id, p.name, p.manager_id, p.current_role) for p in people], list(items)

    first = rows(tmp_path / "a.db", 7)
    assert rows(tmp_path / "b.db", 7) == first
    assert rows(tmp_path / "c.db", 8) != first


def test_a_size_without_a_report_for_every_manager_is_refused() -> None:
    with pytest.raises(ValueError, match="manager"):
        CompanySize(people=9, managers=5)


def test_fifty_people_on_postgresql(pg_admin_url: str) -> None:
    name = f"cxc_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        db = open_database(resolve_location(url))
        try:
            check_company(db, build_company(db, SMALL, seed=3))
        finally:
            db.close()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
