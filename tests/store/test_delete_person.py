"""Deleting a person removes every record about them, and only theirs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from cxcareer.store.database import Database
from cxcareer.store.errors import NotFound
from cxcareer.store.orm import (
    Action,
    ActionStatusChange,
    Assessment,
    AssessmentItem,
    Evidence,
    Meeting,
    MeetingAction,
    Person,
    PersonTarget,
)
from cxcareer.store.records import (
    ActionStatus,
    AssessmentItemRecord,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
    HistoryCounts,
)
from cxcareer.store.services import actions, assessments, evidence, meetings, people

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _fill(db: Database, name: str, manager: str | None = None) -> str:
    with db.session() as s:
        pid = people.create_person(
            s,
            name,
            current_role="support-representative",
            targets=["support-specialist"],
            manager=manager,
        ).id
        first = assessments.add_assessment(
            s, pid, Assessor.SELF, name, [AssessmentItemRecord("communication", 3, "ok")]
        )
        assessments.add_assessment(
            s,
            pid,
            Assessor.MANAGER,
            "Boss",
            [AssessmentItemRecord("communication", 2)],
            corrects=first.id,
        )
        evidence.add_evidence(
            s,
            pid,
            "communication",
            3,
            date(2025, 1, 5),
            EvidenceKind.WORK,
            EvidenceStrength.EXAMPLE,
            "Macro rewrite",
        )
        act = actions.add_action(s, pid, "Shadow a lead", name, now=T1)
        actions.set_action_status(s, act.id, ActionStatus.DONE)
        meetings.record_meeting(
            s, pid, date(2025, 3, 2), "Boss", shared_notes="Talked", agreed_actions=[act.id]
        )
    return pid


def _count(db: Database, model: type[object]) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_delete_removes_everything_about_the_person(db: Database) -> None:
    boss = _fill(db, "Boss")
    ana = _fill(db, "Ana", manager=boss)
    before = {m: _count(db, m) for m in (Assessment, Evidence, Action, Meeting, PersonTarget)}

    with db.session() as s:
        deletion = people.delete_person(s, boss)

    assert deletion.person.name == "Boss"
    assert deletion.removed == HistoryCounts(assessments=2, evidence=1, actions=1, meetings=1)
    assert deletion.former_reports == (ana,)
    with db.session() as s:
        with pytest.raises(NotFound):
            people.find_person(s, boss)
        assert people.find_person(s, ana).manager_id is None
        assert [p.name for p in people.list_people(s, include_archived=True)] == ["Ana"]
    for model, count in before.items():
        assert _count(db, model) == count // 2, model
    assert _count(db, AssessmentItem) == 2
    assert _count(db, ActionStatusChange) == 2
    assert _count(db, MeetingAction) == 1
    with db.session() as s:
        left = s.scalars(select(Person.name)).all()
    assert left == ["Ana"]


def test_delete_unknown_person_is_refused(db: Database) -> None:
    with db.session() as s, pytest.raises(NotFound):
        people.delete_person(s, "Nobody")
