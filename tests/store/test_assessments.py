"""Assessments are append-only; the current level follows the chosen basis (self/manager/min)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cxcareer.framework import UnknownIdError
from cxcareer.graph.errors import InvalidLevelError
from cxcareer.store.database import Database
from cxcareer.store.records import AssessmentItemRecord as Item
from cxcareer.store.records import AssessmentStatus, Assessor, Basis
from cxcareer.store.services import assessments, people

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def _levels(db: Database, pid: str, basis: Basis) -> dict[str, int]:
    with db.session() as s:
        return {k: v.level for k, v in assessments.current_levels(s, pid, basis).items()}


def test_current_level_per_basis_including_min(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        add = assessments.add_assessment
        add(
            s,
            pid,
            Assessor.SELF,
            "Ana",
            [Item("communication", 2), Item("empathy-patience", 5)],
            assessed_at=T0,
        )
        add(s, pid, Assessor.SELF, "Ana", [Item("communication", 4)], assessed_at=T0 + timedelta(1))
        add(
            s,
            pid,
            Assessor.MANAGER,
            "Bo",
            [Item("communication", 3), Item("crm-tools", 2)],
            assessed_at=T0 + timedelta(2),
        )
    assert _levels(db, pid, Basis.SELF) == {"communication": 4, "empathy-patience": 5}
    assert _levels(db, pid, Basis.MANAGER) == {"communication": 3, "crm-tools": 2}
    # min: lower of the latest of each side; a skill rated by one side only uses that side
    assert _levels(db, pid, Basis.MIN) == {
        "communication": 3,
        "empathy-patience": 5,
        "crm-tools": 2,
    }


def test_corrections_append_and_history_is_kept(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        first = assessments.add_assessment(
            s, pid, Assessor.MANAGER, "Bo", [Item("communication", 5)], assessed_at=T0
        )
        assessments.add_assessment(
            s,
            pid,
            Assessor.MANAGER,
            "Bo",
            [Item("communication", 3, "typo before")],
            assessed_at=T0,
            corrects=first.id,
        )
    with db.session() as s:
        history = assessments.list_assessments(s, pid)
    assert [a.items[0].level for a in history] == [5, 3]
    assert history[1].corrects_id == first.id
    assert _levels(db, pid, Basis.MANAGER) == {"communication": 3}


def test_drafts_do_not_count_until_shared(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        draft = assessments.add_assessment(
            s,
            pid,
            Assessor.SELF,
            "Ana",
            [Item("communication", 6)],
            status=AssessmentStatus.DRAFT,
            assessed_at=T0,
        )
    assert _levels(db, pid, Basis.SELF) == {}
    with db.session() as s:
        assessments.advance_status(s, draft.id, AssessmentStatus.FINAL)
        with pytest.raises(ValueError, match="cannot go back"):
            assessments.advance_status(s, draft.id, AssessmentStatus.DRAFT)
    assert _levels(db, pid, Basis.SELF) == {"communication": 6}


def test_skills_and_levels_checked_against_framework(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        with pytest.raises(UnknownIdError):
            assessments.add_assessment(s, pid, Assessor.SELF, "Ana", [Item("comunication", 2)])
        with pytest.raises(InvalidLevelError):
            assessments.add_assessment(s, pid, Assessor.SELF, "Ana", [Item("communication", 9)])


def test_profile_has_levels_and_history_counts(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        for day in range(3):
            assessments.add_assessment(
                s,
                pid,
                Assessor.SELF,
                "Ana",
                [Item("communication", day + 1)],
                assessed_at=T0 + timedelta(day),
            )
    with db.session() as s:
        levels = assessments.current_levels(s, pid, Basis.SELF)
        counts = people.history_counts(s, "Ana")
    assert levels["communication"].level == 3
    assert levels["communication"].assessed_at == T0 + timedelta(2)
    assert counts.assessments == 3
    assert counts.meetings == 0


def test_level_zero_is_on_the_scale(db: Database) -> None:
    """0 means "not yet" in the career engine; the store accepts what the engine accepts."""
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        assessments.add_assessment(s, pid, Assessor.MANAGER, "Bo", [Item("communication", 0)])
        with pytest.raises(InvalidLevelError):
            assessments.add_assessment(
                s, pid, Assessor.MANAGER, "Bo", [Item("empathy-patience", -1)]
            )
    assert _levels(db, pid, Basis.MANAGER) == {"communication": 0}


def test_same_skill_rated_again_and_again_is_kept(db: Database) -> None:
    """Assessments are never unique on (person, skill): every rating stays in the history."""
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        for n in range(5):
            assessments.add_assessment(
                s,
                pid,
                Assessor.SELF,
                "Ana",
                [Item("communication", n + 1)],
                assessed_at=T0 + timedelta(n),
            )
    with db.session() as s:
        history = assessments.list_assessments(s, pid)
    assert [a.items[0].level for a in history] == [1, 2, 3, 4, 5]
    assert _levels(db, pid, Basis.SELF) == {"communication": 5}
