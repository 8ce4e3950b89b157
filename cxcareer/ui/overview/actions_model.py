"""The development plan's open actions, overdue ones first, as a table on the overview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.service.overview_rows import action_rows
from cxcareer.service.plan_rows import PlanRow
from cxcareer.ui.common import phrases
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["ACTION_ID", "ActionsModel"]

_Index = QModelIndex | QPersistentModelIndex
#: The action's id.
ACTION_ID = Qt.ItemDataRole.UserRole + 1


class ActionsModel(RowTableModel[PlanRow]):
    """Columns: action, skill it develops, role it aims at, due date (and how late)."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_view(self, view: PersonSnapshot | None, today: date | None = None) -> None:
        """Show the open actions of ``view`` as of ``today`` (default: the real today)."""
        with self.resetting():
            self._view = view
            self.replace_rows(action_rows(view, today or date.today()) if view is not None else ())

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Action"), self.tr("Skill"), self.tr("For role"), self.tr("Due"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ACTION_ID:
            return row.action.id
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._text(row, index.column())

    def _text(self, row: PlanRow, column: int) -> str:
        view = self._view
        assert view is not None
        action = row.action
        if column == 0:
            return action.title
        if column == 1:
            return view.skill_name(action.skill) if action.skill else ""
        if column == 2:
            return view.role_title(action.target_role) if action.target_role else ""
        if action.due_on is None:
            return self.tr("no date")
        due = format_date(action.due_on, view.lang)
        if row.overdue:
            return phrases.late_date(due, row.days_overdue, view.lang)
        return due
