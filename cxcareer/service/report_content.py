"""What the one-to-one pack shows, as plain data in one language: :func:`build_report`.

Why apart from the PDF writer: which gaps count as "top", which evidence is "since the last
meeting", when an action is overdue and whether private notes appear are decisions a person
relies on before a conversation; here they are tested without Qt, and the writer only lays the
result out. Framework texts (role titles, skill names) come in the pack's language, whatever
language the app is showing, so a manager can print a Portuguese pack from an English window.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from cxcareer.service import texts
from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.company_identity import company_person, readable_meeting
from cxcareer.service.comparison import FLAG_DIFFERENCE, compare
from cxcareer.service.readiness_terms import explain_readiness
from cxcareer.store.errors import NotFound
from cxcareer.store.records import EvidenceRecord, MeetingRecord
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services
from cxcareer.store.services import people as people_services

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "FLAG_DIFFERENCE",
    "TOP_GAPS",
    "ActionLine",
    "ComparisonLine",
    "EvidenceLine",
    "GapLine",
    "MeetingNotes",
    "ReportContent",
    "TargetSection",
    "build_report",
]

#: How many gaps per target the pack lists (the widest first); the rest are counted.
TOP_GAPS = 5


@dataclass(frozen=True)
class GapLine:
    """A skill below what a target needs: ``have`` → ``need`` (``rated`` False: nobody rated
    it, ``have`` is 0 only for the arithmetic and the pack says "not rated")."""

    skill: str
    have: int
    need: int
    rated: bool = True

    @property
    def missing(self) -> int:
        """Levels still to grow."""
        return self.need - self.have


@dataclass(frozen=True)
class TargetSection:
    """One target role: readiness with its own numbers, top gaps and the best path to it.

    ``path`` is the route's role titles (current role first); ``None`` with ``path_reason``
    ``"here"`` (already in the role), ``"none"`` (no route) or ``"no-role"`` (no current role).
    """

    role: str
    readiness: float
    have_total: float
    need_total: float
    met: int
    requirements: int
    unrated: int
    """Required skills nobody rated yet (counted as 0 in ``readiness``)."""
    gaps: tuple[GapLine, ...]
    more_gaps: int
    path: tuple[str, ...] | None
    path_months: int
    path_moves: int
    path_reason: str


@dataclass(frozen=True)
class ComparisonLine:
    """One skill rated by both sides (None: not rated), the level needed, and its flag."""

    skill: str
    self_level: int | None
    manager_level: int | None
    needed: int
    flagged: bool
    difference: int | None


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence; ``kind`` and ``strength`` are the store's codes."""

    observed_on: date
    skill: str
    level: int
    kind: str
    strength: str
    text: str


@dataclass(frozen=True)
class ActionLine:
    """One open action; ``overdue`` when its due date is before the pack's day."""

    title: str
    skill: str
    owner: str
    due_on: date | None
    overdue: bool


@dataclass(frozen=True)
class MeetingNotes:
    """The latest one-to-one's notes; ``private`` is None unless private notes were asked for."""

    held_on: date
    author: str
    shared: str
    private: str | None


@dataclass(frozen=True)
class ReportContent:
    """Everything the pack prints, texts already in ``lang``."""

    lang: str
    today: date
    include_private: bool
    name: str
    email: str
    manager: str
    current_role: str
    targets: tuple[TargetSection, ...]
    comparison: tuple[ComparisonLine, ...]
    evidence: tuple[EvidenceLine, ...]
    evidence_since: date | None
    actions: tuple[ActionLine, ...]
    meeting: MeetingNotes | None


