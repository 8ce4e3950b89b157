"""Verifying evidence and editing a plan action, on each backend."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cxcareer.framework import UnknownIdError
from cxcareer.store.database import Database
from cxcareer.store.errors import NotFound
from cxcareer.store.records import ActionStatus, EvidenceKind, EvidenceStrength
from cxcareer.store.services import actions, evidence, people

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2025, 3, 9, 9, 0, tzinfo=UTC)


def _evidence(db: Database) -> str:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        return evidence.add_evidence(
            s,
            pid,
            "communication",
            3,
            date(2025, 1, 5),
            EvidenceKind.FEEDBACK,
            EvidenceStrength.CLAIM,
            "Customer thanked me",
        ).id


def test_verify_marks_strength_and_names_the_verifier(db: Database) -> None:
    eid = _evidence(db)
    with db.session() as s:
        verified = evidence.verify_evidence(s, eid, "Bea Lima", now=T2)
    assert verified.strength is EvidenceStrength.VERIFIED
    assert verified.text == "Customer thanked me\n✔ Bea Lima, 2025-03-09"
    with db.session() as s:
        again = evidence.verify_evidence(s, eid, "Someone Else")
        (listed,) = evidence.list_evidence(s, verified.person_id)
    assert again == verified == listed


def test_verify_refuses_unknown_evidence_and_empty_names(db: Database) -> None:
    eid = _evidence(db)
    with db.session() as s, pytest.raises(NotFound):
        evidence.verify_evidence(s, "missing", "Bea")
    with db.session() as s, pytest.raises(ValueError, match="who verified"):
        evidence.verify_evidence(s, eid, "  ")


def test_update_action_keeps_status_and_dates(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        act = actions.add_action(s, pid, "Shadow", "Ana", now=T1)
        actions.set_action_status(s, act.id, ActionStatus.DONE, now=T2)
        edited = actions.update_action(
            s,
            act.id,
            title="Shadow a team lead",
            owner="Bea",
            skill="communication",
            target_role="support-team-lead",
            due_on=date(2025, 4, 1),
        )
    assert (edited.title, edited.owner, edited.skill, edited.target_role, edited.due_on) == (
        "Shadow a team lead",
        "Bea",
        "communication",
        "support-team-lead",
        date(2025, 4, 1),
    )
    assert edited.status is ActionStatus.DONE
    assert edited.created_at == T1
    assert edited.completed_at == T2


def test_update_action_checks_its_fields(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        act = actions.add_action(s, pid, "Shadow", "Ana")
    fields = {"owner": "Ana", "skill": None, "target_role": None, "due_on": None}
    with db.session() as s, pytest.raises(ValueError, match="title"):
        actions.update_action(s, act.id, title=" ", **fields)  # type: ignore[arg-type]
    with db.session() as s, pytest.raises(UnknownIdError):
        actions.update_action(
            s, act.id, title="x", owner="Ana", skill="nope", target_role=None, due_on=None
        )
    with db.session() as s, pytest.raises(NotFound):
        actions.update_action(
            s, "missing", title="x", owner="Ana", skill=None, target_role=None, due_on=None
        )
