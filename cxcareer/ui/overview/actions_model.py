"""The development plan's open actions, overdue ones first, as a table on the overview."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.app.career import PersonView
from cxcareer.app.overview_rows import action_rows
from cxcareer.app.plan_rows import PlanRow
from cxcareer.ui.overview.labels import date_text, days_late_text

__all__ = ["ACTION_ID", "ActionsModel"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 4  # action, skill, role, due

#: The action's id.
ACTION_ID = Qt.ItemDataRole.UserRole + 1


class ActionsModel(QAbstractTableModel):
    """Columns: action, skill it develops, role it aims at, due date (and how late)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonView | None = None
        self._rows: list[PlanRow] = []

    def set_view(self, view: PersonView | None, today: date | None = None) -> None:
        """Show the open actions of ``view`` as of ``today`` (default: the real today)."""
        self.beginResetModel()
        self._view = view
        self._rows = action_rows(view, today or date.today()) if view is not None else []
        self.endResetModel()

    def row_at(self, row: int) -> PlanRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Action"), self.tr("Skill"), self.tr("For role"), self.tr("Due"))
        return headers[section] if 0 <= section < _COLUMNS else None

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
        due = date_text(action.due_on, view.lang)
        if row.overdue:
            late = days_late_text(row.days_overdue)
            return self.tr("{date} ({late})").format(date=due, late=late)
        return due
