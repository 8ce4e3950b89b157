"""Development actions: what someone will do to grow, and what became of it.

Why a status log: "done on 3 March" and "dropped after the reorg" are part of a person's story.
Every status change is appended to ``action_status_changes`` with its time; ``completed_at`` is
when the action was last closed (done or dropped) and is cleared if it is reopened.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxcareer.store.errors import NotFound
from cxcareer.store.orm import Action, ActionStatusChange, utcnow
from cxcareer.store.records import ActionRecord, ActionStatus
from cxcareer.store.services.common import check_role, check_skill, person_framework, person_row

__all__ = [
    "action_record",
    "add_action",
    "list_actions",
    "remove_action",
    "set_action_status",
    "status_history",
    "update_action",
]


def action_record(row: Action) -> ActionRecord:
    """The frozen view of an action row."""
    return ActionRecord(
        id=row.id,
        person_id=row.person_id,
        title=row.title,
        skill=row.skill_id,
        target_role=row.target_role_id,
        owner=row.owner,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        created_at=row.created_at,
        completed_at=row.completed_at,
    )


def add_action(
    session: Session,
    person: str,
    title: str,
    owner: str,
    *,
    skill: str | None = None,
    target_role: str | None = None,
    due_on: date | None = None,
    now: datetime | None = None,
) -> ActionRecord:
    """Add an open action; ``skill``/``target_role`` are checked against the person's framework."""
    row = person_row(session, person)
    if not title.strip():
        raise ValueError("an action needs a title")
    framework = person_framework(session, row)
    if skill is not None:
        check_skill(framework, skill)
    if target_role is not None:
        check_role(framework, target_role)
    at = now or utcnow()
    action = Action(
        person_id=row.id,
        title=title.strip(),
        skill_id=skill,
        target_role_id=target_role,
        owner=owner,
        due_on=due_on,
        status=ActionStatus.OPEN.value,
        created_at=at,
    )
    session.add(action)
    session.flush()
    session.add(
        ActionStatusChange(
            action_id=action.id, seq=1, old_status=None, new_status="open", changed_at=at
        )
    )
    session.flush()
    return action_record(action)


def update_action(
    session: Session,
    action_id: str,
    *,
    title: str,
    owner: str,
    skill: str | None,
    target_role: str | None,
    due_on: date | None,
) -> ActionRecord:
    """Replace an action's editable fields (all given, as an edit form holds them).

    Status, its log and the creation and completion times are left alone: editing the wording
    of a finished action must not rewrite when it was finished.

    Raises:
        NotFound: no action has this id.
        ValueError: an empty title or owner.
        UnknownIdError: a skill or role the person's framework does not declare.
    """
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"no action {action_id!r}")
    if not title.strip():
        raise ValueError("an action needs a title")
    if not owner.strip():
        raise ValueError("an action needs an owner")
    framework = person_framework(session, person_row(session, action.person_id))
    # A skill or role the action already had stays valid even when the person's framework
    # dropped it (a switch of version); only a newly chosen one is checked.
    if skill is not None and skill != action.skill_id:
        check_skill(framework, skill)
    if target_role is not None and target_role != action.target_role_id:
        check_role(framework, target_role)
    action.skill_id = skill
    action.target_role_id = target_role
    action.title = title.strip()
    action.owner = owner.strip()
    action.due_on = due_on
    session.flush()
    return action_record(action)


def remove_action(session: Session, action_id: str) -> ActionRecord:
    """Delete an action and its status log, returning what it was.

    For taking back an action added by mistake a moment ago (the Overview's one-click add is
    undone this way); an action that was worked on is closed (done or dropped) instead, so the
    plan keeps its story.

    Raises:
        NotFound: no action has this id.
    """
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"no action {action_id!r}")
    record = action_record(action)
    # Its status log goes by the foreign key's cascade, which a company server checks row by
    # row (only the row that opened an untouched action may go; server_guards).
    session.delete(action)
    session.flush()
    return record


def _next_seq(session: Session, action_id: str) -> int:
    last = session.scalar(
        select(func.max(ActionStatusChange.seq)).where(ActionStatusChange.action_id == action_id)
    )
    return (last or 0) + 1


def set_action_status(
    session: Session, action_id: str, status: ActionStatus, *, now: datetime | None = None
) -> ActionRecord:
    """Change an action's status and log the change (setting the same status is a no-op)."""
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"no action {action_id!r}")
    new = ActionStatus(status)
    if action.status == new.value:
        return action_record(action)
    at = now or utcnow()
    session.add(
        ActionStatusChange(
            action_id=action.id,
            seq=_next_seq(session, action.id),
            old_status=action.status,
            new_status=new.value,
            changed_at=at,
        )
    )
    action.status = new.value
    action.completed_at = None if new is ActionStatus.OPEN else at
    session.flush()
    return action_record(action)


def status_history(session: Session, action_id: str) -> list[tuple[ActionStatus, datetime]]:
    """Every status the action had, with when it was set, oldest first."""
    rows = session.execute(
        select(ActionStatusChange.new_status, ActionStatusChange.changed_at)
        .where(ActionStatusChange.action_id == action_id)
        .order_by(ActionStatusChange.seq)
    )
    return [(ActionStatus(status), at) for status, at in rows]


def list_actions(
    session: Session, person: str, *, status: ActionStatus | None = None
) -> list[ActionRecord]:
    """The person's actions, oldest first, optionally only those with ``status``."""
    row = person_row(session, person)
    query = select(Action).where(Action.person_id == row.id)
    if status is not None:
        query = query.where(Action.status == ActionStatus(status).value)
    return [action_record(a) for a in session.scalars(query.order_by(Action.created_at, Action.id))]
