"""Skill ratings: append-only assessments and the current level they add up to.

Why append-only: a rating is a statement someone made on a date. Correcting it adds a new
assessment (``corrects`` points at the old one) so the history of who said what stays intact.
The current level of a skill is the latest non-draft item on the chosen basis, computed in SQL
with a window function so opening a person stays fast with years of history.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cxcareer.store.errors import NotFound
from cxcareer.store.orm import Assessment, AssessmentItem, utcnow
from cxcareer.store.person_reads import latest_ratings, levels_on
from cxcareer.store.records import (
    AssessmentItemRecord,
    AssessmentRecord,
    AssessmentStatus,
    Assessor,
    Basis,
    CurrentLevel,
)
from cxcareer.store.services.common import (
    check_level,
    check_skill,
    person_framework,
    person_graph,
    person_row,
    session_rows,
)

__all__ = [
    "add_assessment",
    "advance_status",
    "current_levels",
    "list_assessments",
    "withdraw_items",
]

_ORDER = {AssessmentStatus.DRAFT: 0, AssessmentStatus.SHARED: 1, AssessmentStatus.FINAL: 2}


def _record(row: Assessment, items: Iterable[AssessmentItem]) -> AssessmentRecord:
    return AssessmentRecord(
        id=row.id,
        person_id=row.person_id,
        assessor=Assessor(row.assessor_kind),
        assessor_name=row.assessor_name,
        assessed_at=row.assessed_at,
        status=AssessmentStatus(row.status),
        items=tuple(
            AssessmentItemRecord(i.skill_id, i.level, i.comment)
            for i in sorted(items, key=lambda i: i.skill_id)
        ),
        corrects_id=row.corrects_id,
    )


def add_assessment(
    session: Session,
    person: str,
    assessor: Assessor,
    assessor_name: str,
    items: Iterable[AssessmentItemRecord],
    *,
    status: AssessmentStatus = AssessmentStatus.SHARED,
    assessed_at: datetime | None = None,
    corrects: str | None = None,
    assessor_id: str | None = None,
) -> AssessmentRecord:
    """Record a new assessment; skills and levels are checked against the person's framework.

    ``assessor_id``: the assessor as a person (a company server's policies require it to be
    the connected person's).

    Raises:
        UnknownIdError: a skill the person's framework version does not declare.
        InvalidLevelError: a level off the framework's scale.
        ValueError: no items, or the same skill twice.
        NotFound: ``corrects`` names no assessment of this person.
    """
    row = person_row(session, person)
    framework = person_framework(session, row)
    items = list(items)
    if not items:
        raise ValueError("an assessment needs at least one rated skill")
    skills = [check_skill(framework, item.skill) for item in items]
    if len(set(skills)) != len(skills):
        raise ValueError("each skill can be rated once per assessment")
    graph = person_graph(session, row)
    for item in items:
        check_level(graph, item.skill, item.level)
    if corrects is not None:
        old = session.get(Assessment, corrects)
        if old is None or old.person_id != row.id:
            raise NotFound(f"no assessment {corrects!r} of {row.name} to correct")
    assessment = Assessment(
        person_id=row.id,
        assessor_kind=Assessor(assessor).value,
        assessor_name=assessor_name,
        assessor_id=assessor_id,
        assessed_at=assessed_at or utcnow(),
        status=AssessmentStatus(status).value,
        corrects_id=corrects,
    )
    session.add(assessment)
    session.flush()
    rows = [
        AssessmentItem(
            assessment_id=assessment.id, skill_id=i.skill, level=i.level, comment=i.comment
        )
        for i in items
    ]
    session.add_all(rows)
    session.flush()
    return _record(assessment, rows)


def advance_status(
    session: Session, assessment_id: str, status: AssessmentStatus
) -> AssessmentRecord:
    """Move an assessment forward (draft → shared → final); its ratings never change.

    Raises:
        NotFound: no such assessment.
        ValueError: moving backwards (a final assessment stays final).
    """
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"no assessment {assessment_id!r}")
    new = AssessmentStatus(status)
    if _ORDER[new] < _ORDER[AssessmentStatus(row.status)]:
        raise ValueError(f"an assessment that is {row.status} cannot go back to {new.value}")
    row.status = new.value
    session.flush()
    items = session.scalars(select(AssessmentItem).where(AssessmentItem.assessment_id == row.id))
    return _record(row, items)


def withdraw_items(session: Session, assessment_id: str, skills: Iterable[str]) -> None:
    """Take ``skills`` out of an assessment (the assessment goes when nothing is left in it).

    The one exception to append-only: undoing the very rating that first rated a skill. There
    is no earlier level to record again, and recording 0 would state a level nobody gave.

    Raises:
        NotFound: no such assessment.
    """
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"no assessment {assessment_id!r}")
    session.execute(
        delete(AssessmentItem).where(
            AssessmentItem.assessment_id == row.id, AssessmentItem.skill_id.in_(list(skills))
        )
    )
    left = session.scalar(
        select(AssessmentItem.id).where(AssessmentItem.assessment_id == row.id).limit(1)
    )
    if left is None:
        session.delete(row)
    session.flush()


def list_assessments(session: Session, person: str) -> list[AssessmentRecord]:
    """Every assessment of the person, oldest first, with their items."""
    row = person_row(session, person)
    assessments = session.scalars(
        select(Assessment)
        .where(Assessment.person_id == row.id)
        .order_by(Assessment.assessed_at, Assessment.created_at)
    ).all()
    items: dict[str, list[AssessmentItem]] = {a.id: [] for a in assessments}
    if assessments:
        for item in session.scalars(
            select(AssessmentItem).where(AssessmentItem.assessment_id.in_(list(items)))
        ):
            items[item.assessment_id].append(item)
    return [_record(a, items[a.id]) for a in assessments]


def current_levels(
    session: Session, person_id: str, basis: Basis, *, include_drafts: bool = False
) -> dict[str, CurrentLevel]:
    """Each rated skill's current level on ``basis``.

    ``SELF``/``MANAGER``: the latest item from that side. ``MIN``: the lower of the latest self
    and latest manager levels (ties credit the manager); with one side only, that side. Drafts
    are left out unless ``include_drafts``. The query is the one the snapshot and the app's
    first read run (:func:`cxcareer.store.person_reads.latest_ratings`).
    """
    latest = latest_ratings(session_rows(session), person_id, include_drafts=include_drafts)
    return levels_on(latest, Basis(basis))
