"""The development plan as rows: which actions are overdue and the order they are listed in.

Why here: "overdue" depends on today's date and on the status (a finished action is never
overdue, however late it was), and the list order — overdue first, then by due date, closed
ones last — is a rule worth testing without a window or a clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from cxcareer.store.records import ActionRecord, ActionStatus

__all__ = ["PlanRow", "plan_rows"]


@dataclass(frozen=True)
class PlanRow:
    """An action and, on ``today``, whether it is overdue and by how many days."""

    action: ActionRecord
    overdue: bool
    days_overdue: int

    @property
    def is_open(self) -> bool:
        return self.action.status is ActionStatus.OPEN


def plan_rows(
    actions: Iterable[ActionRecord], today: date, *, include_closed: bool = True
) -> list[PlanRow]:
    """Rows on ``today``: open actions first (overdue, then by due date, undated last), then
    done and dropped ones, most recently closed first."""
    rows = []
    for action in actions:
        is_open = action.status is ActionStatus.OPEN
        if not is_open and not include_closed:
            continue
        late = (today - action.due_on).days if is_open and action.due_on is not None else 0
        rows.append(PlanRow(action, late > 0, max(late, 0)))

    def key(row: PlanRow) -> tuple[object, ...]:
        action = row.action
        if row.is_open:
            return (
                0,
                not row.overdue,
                action.due_on is None,
                action.due_on or date.max,
                action.created_at,
            )
        closed = action.completed_at or action.created_at
        return (1, False, False, date.max, -_stamp(closed))

    return sorted(rows, key=key)


def _stamp(moment: datetime) -> float:
    return moment.timestamp()
