"""CareerApp: snapshots, ratings and what-if on a real SQLite file with the built-in framework."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from cxcareer.framework import UnknownIdError
from cxcareer.graph import InvalidLevelError, readiness
from cxcareer.service.career import CareerApp
from cxcareer.store.records import AssessmentItemRecord as Item
from cxcareer.store.records import Assessor, Basis
from cxcareer.store.services import assessments, frameworks, people

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def _count_items(app: CareerApp) -> int:
    path = app.database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return int(connection.execute("select count(*) from assessment_items").fetchone()[0])


def test_view_of_a_new_person(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Bia", current_role="support-representative", targets=["support-specialist"]
    ).value
    view = career_app.person_snapshot(person.id)
    assert view.person.name == "Bia"
    assert view.levels == {}
    assert view.readiness == {"support-specialist": 0.0}
    assert view.next_moves, "the representative has moves out"
    assert view.best_paths["support-specialist"] is not None
    assert view.role_title("support-specialist") != "support-specialist"
    assert view.role_title("no-such-role") == "no-such-role"


def test_rating_changes_readiness_and_history(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Caio", current_role="support-representative", targets=["support-specialist"]
    ).value
    view = career_app.person_snapshot(person.id)
    needed: dict[str, int] = {
        r.skill: r.level for r in view.framework.role("support-specialist").requires
    }
    career_app.rate(person.id, needed)
    after = career_app.person_snapshot(person.id)
    assert after.readiness["support-specialist"] == pytest.approx(1.0)
    assert after.readiness["support-specialist"] == readiness(
        after.graph, "support-specialist", after.levels
    )
    skill = next(iter(needed))
    career_app.rate(person.id, {skill: 1}, assessor=Assessor.MANAGER, comments={skill: "not yet"})
    points = career_app.history(person.id, skill)
    assert [(p.assessor, p.level) for p in points] == [
        (Assessor.SELF, needed[skill]),
        (Assessor.MANAGER, 1),
    ]
    assert points[-1].comment == "not yet"
    # The default basis takes the lower of self and manager.
    assert career_app.person_snapshot(person.id).levels[skill] == 1


def test_bad_ratings_are_refused_and_nothing_is_written(career_app: CareerApp) -> None:
    person = career_app.create_person("Duda", current_role="support-representative").value
    with pytest.raises(UnknownIdError):
        career_app.rate(person.id, {"comunication": 3})
    with pytest.raises(InvalidLevelError):
        career_app.rate(person.id, {"communication": 9})
    assert _count_items(career_app) == 0


def test_what_if_writes_nothing(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Edu", current_role="support-representative", targets=["support-specialist"]
    ).value
    view = career_app.person_snapshot(person.id)
    needed: dict[str, int] = {
        r.skill: r.level for r in view.framework.role("support-specialist").requires
    }
    result = career_app.what_if(person.id, needed)
    assert "support-specialist" in result.newly_ready
    assert _count_items(career_app) == 0
    assert career_app.person_snapshot(person.id).levels == {}


def test_switching_framework_keeps_ratings_and_clears_unknown_roles(
    career_app: CareerApp, tmp_path: object
) -> None:
    from pathlib import Path

    person = career_app.create_person(
        "Fê", current_role="support-representative", targets=["support-specialist"]
    ).value
    career_app.rate(person.id, {"communication": 3})
    other = Path(str(tmp_path)) / "tiny.yaml"
    other.write_text(
        "format: cxcareer/framework@1\nid: tiny\nversion: '1'\nname: Tiny\n"
        "skills: [{id: communication, name: Communication}]\n"
        "roles: [{id: agent, title: Agent, level: 2, entry: true, requires: {communication: 2}}]\n",
        encoding="utf-8",
    )
    imported = career_app.import_framework(other).value
    switched = career_app.switch_framework(person.id, imported.version.id).value
    assert switched.current_role is None
    assert switched.targets == ()
    view = career_app.person_snapshot(person.id)
    assert view.levels == {"communication": 3}
    assert len(career_app.framework_versions()) == 2


def test_snapshot_readiness_per_target_in_order_on_the_basis(career_app: CareerApp) -> None:
    db = career_app.database
    targets = ["support-team-lead", "support-specialist"]
    with db.session() as s:
        pid = people.create_person(s, "Ana", targets=targets).id
        assessments.add_assessment(
            s, pid, Assessor.SELF, "Ana", [Item("communication", 7)], assessed_at=T0
        )
        assessments.add_assessment(
            s, pid, Assessor.MANAGER, "Bo", [Item("communication", 0)], assessed_at=T0
        )
    with db.session() as s:
        graph = frameworks.graph_from_version(s, people.find_person(s, pid).framework_version_id)
    by_self = career_app.person_snapshot(pid, basis=Basis.SELF)
    by_min = career_app.person_snapshot(pid, basis=Basis.MIN)
    assert list(by_self.readiness) == targets
    for role in targets:
        assert by_self.readiness[role] == readiness(graph, role, {"communication": 7})
        assert by_min.readiness[role] == readiness(graph, role, {"communication": 0})
    assert by_self.readiness["support-team-lead"] > by_min.readiness["support-team-lead"]
