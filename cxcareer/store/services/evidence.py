"""Evidence: what shows a person works at a level in a skill (work, training, feedback, certs).

Why a separate record from ratings: ratings say *what* level someone is at; evidence says *why*
anyone should believe it, and how strongly (a claim, a concrete example, verified by a manager).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.store.orm import Evidence
from cxcareer.store.records import EvidenceKind, EvidenceRecord, EvidenceStrength
from cxcareer.store.services.common import (
    check_level,
    check_skill,
    person_framework,
    person_graph,
    person_row,
)

__all__ = ["add_evidence", "list_evidence"]


def _record(row: Evidence) -> EvidenceRecord:
    return EvidenceRecord(
        id=row.id,
        person_id=row.person_id,
        skill=row.skill_id,
        level=row.level,
        observed_on=row.observed_on,
        kind=EvidenceKind(row.kind),
        strength=EvidenceStrength(row.strength),
        text=row.text,
        link=row.link,
    )


def add_evidence(
    session: Session,
    person: str,
    skill: str,
    level: int,
    observed_on: date,
    kind: EvidenceKind,
    strength: EvidenceStrength,
    text: str,
    *,
    link: str | None = None,
) -> EvidenceRecord:
    """Record evidence for ``skill`` at ``level`` (checked against the person's framework)."""
    row = person_row(session, person)
    framework = person_framework(session, row)
    check_skill(framework, skill)
    check_level(person_graph(session, row), skill, level)
    if not text.strip():
        raise ValueError("evidence needs a description")
    evidence = Evidence(
        person_id=row.id,
        skill_id=skill,
        level=level,
        observed_on=observed_on,
        kind=EvidenceKind(kind).value,
        strength=EvidenceStrength(strength).value,
        text=text,
        link=link,
    )
    session.add(evidence)
    session.flush()
    return _record(evidence)


def list_evidence(
    session: Session, person: str, *, skill: str | None = None
) -> list[EvidenceRecord]:
    """The person's evidence, newest first, optionally for one skill."""
    row = person_row(session, person)
    query = select(Evidence).where(Evidence.person_id == row.id)
    if skill is not None:
        query = query.where(Evidence.skill_id == skill)
    query = query.order_by(Evidence.observed_on.desc(), Evidence.created_at.desc())
    return [_record(e) for e in session.scalars(query)]
