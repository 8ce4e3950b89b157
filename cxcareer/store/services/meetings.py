"""One-to-one meetings: shared notes, the author's private notes, and actions agreed.

Why carried-over actions are linked when the meeting is recorded: "what was still open when we
met" must not change later when someone ticks an action off. Actions that were agreed at or
carried into the previous meeting and are still open are linked as ``carried``.

Private notes are returned only to their author (``viewer``); everyone else gets ``None``. They
live in their own table (:class:`~cxcareer.store.orm.PrivateNote`): on a company server only
the author's database role reads that row, whatever this code asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.store.errors import NotFound
from cxcareer.store.orm import Action, Meeting, MeetingAction, PrivateNote
from cxcareer.store.records import ActionStatus, MeetingRecord
from cxcareer.store.services.common import person_row

__all__ = ["get_meeting", "list_meetings", "record_meeting"]


def _record(session: Session, row: Meeting, viewer: str | None) -> MeetingRecord:
    links = session.execute(
        select(MeetingAction.action_id, MeetingAction.relation)
        .join(Action, Action.id == MeetingAction.action_id)
        .where(MeetingAction.meeting_id == row.id)
        .order_by(Action.created_at, Action.id)
    ).all()
    private = None
    if viewer is not None and viewer == row.author:
        note = session.get(PrivateNote, row.id)
        private = note.body if note is not None else ""
    return MeetingRecord(
        id=row.id,
        person_id=row.person_id,
        held_on=row.held_on,
        author=row.author,
        shared_notes=row.shared_notes,
        private_notes=private,
        agreed=tuple(a for a, rel in links if rel == "agreed"),
        carried_over=tuple(a for a, rel in links if rel == "carried"),
        recorded_at=row.created_at,
    )


def record_meeting(
    session: Session,
    person: str,
    held_on: date,
    author: str,
    *,
    shared_notes: str = "",
    private_notes: str = "",
    agreed_actions: Sequence[str] = (),
    author_id: str | None = None,
    author_role: str | None = None,
) -> MeetingRecord:
    """Record a one-to-one; open actions from the previous meeting are carried over.

    ``author_id``/``author_role``: the author as a person and as a database role, given on a
    company server (where its policies require them to be the connected role's).

    Raises:
        NotFound: an agreed action that does not exist or belongs to someone else.
    """
    row = person_row(session, person)
    previous = session.scalar(
        select(Meeting)
        .where(Meeting.person_id == row.id, Meeting.held_on <= held_on)
        .order_by(Meeting.held_on.desc(), Meeting.created_at.desc())
        .limit(1)
    )
    carried: list[str] = []
    if previous is not None:
        carried = list(
            session.scalars(
                select(Action.id)
                .join(MeetingAction, MeetingAction.action_id == Action.id)
                .where(
                    MeetingAction.meeting_id == previous.id,
                    Action.status == ActionStatus.OPEN.value,
                )
            )
        )
    for action_id in agreed_actions:
        action = session.get(Action, action_id)
        if action is None or action.person_id != row.id:
            raise NotFound(f"no action {action_id!r} of {row.name}")
    meeting = Meeting(
        person_id=row.id,
        held_on=held_on,
        author=author,
        author_id=author_id,
        shared_notes=shared_notes,
    )
    session.add(meeting)
    session.flush()
    if private_notes:
        session.add(PrivateNote(meeting_id=meeting.id, author_role=author_role, body=private_notes))
    agreed = list(dict.fromkeys(agreed_actions))
    session.add_all(
        MeetingAction(meeting_id=meeting.id, action_id=a, relation="agreed") for a in agreed
    )
    session.add_all(
        MeetingAction(meeting_id=meeting.id, action_id=a, relation="carried")
        for a in carried
        if a not in agreed
    )
    session.flush()
    return _record(session, meeting, author)


def get_meeting(session: Session, meeting_id: str, *, viewer: str | None = None) -> MeetingRecord:
    """One meeting; private notes only when ``viewer`` is its author."""
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise NotFound(f"no meeting {meeting_id!r}")
    return _record(session, row, viewer)


def list_meetings(
    session: Session, person: str, *, viewer: str | None = None
) -> list[MeetingRecord]:
    """The person's meetings, oldest first."""
    row = person_row(session, person)
    rows = session.scalars(
        select(Meeting)
        .where(Meeting.person_id == row.id)
        .order_by(Meeting.held_on, Meeting.created_at)
    )
    return [_record(session, m, viewer) for m in rows]
