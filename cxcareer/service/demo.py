"""The throw-away sample team behind ``cxcareer --demo``.

Why it exists: a first look at the app on an empty database shows empty screens. The demo fills
a fresh file with a manager, her own director and four people she manages, at different stages
— ratings by themselves and by their manager at several dates over most of a year (so history
charts have a shape, and one view two levels from the other is flagged), evidence, plan actions
(some overdue, some done) and one-to-ones — so every screen has something true to show, on the
manager's own profile as on her team's.

The team itself is data (``resources/demo/team.yaml``, read by
:mod:`cxcareer.service.demo_team`). Everything goes through the store's services in one
transaction, dated back from ``today``, so the same call always builds the same team (only the
generated ids differ).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from cxcareer.service.career import CareerApp
from cxcareer.service.demo_team import PersonSpec, load_demo_team
from cxcareer.store.records import (
    ActionStatus,
    AssessmentItemRecord,
    Assessor,
    PersonRecord,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services
from cxcareer.store.services import people as people_services

__all__ = ["DemoTeam", "create_demo", "demo_database_path", "levels_on"]

#: Ratings, actions and meetings are stamped at this time of day (UTC), for stable ordering.
_STAMP = time(14, 0, tzinfo=UTC)


@dataclass(frozen=True)
class DemoTeam:
    """What :func:`create_demo` added: the manager, her four reports, her own manager
    (``director``, None when the team file has none) and the day it was built."""

    manager: PersonRecord
    members: tuple[PersonRecord, ...]
    today: date
    director: PersonRecord | None = None

    @property
    def everyone(self) -> tuple[PersonRecord, ...]:
        """The director (if any), the manager, then the reports."""
        above = (self.director,) if self.director is not None else ()
        return (*above, self.manager, *self.members)


def demo_database_path() -> Path:
    """A fresh, private path for a demo database (its folder is new and readable only by you).

    The file itself does not exist yet; whoever opens it removes the file and the folder when
    done.
    """
    folder = Path(tempfile.mkdtemp(prefix="cxcareer-demo-"))
    return folder / "cxcareer-demo.db"


def create_demo(app: CareerApp, *, today: date | None = None, lang: str | None = None) -> DemoTeam:
    """Fill an empty database with the sample team.

    Args:
        app: the open database (its built-in framework is stored when missing).
        today: the day the story ends; ratings, evidence, actions and meetings are dated back
            from it (default: the current UTC date).
        lang: language of the free texts (evidence, actions, meeting notes); default
            ``app.lang``.

    Raises:
        ValueError: the database already holds people — the demo never mixes with real data.
    """
    day = today or datetime.now(UTC).date()
    language = lang or app.lang
    with app.database.session() as session:
        if people_services.list_people(session, include_archived=True):
            raise ValueError("the demo team goes into an empty database")
        script = load_demo_team()
        director = (
            _add_person(session, script.director, None, day, language)
            if script.director is not None
            else None
        )
        manager = _add_person(session, script.manager, director, day, language)
        members = tuple(
            _add_person(session, spec, manager, day, language) for spec in script.members
        )
        manager = people_services.find_person(session, manager.id)
    return DemoTeam(manager=manager, members=members, today=day, director=director)


def levels_on(spec: PersonSpec, step: int, steps: int) -> dict[str, int]:
    """Levels of ``spec`` at rating ``step`` of ``steps``: ``start`` at 0, ``now`` at the last.

    Each skill moves evenly (rounded half up) so charts climb rather than jump.
    """
    if steps <= 1:
        return dict(spec.now)
    levels = {}
    for skill, end in spec.now.items():
        begin = spec.start.get(skill, end)
        levels[skill] = begin + ((end - begin) * step * 2 + (steps - 1)) // (2 * (steps - 1))
    return levels


def _at(today: date, days_ago: int) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), _STAMP)


def _add_person(
    session: Session,
    spec: PersonSpec,
    manager: PersonRecord | None,
    today: date,
    lang: str,
) -> PersonRecord:
    person = people_services.create_person(
        session,
        spec.name,
        email=spec.email,
        current_role=spec.role,
        targets=spec.targets,
        manager=manager.id if manager is not None else None,
    )
    _add_ratings(session, person, spec, manager, today, lang)
    for item in spec.evidence:
        evidence_services.add_evidence(
            session,
            person.id,
            item.skill,
            item.level,
            today - timedelta(days=item.days_ago),
            item.kind,
            item.strength,
            item.text.get(lang),
        )
    if manager is not None:
        _add_plan_and_meetings(session, person, spec, manager, today, lang)
    return person


def _add_ratings(
    session: Session,
    person: PersonRecord,
    spec: PersonSpec,
    manager: PersonRecord | None,
    today: date,
    lang: str,
) -> None:
    for step, days in enumerate(spec.self_days):
        levels = levels_on(spec, step, len(spec.self_days))
        items = [AssessmentItemRecord(skill, level) for skill, level in levels.items()]
        assessment_services.add_assessment(
            session, person.id, Assessor.SELF, spec.name, items, assessed_at=_at(today, days)
        )
    if manager is None:
        return
    last = len(spec.manager_days) - 1
    for step, days in enumerate(spec.manager_days):
        levels = levels_on(spec, step, len(spec.manager_days))
        items = []
        for skill, level in levels.items():
            seen = min(7, max(0, level + spec.manager_delta.get(skill, 0)))
            comment = spec.manager_comments.get(skill) if step == last else None
            items.append(AssessmentItemRecord(skill, seen, comment.get(lang) if comment else None))
        assessment_services.add_assessment(
            session,
            person.id,
            Assessor.MANAGER,
            manager.name,
            items,
            assessed_at=_at(today, days),
        )


def _add_plan_and_meetings(
    session: Session,
    person: PersonRecord,
    spec: PersonSpec,
    manager: PersonRecord,
    today: date,
    lang: str,
) -> None:
    action_ids = []
    for action in spec.actions:
        record = action_services.add_action(
            session,
            person.id,
            action.title.get(lang),
            spec.name,
            skill=action.skill,
            target_role=action.target_role,
            due_on=today + timedelta(days=action.due_in) if action.due_in is not None else None,
            now=_at(today, action.created_days_ago),
        )
        action_ids.append(record.id)
    finished = {
        action_ids[index]: action.done_days_ago
        for index, action in enumerate(spec.actions)
        if action.done_days_ago is not None
    }

    def finish_until(days_ago: int) -> None:
        # Actions finished before a meeting are not carried over into it.
        for action_id, done in list(finished.items()):
            if done >= days_ago:
                action_services.set_action_status(
                    session, action_id, ActionStatus.DONE, now=_at(today, done)
                )
                del finished[action_id]

    for meeting in sorted(spec.meetings, key=lambda m: -m.days_ago):
        finish_until(meeting.days_ago)
        meeting_services.record_meeting(
            session,
            person.id,
            today - timedelta(days=meeting.days_ago),
            manager.name,
            shared_notes=meeting.shared.get(lang),
            private_notes=meeting.private.get(lang),
            agreed_actions=[action_ids[index] for index in meeting.agreed],
        )
    finish_until(0)
