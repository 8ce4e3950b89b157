"""What changed for a person between two one-to-ones: ratings, evidence and actions.

Why a diff rather than a history: a manager opening a one-to-one asks "what moved since we last
talked?". Everything dated on the day of the previous meeting was already there to discuss, so
the window is ``(since, until]`` in days: strictly after the last meeting's day, up to and
including the day of this one. Ratings are shown as the net move of each skill for each side
(self, manager) across the window, so three ratings of the same skill read as one change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from cxcareer.service.career import CareerApp
from cxcareer.store.records import (
    ActionRecord,
    ActionStatus,
    AssessmentRecord,
    AssessmentStatus,
    Assessor,
    EvidenceRecord,
    MeetingRecord,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services

__all__ = [
    "ActionChange",
    "ActionChangeKind",
    "MeetingChanges",
    "RatingChange",
    "changes_between",
    "previous_meeting",
]


class ActionChangeKind(StrEnum):
    """What happened to an action inside the window."""

    ADDED = "added"
    DONE = "done"
    DROPPED = "dropped"
    REOPENED = "reopened"


@dataclass(frozen=True)
class RatingChange:
    """One skill's net move on one side; ``before`` is None when it had never been rated."""

    skill: str
    assessor: Assessor
    assessor_name: str
    before: int | None
    after: int
    assessed_at: datetime

    @property
    def delta(self) -> int:
        """How many levels it moved (never-rated counts from 0)."""
        return self.after - (self.before or 0)


@dataclass(frozen=True)
class ActionChange:
    """An action added, finished, dropped or reopened inside the window, with when."""

    action: ActionRecord
    kind: ActionChangeKind
    at: datetime


@dataclass(frozen=True)
class MeetingChanges:
    """Everything that moved in ``(since, until]``; ``since`` None means from the beginning."""

    since: date | None
    until: date
    ratings: tuple[RatingChange, ...]
    evidence: tuple[EvidenceRecord, ...]
    actions: tuple[ActionChange, ...]

    @property
    def empty(self) -> bool:
        """True when nothing at all changed."""
        return not (self.ratings or self.evidence or self.actions)


def _inside(day: date, since: date | None, until: date) -> bool:
    return (since is None or day > since) and day <= until


def _rating_changes(
    assessments: list[AssessmentRecord], since: date | None, until: date
) -> tuple[RatingChange, ...]:
    before: dict[tuple[str, Assessor], int] = {}
    after: dict[tuple[str, Assessor], tuple[int, AssessmentRecord]] = {}
    for record in assessments:  # oldest first
        if record.status is AssessmentStatus.DRAFT:
            continue
        day = record.assessed_at.date()
        if day > until:
            break
        for item in record.items:
            key = (item.skill, record.assessor)
            if _inside(day, since, until):
                after[key] = (item.level, record)
            else:
                before[key] = item.level
    changes = []
    for key, (level, record) in after.items():
        old = before.get(key)
        if old == level:
            continue
        changes.append(
            RatingChange(key[0], key[1], record.assessor_name, old, level, record.assessed_at)
        )
    changes.sort(key=lambda c: (c.assessed_at, c.skill, c.assessor.value))
    return tuple(changes)


def _action_changes(
    actions: list[ActionRecord],
    history: dict[str, list[tuple[ActionStatus, datetime]]],
    since: date | None,
    until: date,
) -> tuple[ActionChange, ...]:
    changes = []
    for action in actions:
        for seq, (status, at) in enumerate(history.get(action.id, [])):
            if not _inside(at.date(), since, until):
                continue
            if seq == 0:
                kind = ActionChangeKind.ADDED
            elif status is ActionStatus.DONE:
                kind = ActionChangeKind.DONE
            elif status is ActionStatus.DROPPED:
                kind = ActionChangeKind.DROPPED
            else:
                kind = ActionChangeKind.REOPENED
            changes.append(ActionChange(action, kind, at))
    changes.sort(key=lambda c: (c.at, c.action.title))
    return tuple(changes)


def changes_between(
    app: CareerApp, person_id: str, since: date | None, until: date
) -> MeetingChanges:
    """Ratings, evidence and actions of the person that changed after ``since`` up to ``until``.

    Args:
        app: the open database.
        person_id: whose changes.
        since: the day of the previous meeting (its own day excluded); None for no meeting yet.
        until: the day of this meeting (included).

    Raises:
        NotFound: no such person.
    """
    with app.database.session() as session:
        assessments = assessment_services.list_assessments(session, person_id)
        evidence = evidence_services.list_evidence(session, person_id)
        actions = action_services.list_actions(session, person_id)
        history = {a.id: action_services.status_history(session, a.id) for a in actions}
    found = tuple(
        sorted(
            (e for e in evidence if _inside(e.observed_on, since, until)),
            key=lambda e: (e.observed_on, e.skill),
        )
    )
    return MeetingChanges(
        since=since,
        until=until,
        ratings=_rating_changes(assessments, since, until),
        evidence=found,
        actions=_action_changes(actions, history, since, until),
    )


def previous_meeting(
    app: CareerApp, person_id: str, before: date, *, viewer: str | None = None
) -> MeetingRecord | None:
    """The person's latest meeting held strictly before ``before`` (None: none yet)."""
    with app.database.session() as session:
        meetings = meeting_services.list_meetings(session, person_id, viewer=viewer)
    earlier = [m for m in meetings if m.held_on < before]
    return earlier[-1] if earlier else None
