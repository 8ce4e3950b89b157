"""Recording a one-to-one and reading past ones, for the desktop app's meeting screen.

Why the new actions and the meeting go into one transaction: "we agreed these three things" is
one fact; a crash half-way must not leave actions without the meeting that agreed them, nor a
meeting pointing at actions that were never stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.company_identity import (
    company_person,
    meeting_author,
    readable_meeting,
    sealed_private_notes,
)
from cxcareer.service.rules import required_text
from cxcareer.store.records import ActionRecord, ActionStatus, MeetingRecord
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import meetings as meeting_services
from cxcareer.store.services import people as people_services

__all__ = [
    "MeetingRow",
    "NewAction",
    "agenda_actions",
    "default_paper",
    "meeting_rows",
    "pack_file_name",
    "record_meeting",
]


@dataclass(frozen=True)
class NewAction:
    """An action agreed in the meeting, not stored yet."""

    title: str
    owner: str
    due_on: date | None = None
    skill: str | None = None


@dataclass(frozen=True)
class MeetingRow:
    """A past meeting with the actions it agreed and the open ones it carried over."""

    meeting: MeetingRecord
    agreed: tuple[ActionRecord, ...]
    carried: tuple[ActionRecord, ...]


def record_meeting(
    app: CareerApp,
    person_id: str,
    held_on: date,
    author: str | None = None,
    *,
    shared_notes: str = "",
    private_notes: str = "",
    new_actions: Sequence[NewAction] = (),
) -> Outcome[MeetingRecord]:
    """Store the new actions and the meeting that agreed them, all or nothing.

    ``author`` is required when given; ``None`` means the person's manager (who usually holds
    the one-to-one), or "manager" when they have none.

    Raises:
        Refused: no author, or an action without a title or owner.
        NotFound: no such person.
        UnknownIdError: an action's skill is not in the person's framework.
    """
    app.writable()
    company = meeting_author(app, author)
    clean_author = None if author is None else required_text(author, "meeting_author")
    if company is not None:
        clean_author = company.name
    sealed = sealed_private_notes(app, private_notes.strip())
    agreed_actions = [
        (
            required_text(action.title, "action_title"),
            required_text(action.owner, "action_owner"),
            action,
        )
        for action in new_actions
    ]
    with app.database.session() as session:
        person = people_services.find_person(session, person_id)
        if clean_author is None:
            manager = person.manager_id
            clean_author = people_services.find_person(session, manager).name if manager else None
        agreed = [
            action_services.add_action(
                session,
                person.id,
                title,
                owner,
                skill=action.skill,
                due_on=action.due_on,
            ).id
            for title, owner, action in agreed_actions
        ]
        meeting = meeting_services.record_meeting(
            session,
            person.id,
            held_on,
            clean_author or "manager",
            shared_notes=shared_notes.strip(),
            private_notes=sealed,
            agreed_actions=agreed,
            author_id=company.person_id if company is not None else None,
            author_role=company.role if company is not None else None,
        )
    aspects = (Aspect.MEETINGS, Aspect.ACTIONS) if agreed else (Aspect.MEETINGS,)
    meeting = readable_meeting(meeting, app.lang)
    return Outcome(meeting, Changes.of(*aspects, people={meeting.person_id}))


def meeting_rows(app: CareerApp, person_id: str, *, viewer: str | None) -> list[MeetingRow]:
    """The person's meetings, newest first; private notes only for their author (``viewer``).

    On a company server the viewer is the connected person whatever is asked, and the notes
    arrive sealed; they are opened here with this computer's key.
    """
    me = company_person(app)
    if me is not None:
        viewer = me.name
    with app.database.session() as session:
        meetings = meeting_services.list_meetings(session, person_id, viewer=viewer)
        actions = {a.id: a for a in action_services.list_actions(session, person_id)}
    meetings = [readable_meeting(meeting, app.lang) for meeting in meetings]
    rows = [
        MeetingRow(
            meeting,
            tuple(actions[a] for a in meeting.agreed if a in actions),
            tuple(actions[a] for a in meeting.carried_over if a in actions),
        )
        for meeting in meetings
    ]
    rows.reverse()
    return rows


def agenda_actions(actions: Iterable[ActionRecord], day: date) -> list[ActionRecord]:
    """Actions to go through in a meeting on ``day``: open ones, and those closed since ``day``.

    Closed ones stay on the list so an action ticked off by mistake can be unticked in place.
    """
    return [
        a
        for a in actions
        if a.status is ActionStatus.OPEN
        or (a.completed_at is not None and a.completed_at.date() >= day)
    ]


def default_paper(locale_name: str) -> str:
    """``"letter"`` for US English (``en_US`` or ``en-US``), else ``"a4"``."""
    return "letter" if locale_name.replace("-", "_").lower() == "en_us" else "a4"


def pack_file_name(person_name: str, day: date) -> str:
    """``<person>-one-to-one-<YYYY-MM-DD>.pdf`` with a name safe on every file system."""
    plain = unicodedata.normalize("NFKD", person_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower() or "person"
    return f"{slug}-one-to-one-{day.isoformat()}.pdf"
