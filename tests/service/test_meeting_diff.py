"""The one-to-one diff and meeting records on a real SQLite file, at fixed dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.service.meeting_diff import (
    ActionChangeKind,
    changes_between,
    meeting_moment,
    previous_meeting,
)
from cxcareer.service.meeting_rows import (
    NewAction,
    agenda_actions,
    default_paper,
    meeting_rows,
    pack_file_name,
    record_meeting,
)
from cxcareer.store.records import (
    ActionStatus,
    AssessmentItemRecord,
    AssessmentStatus,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services

LAST = date(2025, 3, 3)
NOW = date(2025, 3, 24)
SKILL = "analytical-capacity"
OTHER = "experience-design"


def _at(day: date) -> datetime:
    return datetime.combine(day, time(14, 0, tzinfo=UTC))


@pytest.fixture
def story(career_app: CareerApp) -> dict[str, str]:
    """Ana: rated and given actions before the last meeting (3 March), and more after it."""
    ana = career_app.create_person("Ana Souza", current_role="support-representative").value
    ids = {"person": ana.id}
    with career_app.database.session() as s:

        def rate(day: date, who: Assessor, levels: dict[str, int], **kw: object) -> None:
            items = [AssessmentItemRecord(k, v) for k, v in levels.items()]
            assessment_services.add_assessment(
                s,
                ana.id,
                who,
                who.value,
                items,
                assessed_at=_at(day),
                **kw,  # type: ignore[arg-type]
            )

        rate(date(2025, 2, 1), Assessor.SELF, {SKILL: 2, OTHER: 3})
        rate(date(2025, 2, 2), Assessor.MANAGER, {SKILL: 1})
        rate(date(2025, 3, 10), Assessor.SELF, {SKILL: 3, OTHER: 3})  # OTHER unchanged
        rate(date(2025, 3, 12), Assessor.SELF, {SKILL: 4})  # net 2 -> 4
        rate(date(2025, 3, 14), Assessor.MANAGER, {SKILL: 5}, status=AssessmentStatus.DRAFT)
        rate(date(2025, 4, 1), Assessor.MANAGER, {SKILL: 6})  # after this meeting
        for day, text in (
            (date(2025, 2, 20), "old ticket"),
            (LAST, "same day"),
            (date(2025, 3, 15), "new ticket"),
        ):
            evidence_services.add_evidence(
                s, ana.id, SKILL, 3, day, EvidenceKind.WORK, EvidenceStrength.EXAMPLE, text
            )
        old = action_services.add_action(s, ana.id, "Old course", "Ana", now=_at(date(2025, 2, 5)))
        ids["old"] = old.id
        meeting_services.record_meeting(
            s,
            ana.id,
            LAST,
            "Bea",
            shared_notes="Talked",
            private_notes="Secret",
            agreed_actions=[old.id],
        )
        new = action_services.add_action(
            s, ana.id, "Shadow a lead", "Ana", now=_at(date(2025, 3, 5))
        )
        ids["new"] = new.id
        action_services.set_action_status(s, old.id, ActionStatus.DONE, now=_at(date(2025, 3, 20)))
    return ids


def test_only_what_happened_after_the_last_meeting(
    career_app: CareerApp, story: dict[str, str]
) -> None:
    changes = changes_between(career_app, story["person"], LAST, NOW)
    assert [(c.skill, c.assessor, c.before, c.after) for c in changes.ratings] == [
        (SKILL, Assessor.SELF, 2, 4)
    ]
    assert changes.ratings[0].delta == 2
    assert [e.text for e in changes.evidence] == ["new ticket"]
    assert [(c.action.title, c.kind) for c in changes.actions] == [
        ("Shadow a lead", ActionChangeKind.ADDED),
        ("Old course", ActionChangeKind.DONE),
    ]
    assert not changes.empty


def test_without_a_previous_meeting_everything_up_to_the_day_counts(
    career_app: CareerApp, story: dict[str, str]
) -> None:
    changes = changes_between(career_app, story["person"], None, date(2025, 2, 28))
    assert {(c.skill, c.assessor, c.before, c.after) for c in changes.ratings} == {
        (SKILL, Assessor.SELF, None, 2),
        (OTHER, Assessor.SELF, None, 3),
        (SKILL, Assessor.MANAGER, None, 1),
    }
    assert [e.text for e in changes.evidence] == ["old ticket"]
    assert [(c.action.title, c.kind) for c in changes.actions] == [
        ("Old course", ActionChangeKind.ADDED)
    ]


def test_an_empty_window(career_app: CareerApp, story: dict[str, str]) -> None:
    changes = changes_between(career_app, story["person"], date(2025, 3, 21), date(2025, 3, 30))
    assert changes.empty


def test_previous_meeting_hides_private_notes_from_others(
    career_app: CareerApp, story: dict[str, str]
) -> None:
    assert previous_meeting(career_app, story["person"], LAST) is None
    seen = previous_meeting(career_app, story["person"], NOW, viewer="Bea")
    assert seen is not None
    assert seen.held_on == LAST
    assert seen.private_notes == "Secret"
    other = previous_meeting(career_app, story["person"], NOW, viewer="Carl")
    assert other is not None
    assert other.private_notes is None


def test_recording_a_meeting_with_new_actions(career_app: CareerApp, story: dict[str, str]) -> None:
    person = story["person"]
    record = record_meeting(
        career_app,
        person,
        NOW,
        "Bea",
        shared_notes=" Good month ",
        private_notes="Promo?",
        new_actions=[NewAction("Run a workshop", "Ana", date(2025, 5, 1), SKILL)],
    ).value
    assert record.shared_notes == "Good month"
    # The old action was done before this meeting; the new one was never at a meeting.
    assert record.carried_over == ()
    rows = meeting_rows(career_app, person, viewer="Bea")
    assert [r.meeting.held_on for r in rows] == [NOW, LAST]
    assert [a.title for a in rows[0].agreed] == ["Run a workshop"]
    assert rows[0].agreed[0].skill == SKILL
    assert rows[0].agreed[0].due_on == date(2025, 5, 1)
    assert rows[0].meeting.private_notes == "Promo?"
    assert meeting_rows(career_app, person, viewer=None)[0].meeting.private_notes is None


def test_a_bad_new_action_stores_nothing(career_app: CareerApp, story: dict[str, str]) -> None:
    person = story["person"]
    with pytest.raises(ValueError, match="title"):
        record_meeting(
            career_app,
            person,
            NOW,
            "Bea",
            new_actions=[NewAction("Fine", "Ana"), NewAction("  ", "Ana")],
        )
    assert len(meeting_rows(career_app, person, viewer="Bea")) == 1
    with career_app.database.session() as s:
        assert [a.title for a in action_services.list_actions(s, person)] == [
            "Old course",
            "Shadow a lead",
        ]
    with pytest.raises(ValueError, match="owner"):
        record_meeting(career_app, person, NOW, "Bea", new_actions=[NewAction("x", " ")])
    with pytest.raises(ValueError, match="author"):
        record_meeting(career_app, person, NOW, " ")


def test_agenda_keeps_open_and_just_closed_actions(
    career_app: CareerApp, story: dict[str, str]
) -> None:
    with career_app.database.session() as s:
        actions = action_services.list_actions(s, story["person"])
    assert [a.title for a in agenda_actions(actions, NOW)] == ["Shadow a lead"]
    assert [a.title for a in agenda_actions(actions, date(2025, 3, 20))] == [
        "Old course",
        "Shadow a lead",
    ]


def test_paper_and_file_name() -> None:
    assert default_paper("en_US") == "letter"
    assert default_paper("en-US") == "letter"
    assert default_paper("en_GB") == "a4"
    assert default_paper("pt_BR") == "a4"
    assert pack_file_name("Ana Souza", NOW) == "ana-souza-one-to-one-2025-03-24.pdf"
    assert pack_file_name("Zoë/Ñ", NOW) == "zoe-n-one-to-one-2025-03-24.pdf"
    assert pack_file_name("***", NOW) == "person-one-to-one-2025-03-24.pdf"


def test_a_rating_changed_after_todays_meeting_reads_as_a_move(career_app: CareerApp) -> None:
    """Rated 3, met, rated 4, all today: the next one-to-one sees 3 → 4, not a first rating."""
    ana = career_app.create_person("Ana Souza", current_role="support-representative").value
    career_app.rate(ana.id, {SKILL: 3, OTHER: 2})
    today = date.today()
    record_meeting(career_app, ana.id, today, "Bea")
    career_app.rate(ana.id, {SKILL: 4})
    career_app.rate(ana.id, {"communication": 2})  # never rated before the meeting
    last = previous_meeting(career_app, ana.id, today + timedelta(days=1))
    assert last is not None
    changes = changes_between(career_app, ana.id, meeting_moment(last), today)
    assert [(c.skill, c.before, c.after) for c in changes.ratings] == [
        (SKILL, 3, 4),
        ("communication", None, 2),
    ]


def test_a_meeting_typed_in_later_counts_from_the_end_of_its_day(
    career_app: CareerApp, story: dict[str, str]
) -> None:
    """The meeting of 3 March was recorded today: what was rated after 3 March still counts."""
    last = previous_meeting(career_app, story["person"], NOW)
    assert last is not None
    assert last.recorded_at is not None
    assert last.recorded_at.date() > LAST
    changes = changes_between(career_app, story["person"], meeting_moment(last), NOW)
    assert [(c.skill, c.assessor, c.before, c.after) for c in changes.ratings] == [
        (SKILL, Assessor.SELF, 2, 4)
    ]