def build_report(
    app: CareerApp,
    person_id: str,
    *,
    lang: str = "en",
    include_private: bool = False,
    today: date | None = None,
) -> ReportContent:
    """Read one person and shape the pack's content in ``lang``.

    Safe on a worker thread: it opens its own short sessions and never changes ``app.lang``.
    Private notes of the latest meeting are read only when ``include_private`` is true (as
    ``cxcareer export --include-private`` does); otherwise they never leave the store.

    Raises:
        NotFound, AmbiguousName: no such person, or the name fits several.
    """
    language = texts.language(lang)
    day = today or datetime.now(UTC).date()
    view = dataclasses.replace(app.person_snapshot(person_id), lang=language)
    person = view.person
    with app.database.session() as session:
        meetings = meeting_services.list_meetings(session, person.id)
        latest = meetings[-1] if meetings else None
        if latest is not None and include_private:
            # The author prints their own notes; on a company server only the connected
            # person is anyone's author, and the server hands nobody else the note.
            me = company_person(app)
            viewer = me.name if me is not None else latest.author
            latest = meeting_services.get_meeting(session, latest.id, viewer=viewer)
        evidence = evidence_services.list_evidence(session, person.id)
        manager = _manager_name(session, person.manager_id)
    # "Since the last one-to-one" means the last one before the pack's day: a pack printed right
    # after today's meeting is saved still lists what that meeting discussed.
    earlier = [m.held_on for m in meetings if m.held_on < day]
    since = max(earlier) if earlier else None
    return ReportContent(
        lang=language,
        today=day,
        include_private=include_private,
        name=person.name,
        email=person.email or "",
        manager=manager,
        current_role=view.role_title(person.current_role) if person.current_role else "",
        targets=tuple(_target(view, target) for target in person.targets),
        comparison=_comparison(view),
        evidence=_evidence(view, evidence, since),
        evidence_since=since,
        actions=_actions(view, day),
        meeting=_notes(readable_meeting(latest, language) if latest else None, include_private),
    )


def _manager_name(session: Session, manager_id: str | None) -> str:
    """The manager's name; "" for nobody, or for a manager this login may not see (a company
    server hides an employee's manager)."""
    if manager_id is None:
        return ""
    try:
        return people_services.find_person(session, manager_id).name
    except NotFound:
        return ""


def _target(view: PersonSnapshot, role: str) -> TargetSection:
    explained = explain_readiness(view.framework, role, view.levels)
    # Measured gaps first (largest first); skills nobody rated after them, as on the Overview.
    missing = sorted(
        view.gaps[role].missing,
        key=lambda m: (not m.rated, -(m.need - m.have), view.skill_name(m.skill).casefold()),
    )
    gaps = tuple(
        GapLine(view.skill_name(m.skill), m.have, m.need, rated=m.rated) for m in missing[:TOP_GAPS]
    )
    current = view.person.current_role
    best = view.best_paths.get(role)
    if current is None:
        reason = "no-role"
    elif current == role:
        reason = "here"
    else:
        reason = "none" if best is None else ""
    return TargetSection(
        role=view.role_title(role),
        readiness=explained.readiness,
        have_total=explained.have_total,
        need_total=explained.need_total,
        met=explained.met_count,
        requirements=len(explained.terms),
        unrated=view.gaps[role].unrated,
        gaps=gaps,
        more_gaps=max(len(missing) - TOP_GAPS, 0),
        path=tuple(view.role_title(r) for r in best.roles) if best is not None else None,
        path_months=best.months if best is not None else 0,
        path_moves=best.moves if best is not None else 0,
        path_reason=reason,
    )


def _comparison(view: PersonSnapshot) -> tuple[ComparisonLine, ...]:
    return tuple(
        ComparisonLine(
            skill=view.skill_name(row.skill),
            self_level=row.self_level,
            manager_level=row.manager_level,
            needed=row.needed,
            flagged=row.flagged,
            difference=row.difference,
        )
        for row in compare(view)
        if row.self_level is not None or row.manager_level is not None or row.needed > 0
    )


def _evidence(
    view: PersonSnapshot, records: list[EvidenceRecord], since: date | None
) -> tuple[EvidenceLine, ...]:
    """Evidence observed after ``since`` (all of it when there was no meeting), newest first."""
    return tuple(
        EvidenceLine(
            observed_on=record.observed_on,
            skill=view.skill_name(record.skill),
            level=record.level,
            kind=record.kind.value,
            strength=record.strength.value,
            text=record.text,
        )
        for record in records
        if since is None or record.observed_on > since
    )


def _actions(view: PersonSnapshot, today: date) -> tuple[ActionLine, ...]:
    """Open actions, overdue first, then by due date (undated last)."""
    lines = [
        ActionLine(
            title=action.title,
            skill=view.skill_name(action.skill) if action.skill else "",
            owner=action.owner,
            due_on=action.due_on,
            overdue=action.due_on is not None and action.due_on < today,
        )
        for action in view.open_actions
    ]
    lines.sort(key=lambda a: (not a.overdue, a.due_on is None, a.due_on or today))
    return tuple(lines)


def _notes(meeting: MeetingRecord | None, include_private: bool) -> MeetingNotes | None:
    if meeting is None:
        return None
    private = (meeting.private_notes or "") if include_private else None
    return MeetingNotes(meeting.held_on, meeting.author, meeting.shared_notes, private)
