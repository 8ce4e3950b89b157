"""Evidence, development actions (with status times) and one-to-ones with carried-over actions."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cxcareer.store.database import Database
from cxcareer.store.records import ActionStatus, EvidenceKind, EvidenceStrength
from cxcareer.store.services import actions, evidence, meetings, people

T1 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2025, 3, 8, 9, 0, tzinfo=UTC)


def test_evidence_is_stored_and_listed_newest_first(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        evidence.add_evidence(
            s,
            pid,
            "communication",
            3,
            date(2025, 1, 5),
            EvidenceKind.WORK,
            EvidenceStrength.EXAMPLE,
            "Rewrote the refund macro",
        )
        evidence.add_evidence(
            s,
            pid,
            "crm-tools",
            2,
            date(2025, 2, 5),
            EvidenceKind.CERTIFICATION,
            EvidenceStrength.VERIFIED,
            "CRM admin cert",
            link="https://x.test/c",
        )
    with db.session() as s:
        listed = evidence.list_evidence(s, pid)
    assert [e.skill for e in listed] == ["crm-tools", "communication"]
    assert listed[0].link == "https://x.test/c"
    assert listed[0].strength is EvidenceStrength.VERIFIED


def test_action_lifecycle_records_times(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        act = actions.add_action(
            s,
            pid,
            "Shadow a team lead",
            "Ana",
            target_role="support-team-lead",
            due_on=date(2025, 6, 1),
            now=T1,
        )
        done = actions.set_action_status(s, act.id, ActionStatus.DONE, now=T2)
    assert done.completed_at == T2
    with db.session() as s:
        reopened = actions.set_action_status(s, act.id, ActionStatus.OPEN, now=T2)
        history = actions.status_history(s, act.id)
    assert reopened.completed_at is None
    assert history == [(ActionStatus.OPEN, T1), (ActionStatus.DONE, T2), (ActionStatus.OPEN, T2)]


def test_meetings_carry_open_actions_and_keep_private_notes_private(db: Database) -> None:
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
        a1 = actions.add_action(s, pid, "Read the QA guide", "Ana").id
        a2 = actions.add_action(s, pid, "Run a calibration", "Bo").id
        first = meetings.record_meeting(
            s,
            pid,
            date(2025, 3, 1),
            "Bo",
            shared_notes="Kick-off",
            private_notes="Watch workload",
            agreed_actions=[a1, a2],
        )
        actions.set_action_status(s, a1, ActionStatus.DONE)
        a3 = actions.add_action(s, pid, "Lead a stand-up", "Ana").id
        second = meetings.record_meeting(s, pid, date(2025, 3, 15), "Bo", agreed_actions=[a3])
    assert first.private_notes == "Watch workload"
    assert second.carried_over == (a2,)
    assert second.agreed == (a3,)
    with db.session() as s:
        as_other = meetings.get_meeting(s, first.id, viewer="Ana")
        as_author = meetings.get_meeting(s, first.id, viewer="Bo")
        counts = people.history_counts(s, pid)
    assert as_other.private_notes is None
    assert as_author.private_notes == "Watch workload"
    assert (counts.actions, counts.meetings) == (3, 2)
