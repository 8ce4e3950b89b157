"""What changed for a person between two one-to-ones: ratings, evidence and actions.

Why a diff rather than a history: a manager opening a one-to-one asks "what moved since we last
talked?". The window starts at the moment the previous meeting stands for
(:func:`meeting_moment`): when it was recorded, if that was on the day it was held, so a rating
changed after today's meeting is a change and one given before it is not; else the end of the
day it was held (a meeting typed in later, or imported). The window ends with the day of this
meeting, included. Days are local days. Evidence is dated in days and is compared by day.
Ratings are shown as the net move of each skill for each side (self, manager) across the
window, from the level it had when the window opened, so three ratings of the same skill read
as one change and a skill rated before the meeting never reads as a first rating.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
    "meeting_moment",
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


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _day_end(day: date) -> datetime:
    """The first instant after ``day`` ends, in local time."""
    return datetime.combine(day + timedelta(days=1), time()).astimezone()


def _inside(day: date, since: date | None, until: date) -> bool:
    return (since is None or day > since) and day <= until


def meeting_moment(meeting: MeetingRecord) -> datetime:
    """The instant a past meeting stands for when asking what changed since it.

    When it was recorded, if that was on the (local) day it was held; else the end of that day.
    """
    recorded = meeting.recorded_at
    if recorded is not None and _local_day(recorded) == meeting.held_on:
        return recorded
    return _day_end(meeting.held_on)


def _after(moment: datetime, since: datetime | None, until: datetime) -> bool:
    return (since is None or moment > since) and moment < until


def _rating_changes(
    assessments: list[AssessmentRecord], since: datetime | None, until: datetime
) -> tuple[RatingChange, ...]:
    before: dict[tuple[str, Assessor], int] = {}
    after: dict[tuple[str, Assessor], tuple[int, AssessmentRecord]] = {}
    for record in assessments:  # oldest first
        if record.status is AssessmentStatus.DRAFT:
            continue
        if record.assessed_at >= until:
            break
        for item in record.items:
            key = (item.skill, record.assessor)
            if _after(record.assessed_at, since, until):
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
    since: datetime | None,
    until: datetime,
) -> tuple[ActionChange, ...]:
    changes = []
    for action in actions:
        for seq, (status, at) in enumerate(history.get(action.id, [])):
            if not _after(at, since, until):
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
    app: CareerApp, person_id: str, since: date | datetime | None, until: date
) -> MeetingChanges:
    """Ratings, evidence and actions of the person that changed after ``since`` up to ``until``.

    Args:
        app: the open database.
        person_id: whose changes.
        since: the moment of the previous meeting (:func:`meeting_moment`), or its day (the
            whole day excluded); None for no meeting yet.
        until: the day of this meeting (included).

    Raises:
        NotFound: no such person.
    """
    with app.database.session() as session:
        assessments = assessment_services.list_assessments(session, person_id)
        evidence = evidence_services.list_evidence(session, person_id)
        actions = action_services.list_actions(session, person_id)
        history = {a.id: action_services.status_history(session, a.id) for a in actions}
    if isinstance(since, datetime):
        since_moment: datetime | None = since
        since_day: date | None = _local_day(since)
    else:
        since_moment = None if since is None else _day_end(since)
        since_day = since
    until_moment = _day_end(until)
    found = tuple(
        sorted(
            (e for e in evidence if _inside(e.observed_on, since_day, until)),
            key=lambda e: (e.observed_on, e.skill),
        )
    )
    return MeetingChanges(
        since=since_day,
        until=until,
        ratings=_rating_changes(assessments, since_moment, until_moment),
        evidence=found,
        actions=_action_changes(actions, history, since_moment, until_moment),
    )


def previous_meeting(
    app: CareerApp, person_id: str, before: date, *, viewer: str | None = None
) -> MeetingRecord | None:
    """The person's latest meeting held strictly before ``before`` (None: none yet)."""
    with app.database.session() as session:
        meetings = meeting_services.list_meetings(session, person_id, viewer=viewer)
    earlier = [m for m in meetings if m.held_on < before]
    return earlier[-1] if earlier else None
