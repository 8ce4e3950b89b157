"""People: creating them, finding them by id or name, their roles, targets and manager.

Why lookups accept an id *or* a name: people type names; ids are what stay stable when two
people share one. An unknown key names the closest names; a shared name lists the ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

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
    utcnow,
)
from cxcareer.store.person_reads import read_people
from cxcareer.store.records import MAX_TARGETS, HistoryCounts, PersonRecord
from cxcareer.store.services.common import (
    check_role,
    person_framework,
    person_record,
    person_row,
    session_rows,
)
from cxcareer.store.services.frameworks import ensure_builtin, framework_from_version

__all__ = [
    "MAX_TARGETS",
    "PersonDeletion",
    "archive_person",
    "create_person",
    "delete_person",
    "find_person",
    "history_counts",
    "list_people",
    "set_framework_version",
    "set_manager",
    "set_targets",
    "update_person",
]


def create_person(
    session: Session,
    name: str,
    *,
    email: str | None = None,
    current_role: str | None = None,
    targets: Sequence[str] = (),
    manager: str | None = None,
    framework_version_id: str | None = None,
) -> PersonRecord:
    """Add a person measured on ``framework_version_id`` (default: the built-in framework).

    Raises:
        ValueError: an empty name, or more than three targets.
        UnknownIdError: a role the framework version does not declare.
        NotFound / AmbiguousName: ``manager`` does not name exactly one person.
    """
    name = name.strip()
    if not name:
        raise ValueError("a person needs a name")
    version_id = framework_version_id or ensure_builtin(session).id
    framework = framework_from_version(session, version_id)
    if current_role is not None:
        check_role(framework, current_role)
    manager_id = person_row(session, manager).id if manager is not None else None
    row = Person(
        name=name,
        email=email,
        framework_version_id=version_id,
        current_role=current_role,
        manager_id=manager_id,
    )
    session.add(row)
    session.flush()
    if targets:
        set_targets(session, row.id, targets)
    return person_record(session, row)


def find_person(session: Session, key: str) -> PersonRecord:
    """The person with id ``key``, or the only person named ``key`` (NotFound / AmbiguousName)."""
    return person_record(session, person_row(session, key))


def list_people(session: Session, *, include_archived: bool = False) -> list[PersonRecord]:
    """Everyone, by name: two statements whatever the head count (the first read's query)."""
    return read_people(session_rows(session), include_archived=include_archived)


def update_person(
    session: Session,
    key: str,
    *,
    name: str | None = None,
    email: str | None = None,
    current_role: str | None = None,
) -> PersonRecord:
    """Change name, email or current role (only the arguments given)."""
    row = person_row(session, key)
    if name is not None:
        if not name.strip():
            raise ValueError("a person needs a name")
        row.name = name.strip()
    if email is not None:
        row.email = email or None
    if current_role is not None:
        row.current_role = check_role(person_framework(session, row), current_role)
    row.updated_at = utcnow()
    session.flush()
    return person_record(session, row)


def set_targets(session: Session, key: str, roles: Sequence[str]) -> PersonRecord:
    """Replace the person's target roles (at most three, first is the main one, no repeats)."""
    row = person_row(session, key)
    if len(roles) > MAX_TARGETS:
        raise ValueError(f"at most {MAX_TARGETS} target roles, got {len(roles)}")
    if len(set(roles)) != len(roles):
        raise ValueError("a target role is listed twice")
    framework = person_framework(session, row)
    checked = [check_role(framework, role) for role in roles]
    session.execute(delete(PersonTarget).where(PersonTarget.person_id == row.id))
    session.add_all(
        PersonTarget(person_id=row.id, position=i, role_id=role)
        for i, role in enumerate(checked, 1)
    )
    row.updated_at = utcnow()
    session.flush()
    return person_record(session, row)


def set_manager(session: Session, key: str, manager: str | None) -> PersonRecord:
    """Point the person at their manager (another person), or at nobody."""
    row = person_row(session, key)
    manager_id = person_row(session, manager).id if manager is not None else None
    if manager_id == row.id:
        raise ValueError(f"{row.name} cannot be their own manager")
    row.manager_id = manager_id
    row.updated_at = utcnow()
    session.flush()
    return person_record(session, row)


def set_framework_version(session: Session, key: str, version_id: str) -> PersonRecord:
    """Measure the person on another stored framework version.

    Ratings are never rewritten: skills the new version lacks stay in the history and simply
    stop counting. A current role or target the new version does not declare is cleared, since
    it would point at nothing.

    Raises:
        NotFound: no stored framework version has this id.
    """
    row = person_row(session, key)
    framework = framework_from_version(session, version_id)
    row.framework_version_id = version_id
    if row.current_role is not None and row.current_role not in framework.roles:
        row.current_role = None
    kept = [role for role in person_record(session, row).targets if role in framework.roles]
    session.execute(delete(PersonTarget).where(PersonTarget.person_id == row.id))
    session.add_all(
        PersonTarget(person_id=row.id, position=i, role_id=role) for i, role in enumerate(kept, 1)
    )
    row.updated_at = utcnow()
    session.flush()
    return person_record(session, row)


def archive_person(session: Session, key: str, archived: bool = True) -> PersonRecord:
    """Hide a person from everyday lists without deleting anything."""
    row = person_row(session, key)
    row.archived = archived
    row.updated_at = utcnow()
    session.flush()
    return person_record(session, row)


@dataclass(frozen=True)
class PersonDeletion:
    """What :func:`delete_person` removed: the person, how much history, whose manager they were.

    ``former_reports`` lists the ids of people who had this person as manager and now have none.
    """

    person: PersonRecord
    removed: HistoryCounts
    former_reports: tuple[str, ...]


def delete_person(session: Session, key: str) -> PersonDeletion:
    """Remove a person and every record about them: ratings, evidence, plan, one-to-ones.

    Why explicit deletes rather than trusting ``ON DELETE CASCADE``: the result must be the same
    whether or not the connection enforces foreign keys, and the counts tell the person exactly
    what went. People they managed stay, with no manager. Callers back the database up first
    (this cannot be undone), and should prefer :func:`archive_person` for everyday use.

    Raises:
        NotFound / AmbiguousName: ``key`` does not name exactly one person.
    """
    row = person_row(session, key)
    record = person_record(session, row)
    person_id = row.id
    assessment_ids = select(Assessment.id).where(Assessment.person_id == person_id)
    action_ids = select(Action.id).where(Action.person_id == person_id)
    meeting_ids = select(Meeting.id).where(Meeting.person_id == person_id)

    removed = history_counts(session, person_id)
    reports = tuple(session.scalars(select(Person.id).where(Person.manager_id == person_id)))
    session.execute(
        delete(MeetingAction).where(
            MeetingAction.meeting_id.in_(meeting_ids) | MeetingAction.action_id.in_(action_ids)
        )
    )
    session.execute(delete(ActionStatusChange).where(ActionStatusChange.action_id.in_(action_ids)))
    session.execute(delete(Action).where(Action.person_id == person_id))
    session.execute(delete(Meeting).where(Meeting.person_id == person_id))
    session.execute(delete(Evidence).where(Evidence.person_id == person_id))
    session.execute(
        update(Assessment)
        .where(Assessment.corrects_id.in_(assessment_ids))
        .values(corrects_id=None)
        .execution_options(synchronize_session=False)
    )
    session.execute(delete(AssessmentItem).where(AssessmentItem.assessment_id.in_(assessment_ids)))
    session.execute(delete(Assessment).where(Assessment.person_id == person_id))
    session.execute(delete(PersonTarget).where(PersonTarget.person_id == person_id))
    if reports:
        session.execute(
            update(Person)
            .where(Person.manager_id == person_id)
            .values(manager_id=None, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    session.delete(row)
    session.flush()
    session.expire_all()
    return PersonDeletion(
        person=record,
        removed=removed,
        former_reports=reports,
    )


def history_counts(session: Session, key: str) -> HistoryCounts:
    """How many ratings, evidence entries, actions and one-to-ones the person has.

    One statement of scalar subqueries served by the ``person_id`` indexes.
    """
    person_id = person_row(session, key).id
    counted = session.execute(
        select(*(_count_of(model, person_id) for model in (Assessment, Evidence, Action, Meeting)))
    ).one()
    return HistoryCounts(*(int(n) for n in counted))


def _count_of(
    model: type[Assessment] | type[Evidence] | type[Action] | type[Meeting], person_id: str
) -> Any:
    return select(func.count()).where(model.person_id == person_id).scalar_subquery()
