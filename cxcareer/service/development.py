"""Evidence and the development plan, each call one short transaction, for every face.

Why beside :class:`~cxcareer.service.career.CareerApp` rather than in it: the facade holds what
every screen needs; evidence and plan actions are their own use cases, and keeping them here
keeps the facade small. Each write applies the rules (:mod:`cxcareer.service.rules`: texts
trimmed, title, owner and description required, nothing written read-only) and returns what it
changed; store errors come out unchanged for the caller to say.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from cxcareer.service import company_identity
from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.rules import required_text
from cxcareer.store.errors import NotFound
from cxcareer.store.records import (
    ActionRecord,
    ActionStatus,
    EvidenceKind,
    EvidenceRecord,
    EvidenceStrength,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import people as people_services

__all__ = [
    "add_action",
    "add_evidence",
    "evidence_counts",
    "list_actions",
    "list_evidence",
    "remove_action",
    "set_action_status",
    "update_action",
    "verifier_name",
    "verify_evidence",
]


def list_evidence(app: CareerApp, person_id: str, skill: str | None = None) -> list[EvidenceRecord]:
    """The person's evidence, newest first (one skill's only when ``skill`` is given)."""
    with app.database.session() as session:
        return evidence_services.list_evidence(session, person_id, skill=skill)


def evidence_counts(app: CareerApp, person_id: str) -> dict[str, int]:
    """How many evidence entries each skill has."""
    return dict(Counter(record.skill for record in list_evidence(app, person_id)))


def add_evidence(
    app: CareerApp,
    person_id: str,
    skill: str,
    level: int,
    observed_on: date,
    kind: EvidenceKind,
    strength: EvidenceStrength,
    text: str,
    *,
    link: str | None = None,
) -> Outcome[EvidenceRecord]:
    """Record evidence of ``skill`` at ``level`` (an empty link is stored as none)."""
    app.writable()
    description = required_text(text, "evidence_text")
    with app.database.session() as session:
        record = evidence_services.add_evidence(
            session,
            person_id,
            skill,
            level,
            observed_on,
            kind,
            strength,
            description,
            link=(link or "").strip() or None,
        )
    return Outcome(record, _evidence_changed(record))


def _evidence_changed(record: EvidenceRecord) -> Changes:
    return Changes.of(Aspect.EVIDENCE, people={record.person_id}, skills={record.skill})


def verify_evidence(app: CareerApp, evidence_id: str, verifier: str) -> Outcome[EvidenceRecord]:
    """Mark evidence verified by ``verifier``."""
    app.writable()
    name = company_identity.verifier(app, required_text(verifier, "verifier_name"))
    with app.database.session() as session:
        record = evidence_services.verify_evidence(session, evidence_id, name)
    return Outcome(record, _evidence_changed(record))


def verifier_name(app: CareerApp, me_id: str | None) -> str:
    """Who is verifying: the connected person on a company server; else the person this user
    said is them, else the app's user name."""
    company = company_identity.company_person(app)
    if company is not None and company.name is not None:
        return company.name
    if me_id is not None:
        with app.database.session() as session:
            try:
                return people_services.find_person(session, me_id).name
            except NotFound:
                pass
    return app.user or "manager"


def list_actions(
    app: CareerApp, person_id: str, *, status: ActionStatus | None = None
) -> list[ActionRecord]:
    """The actions of the person's plan, oldest first: every one, or those with ``status``."""
    with app.database.session() as session:
        return action_services.list_actions(session, person_id, status=status)


def add_action(
    app: CareerApp,
    person_id: str,
    title: str,
    owner: str | None = None,
    *,
    skill: str | None = None,
    target_role: str | None = None,
    due_on: date | None = None,
) -> Outcome[ActionRecord]:
    """Add an open action to the person's plan.

    The title is required; so is the owner when given (``None``: the person does it).
    """
    app.writable()
    clean_title = required_text(title, "action_title")
    clean_owner = None if owner is None else required_text(owner, "action_owner")
    with app.database.session() as session:
        person = people_services.find_person(session, person_id)
        record = action_services.add_action(
            session,
            person.id,
            clean_title,
            clean_owner or person.name,
            skill=skill,
            target_role=target_role,
            due_on=due_on,
        )
    return Outcome(record, _action_changed(record))


def _action_changed(record: ActionRecord) -> Changes:
    return Changes.of(Aspect.ACTIONS, people={record.person_id})


def remove_action(app: CareerApp, action_id: str) -> Outcome[ActionRecord]:
    """Take back an action just added (undo of a one-click add); returns what it was."""
    app.writable()
    with app.database.session() as session:
        record = action_services.remove_action(session, action_id)
    return Outcome(record, _action_changed(record))


def update_action(
    app: CareerApp,
    action_id: str,
    *,
    title: str,
    owner: str,
    skill: str | None,
    target_role: str | None,
    due_on: date | None,
) -> Outcome[ActionRecord]:
    """Replace an action's wording, owner, skill, role and due date; its status stays."""
    app.writable()
    clean_title = required_text(title, "action_title")
    clean_owner = required_text(owner, "action_owner")
    with app.database.session() as session:
        record = action_services.update_action(
            session,
            action_id,
            title=clean_title,
            owner=clean_owner,
            skill=skill,
            target_role=target_role,
            due_on=due_on,
        )
    return Outcome(record, _action_changed(record))


def set_action_status(
    app: CareerApp, action_id: str, status: ActionStatus
) -> Outcome[ActionRecord]:
    """Mark an action done, dropped or open again; every change is logged with its time."""
    app.writable()
    with app.database.session() as session:
        record = action_services.set_action_status(session, action_id.strip(), status)
    return Outcome(record, _action_changed(record))
