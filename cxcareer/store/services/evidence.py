"""Evidence: what shows a person works at a level in a skill (work, training, feedback, certs).

Why a separate record from ratings: ratings say *what* level someone is at; evidence says *why*
anyone should believe it, and how strongly (a claim, a concrete example, verified by a manager).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.store.errors import NotFound
from cxcareer.store.orm import Evidence, utcnow
from cxcareer.store.records import EvidenceKind, EvidenceRecord, EvidenceStrength
from cxcareer.store.services.common import (
    check_level,
    check_skill,
    person_framework,
    person_graph,
    person_row,
)

__all__ = ["VERIFIED_MARK", "add_evidence", "list_evidence", "verify_evidence"]

#: Starts the line :func:`verify_evidence` appends to the text: who verified it and on which day.
VERIFIED_MARK = "\u2714 "


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


def verify_evidence(
    session: Session, evidence_id: str, verifier: str, *, now: datetime | None = None
) -> EvidenceRecord:
    """Mark evidence as verified by ``verifier`` (normally the person's manager).

    The strength becomes ``verified`` and a last line ``"\u2714 <verifier>, <YYYY-MM-DD>"`` is
    appended to the text, so who vouched for it and when travels with the evidence (also in
    bundles) without a schema change. Verifying evidence that is already verified changes
    nothing, so the first verifier's line is kept.

    Raises:
        NotFound: no evidence has this id.
        ValueError: an empty verifier name.
    """
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise NotFound(f"no evidence {evidence_id!r}")
    name = verifier.strip()
    if not name:
        raise ValueError("say who verified the evidence")
    if row.strength == EvidenceStrength.VERIFIED.value:
        return _record(row)
    day = (now or utcnow()).date().isoformat()
    row.strength = EvidenceStrength.VERIFIED.value
    row.text = f"{row.text.rstrip()}\n{VERIFIED_MARK}{name}, {day}"
    session.flush()
    return _record(row)
