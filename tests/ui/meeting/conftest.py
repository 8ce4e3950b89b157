"""One-to-one screen fixtures: Ana with a history before and after her last meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from cxcareer.store.records import (
    ActionStatus,
    AssessmentItemRecord,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
)
from cxcareer.store.services import actions as action_services
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import evidence as evidence_services
from cxcareer.store.services import meetings as meeting_services
from cxcareer.ui.controller import ProfileController

#: The manager who holds the meetings; the controller's app user, so private notes show.
MANAGER = "Bea Lima"


def at(day: date) -> datetime:
    return datetime.combine(day, time(14, 0, tzinfo=UTC))


@pytest.fixture
def meeting_controller(controller: ProfileController) -> ProfileController:
    """``controller`` with Ana's story: a meeting 14 days ago, things before and after it."""
    app = controller.app
    app.user = MANAGER
    ana = controller.person_id
    assert ana is not None
    today = date.today()
    last = today - timedelta(days=14)
    with app.database.session() as s:
        for day, level in ((today - timedelta(days=30), 2), (today - timedelta(days=3), 4)):
            assessment_services.add_assessment(
                s,
                ana,
                Assessor.SELF,
                "Ana Souza",
                [AssessmentItemRecord("communication", level)],
                assessed_at=at(day),
            )
        for day, text in (
            (today - timedelta(days=20), "Old praise"),
            (today - timedelta(days=2), "Customer thanked her by name"),
        ):
            evidence_services.add_evidence(
                s,
                ana,
                "communication",
                3,
                day,
                EvidenceKind.FEEDBACK,
                EvidenceStrength.EXAMPLE,
                text,
            )
        course = action_services.add_action(
            s,
            ana,
            "Take the de-escalation course",
            "Ana Souza",
            skill="communication",
            due_on=today - timedelta(days=1),
            now=at(today - timedelta(days=25)),
        )
        meeting_services.record_meeting(
            s,
            ana,
            last,
            MANAGER,
            shared_notes="Good first month.\nCourse agreed.",
            private_notes="Watch workload.",
            agreed_actions=[course.id],
        )
        action_services.add_action(
            s,
            ana,
            "Review ten tickets with a peer",
            "Ana Souza",
            now=at(today - timedelta(days=5)),
        )
        dropped = action_services.add_action(
            s, ana, "Old idea", "Ana Souza", now=at(today - timedelta(days=40))
        )
        action_services.set_action_status(
            s, dropped.id, ActionStatus.DROPPED, now=at(today - timedelta(days=35))
        )
    controller.refresh()
    return controller
