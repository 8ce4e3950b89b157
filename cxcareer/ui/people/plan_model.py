"""The development plan as a table: action, owner, due date, skill, target role, status.

Why overdue rows use an icon, bold text and the word "overdue": a late action has to stand out
on any screen and for any eyes, not only through a colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.service.plan_rows import PlanRow
from cxcareer.service.texts import say_count
from cxcareer.store.records import ActionStatus
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.people.labels import status_label

__all__ = ["ACTION_ID_ROLE", "OVERDUE_ROLE", "PlanColumn", "PlanModel"]

#: The action's id.
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on open actions past their due date.
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class PlanColumn:
    TITLE = 0
    OWNER = 1
    DUE = 2
    SKILL = 3
    ROLE = 4
    STATUS = 5
    COUNT = 6


class PlanModel(RowTableModel[PlanRow]):
    """Rows of :func:`cxcareer.service.plan_rows.plan_rows`."""

    COLUMNS = PlanColumn.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_rows(self, view: PersonSnapshot | None, rows: Sequence[PlanRow]) -> None:
        with self.resetting():
            self._view = view
            self.replace_rows(rows if view is not None else ())

    def plan_row(self, row: int) -> PlanRow | None:
        return self.row_at(row)

    def row_of(self, action_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.action.id == action_id), -1)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Skill"),
            self.tr("Target role"),
            self.tr("Status"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        row = self.plan_row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ACTION_ID_ROLE:
            return row.action.id
        if role == OVERDUE_ROLE:
            return row.overdue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.FontRole and (row.overdue or not row.is_open):
            font = QFont()
            font.setBold(row.overdue)
            font.setStrikeOut(row.action.status is ActionStatus.DROPPED)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == PlanColumn.STATUS:
            style = QApplication.style()
            if row.overdue:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if row.action.status is ActionStatus.DONE:
                return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == Qt.ItemDataRole.ToolTipRole and column == PlanColumn.TITLE:
            return row.action.title
        return None

    def _text(self, row: PlanRow, column: int) -> str | None:
        view = self._view
        assert view is not None
        action = row.action
        if column == PlanColumn.TITLE:
            return action.title
        if column == PlanColumn.OWNER:
            return action.owner
        if column == PlanColumn.DUE:
            return format_date(action.due_on, view.lang) if action.due_on else "—"
        if column == PlanColumn.SKILL:
            return view.skill_name(action.skill) if action.skill else "—"
        if column == PlanColumn.ROLE:
            return view.role_title(action.target_role) if action.target_role else "—"
        if column == PlanColumn.STATUS:
            if row.overdue:
                late = say_count("count_days_late", row.days_overdue, view.lang)
                return self.tr("{status} — {late}").format(
                    status=status_label(action.status), late=late
                )
            if action.completed_at is not None and not row.is_open:
                when = format_date(action.completed_at, view.lang)
                return self.tr("{0} on {1}").format(status_label(action.status), when)
            return status_label(action.status)
        return None
