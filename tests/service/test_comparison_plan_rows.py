"""Development plan rows: overdue marking and order, on real actions."""

from __future__ import annotations

from datetime import date, timedelta

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.plan_rows import plan_rows
from cxcareer.store.records import ActionStatus


def test_overdue_first_then_by_due_date_closed_last(career_app: CareerApp) -> None:
    pid = career_app.create_person("Ana", current_role="support-representative").value.id
    today = date(2025, 6, 10)
    later = development.add_action(
        career_app, pid, "Later", "Ana", due_on=today + timedelta(days=5)
    ).value
    undated = development.add_action(career_app, pid, "Undated", "Ana").value
    late = development.add_action(
        career_app, pid, "Late", "Ana", due_on=today - timedelta(days=3), skill="communication"
    ).value
    due_today = development.add_action(career_app, pid, "Today", "Ana", due_on=today).value
    finished = development.add_action(
        career_app, pid, "Finished", "Ana", due_on=today - timedelta(days=30)
    ).value
    development.set_action_status(career_app, finished.id, ActionStatus.DONE)

    rows = plan_rows(development.list_actions(career_app, pid), today)
    assert [row.action.title for row in rows] == ["Late", "Today", "Later", "Undated", "Finished"]
    by_id = {row.action.id: row for row in rows}
    assert by_id[late.id].overdue
    assert by_id[late.id].days_overdue == 3
    assert not by_id[due_today.id].overdue
    assert not by_id[later.id].overdue
    assert not by_id[undated.id].overdue
    assert not by_id[finished.id].overdue, "a finished action is never overdue"

    open_only = plan_rows(development.list_actions(career_app, pid), today, include_closed=False)
    assert "Finished" not in [row.action.title for row in open_only]


def test_done_keeps_due_date_and_records_completion(career_app: CareerApp) -> None:
    pid = career_app.create_person("Ana").value.id
    action = development.add_action(career_app, pid, "Course", "Ana", due_on=date(2025, 1, 1)).value
    done = development.set_action_status(career_app, action.id, ActionStatus.DONE).value
    assert done.due_on == date(2025, 1, 1)
    assert done.completed_at is not None
    assert done.completed_at >= action.created_at
    reopened = development.set_action_status(career_app, action.id, ActionStatus.OPEN).value
    assert reopened.completed_at is None
    assert reopened.due_on == date(2025, 1, 1)
