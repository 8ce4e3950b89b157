"""CareerApp on a database whose engine is deferred: the first screen without SQLAlchemy.

Why: the desktop app shows the people list and one person's overview from
:mod:`cxcareer.store.quick_read` while SQLAlchemy is not loaded yet. Those views must be the very
ones the ORM gives, and the first write or anything else must go through the ORM as always.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from cxcareer.service.career import CareerApp
from cxcareer.service.demo import create_demo
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.records import Basis


def _demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    create_demo(CareerApp(database, lang="pt-BR"))
    database.close()
    return path


def test_the_first_read_gives_the_views_the_orm_gives(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    eager = CareerApp(open_database(resolve_location(str(path))), lang="pt-BR")
    expected_people = eager.people(include_archived=True)
    expected = {
        (p.id, basis): eager.person_snapshot(p.id, basis=basis)
        for p in expected_people
        for basis in Basis
    }
    eager.database.close()

    deferred = CareerApp(
        open_database(resolve_location(str(path)), defer_engine=True), lang="pt-BR"
    )
    try:
        assert deferred.people(include_archived=True) == expected_people
        assert deferred.people() == [p for p in expected_people if not p.archived]
        for (person_id, basis), view in expected.items():
            assert deferred.person_snapshot(person_id, basis=basis) == view
        assert not deferred.database.engine_started, "all of that was read without the ORM"
    finally:
        deferred.database.close()


def test_the_first_write_starts_the_engine_and_later_reads_see_it(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    app = CareerApp(open_database(resolve_location(str(path)), defer_engine=True))
    try:
        person = app.people()[0]
        before = app.person_snapshot(person.id)
        skill = next(iter(before.framework.skills))
        app.rate(person.id, {skill: 7})
        assert app.database.engine_started
        after = app.person_snapshot(person.id, basis=Basis.SELF)
        assert after.levels[skill] == 7
    finally:
        app.database.close()


def test_a_person_named_instead_of_identified_is_found_through_the_orm(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    app = CareerApp(open_database(resolve_location(str(path)), defer_engine=True))
    try:
        someone = app.people()[1]
        assert not app.database.engine_started
        assert app.person_snapshot(someone.name).person == someone
        assert app.database.engine_started
    finally:
        app.database.close()


def test_the_first_read_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    """Run in a fresh interpreter, as the app starts: nothing may pull SQLAlchemy in."""
    path = _demo_file(tmp_path)
    script = textwrap.dedent(
        f"""
        import sys
        from cxcareer.service.career import CareerApp
        from cxcareer.store.database import open_database, resolve_location

        database = open_database(resolve_location({str(path)!r}), defer_engine=True)
        app = CareerApp(database)
        people = app.people()
        view = app.person_snapshot(people[0].id)
        assert view.next_moves or view.person.current_role is None
        print(len(people), "sqlalchemy" in sys.modules)
        database.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["6", "False"]
