"""The demo team: built on a real SQLite file, with the story the demo promises."""

from __future__ import annotations

import stat
from datetime import date, timedelta

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.service.demo import DemoTeam, create_demo, demo_database_path, levels_on
from cxcareer.service.demo_team import load_demo_team
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.records import ActionStatus, Assessor
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services

TODAY = date(2025, 6, 2)


@pytest.fixture
def team(career_app: CareerApp) -> DemoTeam:
    return create_demo(career_app, today=TODAY)


def test_people_roles_and_manager_links(career_app: CareerApp, team: DemoTeam) -> None:
    people = {p.id: p for p in career_app.people()}
    assert len(people) == 6
    assert team.director is not None
    assert team.director.manager_id is None
    assert team.director.targets == (), "one person without a target shows that empty state"
    assert team.manager.manager_id == team.director.id
    assert team.manager.current_role == "support-performance-manager"
    assert {p.manager_id for p in team.members} == {team.manager.id}
    roles = [p.current_role for p in team.members]
    assert roles == [
        "support-representative",
        "support-specialist",
        "support-team-lead",
        "cx-analyst",
    ]
    assert [p.targets[0] for p in team.members] == [
        "support-specialist",
        "support-team-lead",
        "support-performance-manager",
        "support-specialist",
    ]
    assert all(" " in p.name for p in people.values()), "full names"
    assert all(p.email and p.email.endswith(".br") for p in people.values())


def test_ratings_at_several_dates_by_self_and_manager(
    career_app: CareerApp, team: DemoTeam
) -> None:
    with career_app.database.session() as session:
        for person in (team.manager, *team.members):
            records = assessment_services.list_assessments(session, person.id)
            self_dates = {r.assessed_at for r in records if r.assessor is Assessor.SELF}
            manager_dates = {r.assessed_at for r in records if r.assessor is Assessor.MANAGER}
            assert len(self_dates) >= 3
            assert len(manager_dates) >= 3
            managers = {p.id: p.name for p in team.everyone}
            assert {r.assessor_name for r in records if r.assessor is Assessor.MANAGER} == {
                managers[person.manager_id or ""]
            }
            oldest = min(self_dates | manager_dates).date()
            assert TODAY - oldest >= timedelta(days=90), "history spans months"
            assert max(self_dates | manager_dates).date() <= TODAY
    mariana = career_app.history(team.manager.id, "strategic-vision")
    assert TODAY - mariana[0].assessed_at.date() >= timedelta(days=270), "most of a year"
    assert len(mariana) == 9, "five self ratings and four by her own manager"
    lucas = team.members[0]
    levels = [point.level for point in career_app.history(lucas.id, "communication")]
    selfs = [
        p.level
        for p in career_app.history(lucas.id, "communication")
        if p.assessor is Assessor.SELF
    ]
    assert selfs == sorted(selfs)
    assert selfs[0] < selfs[-1], "the new representative is growing"
    assert len(levels) == 6


def test_readiness_varies_and_the_specialist_is_ready(
    career_app: CareerApp, team: DemoTeam
) -> None:
    readiness = {
        p.name: career_app.person_snapshot(p.id).readiness[p.targets[0]]
        for p in team.everyone
        if p.targets
    }
    assert len({round(value, 2) for value in readiness.values()}) == 5
    assert readiness["Camila Rodrigues"] == pytest.approx(1.0)
    assert readiness["Lucas Ferreira"] < readiness["Rafael Oliveira"] < 1.0
    assert all(0.5 <= value <= 1.0 for value in readiness.values())


def test_evidence_plans_and_meetings(career_app: CareerApp, team: DemoTeam) -> None:
    overdue = done = 0
    with career_app.database.session() as session:
        for person in team.members:
            assert evidence_services.list_evidence(session, person.id)
            actions = action_services.list_actions(session, person.id)
            assert len(actions) >= 3
            for action in actions:
                if action.status is ActionStatus.DONE:
                    done += 1
                    assert action.completed_at is not None
                    assert action.completed_at.date() <= TODAY
                elif action.due_on is not None and action.due_on < TODAY:
                    overdue += 1
            meetings = meeting_services.list_meetings(session, person.id, viewer=team.manager.name)
            assert len(meetings) == 2
            assert all(m.shared_notes for m in meetings)
            assert all(m.author == team.manager.name for m in meetings)
            assert meetings[0].held_on < meetings[1].held_on <= TODAY
            assert meetings[0].agreed
        lucas_meetings = meeting_services.list_meetings(session, team.members[0].id)
    assert overdue >= 3
    assert done >= 4
    # Lucas's open actions from the first meeting are carried into the second.
    assert len(lucas_meetings[1].carried_over) == 2
    assert lucas_meetings[1].private_notes is None, "private notes stay with their author"


def test_deterministic_for_a_given_day(career_app: CareerApp) -> None:
    first = create_demo(career_app, today=TODAY)
    other_db = open_database(resolve_location(str(demo_database_path())))
    try:
        other = CareerApp(other_db, lang="en")
        second = create_demo(other, today=TODAY)

        def story(app: CareerApp, team: DemoTeam) -> list[object]:
            facts: list[object] = []
            for person in team.everyone:
                view = app.person_snapshot(person.id)
                facts.append((person.name, view.levels, view.readiness))
                facts.extend(
                    (p.assessed_at, p.level) for p in app.history(person.id, "communication")
                )
            return facts

        assert story(career_app, first) == story(other, second)
    finally:
        path = other_db.location.path
        other_db.close()
        assert path is not None
        for leftover in path.parent.iterdir():
            leftover.unlink()
        path.parent.rmdir()


def test_texts_follow_the_language(career_app: CareerApp) -> None:
    career_app.set_lang("pt-BR")
    team = create_demo(career_app, today=TODAY)
    with career_app.database.session() as session:
        meetings = meeting_services.list_meetings(session, team.members[1].id)
    assert "Líder de Equipe" in meetings[0].shared_notes


def test_refuses_a_database_with_people(career_app: CareerApp) -> None:
    career_app.create_person("Real Person")
    with pytest.raises(ValueError, match="empty database"):
        create_demo(career_app, today=TODAY)
    assert [p.name for p in career_app.people()] == ["Real Person"]


def test_demo_path_is_fresh_and_private() -> None:
    first, second = demo_database_path(), demo_database_path()
    try:
        assert first != second
        assert not first.exists()
        assert first.parent.is_dir()
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    finally:
        first.parent.rmdir()
        second.parent.rmdir()


def test_levels_climb_evenly_from_start_to_now() -> None:
    spec = load_demo_team().members[0]
    assert levels_on(spec, 0, 3) == {s: spec.start.get(s, v) for s, v in spec.now.items()}
    assert levels_on(spec, 2, 3) == dict(spec.now)
    middle = levels_on(spec, 1, 3)
    assert all(spec.start.get(s, spec.now[s]) <= middle[s] <= spec.now[s] for s in spec.now)
    assert levels_on(spec, 0, 1) == dict(spec.now)
