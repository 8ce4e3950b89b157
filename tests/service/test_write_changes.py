"""Every write says what it changed, and refuses what the rules refuse, for every face."""

from __future__ import annotations

from datetime import date

import pytest

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.meeting_rows import NewAction, record_meeting
from cxcareer.service.problems import describe_problem
from cxcareer.service.rules import Refused
from cxcareer.store.database import open_database
from cxcareer.store.errors import DatabaseReadOnly
from cxcareer.store.records import ActionStatus, EvidenceKind, EvidenceStrength


def _aspects(changes: Changes) -> set[Aspect]:
    return set(changes.aspects)


def test_each_write_names_its_aspects_person_and_skills(career_app: CareerApp) -> None:
    app = career_app
    created = app.create_person("Ana", current_role="support-representative")
    ana = created.value.id
    assert _aspects(created.changes) == {Aspect.PEOPLE, Aspect.PROFILE}
    assert created.changes.people == {ana}

    rated = app.rate(ana, {"communication": 2, "empathy-patience": 1})
    assert _aspects(rated.changes) == {Aspect.RATINGS}
    assert rated.changes.skills == {"communication", "empathy-patience"}

    targets = app.set_targets(ana, ["support-specialist"])
    assert _aspects(targets.changes) == {Aspect.PROFILE}

    action = development.add_action(app, ana, "Shadow a lead", "Ana")
    assert _aspects(action.changes) == {Aspect.ACTIONS}
    done = development.set_action_status(app, action.value.id, ActionStatus.DONE)
    assert _aspects(done.changes) == {Aspect.ACTIONS}
    taken_back = development.add_action(app, ana, "Added by mistake", "Ana")
    removed = development.remove_action(app, taken_back.value.id)
    assert _aspects(removed.changes) == {Aspect.ACTIONS}
    assert removed.value.title == "Added by mistake"
    assert [a.id for a in development.list_actions(app, ana)] == [action.value.id]

    evidence = development.add_evidence(
        app, ana, "communication", 2, date(2026, 11, 1),
        EvidenceKind.WORK, EvidenceStrength.CLAIM, "Calm call",
    )  # fmt: skip
    assert _aspects(evidence.changes) == {Aspect.EVIDENCE}
    assert evidence.changes.skills == {"communication"}

    quiet = record_meeting(app, ana, date(2026, 11, 2), "Bruno", shared_notes="ok")
    assert _aspects(quiet.changes) == {Aspect.MEETINGS}
    agreed = record_meeting(
        app, ana, date(2026, 11, 3), "Bruno", new_actions=[NewAction("Read", "Ana")]
    )
    assert _aspects(agreed.changes) == {Aspect.MEETINGS, Aspect.ACTIONS}

    switched = app.switch_framework(ana, app.builtin_version().id)
    assert Aspect.FRAMEWORK in switched.changes.aspects
    assert switched.changes.concerns(ana)
    assert not switched.changes.concerns("someone-else")


@pytest.mark.parametrize(
    ("write", "key"),
    [
        (lambda app, pid: development.add_action(app, pid, "Read", "   "), "action_owner"),
        (lambda app, pid: development.add_action(app, pid, "  ", "Ana"), "action_title"),
        (lambda app, pid: record_meeting(app, pid, date(2026, 1, 1), ""), "meeting_author"),
        (
            lambda app, pid: record_meeting(
                app, pid, date(2026, 1, 1), "Bo", new_actions=[NewAction("Read", " ")]
            ),
            "action_owner",
        ),
        (lambda app, pid: app.create_person("  "), "person_name"),
        (lambda app, pid: app.update_person(pid, name=" "), "person_name"),
        (lambda app, pid: app.rate(pid, {"communication": 1}, assessor_name=" "), "assessor_name"),
    ],
)
def test_blank_texts_are_refused_and_nothing_is_stored(
    career_app: CareerApp, write: object, key: str
) -> None:
    ana = career_app.create_person("Ana").value.id
    before = (career_app.history_counts(ana), len(career_app.people()))
    with pytest.raises(Refused) as refused:
        write(career_app, ana)  # type: ignore[operator]
    assert refused.value.key == key
    assert (career_app.history_counts(ana), len(career_app.people())) == before
    english = describe_problem(refused.value, "en")
    portuguese = describe_problem(refused.value, "pt-BR")
    assert english == str(refused.value)
    assert portuguese
    assert portuguese != english


def test_a_read_only_database_refuses_every_write(career_app: CareerApp) -> None:
    ana = career_app.create_person("Ana").value.id
    location = career_app.database.location
    career_app.database.close()
    reader = CareerApp(open_database(location, read_only=True))
    try:
        with pytest.raises(DatabaseReadOnly) as refused:
            reader.rate(ana, {"communication": 2})
        assert str(location) in str(refused.value)
        with pytest.raises(DatabaseReadOnly):
            development.add_action(reader, ana, "Read", "Ana")
        assert reader.history_counts(ana).assessments == 0
    finally:
        reader.database.close()
