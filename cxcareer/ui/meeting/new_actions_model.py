"""Actions agreed in the meeting that is being written, before it is saved.

Why they wait here: nothing is stored until the meeting is saved, so the actions and the
meeting that agreed them go into the database together (or not at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_rows import NewAction
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["NewActionColumn", "NewActionsModel"]

_Index = QModelIndex | QPersistentModelIndex


class NewActionColumn:
    TITLE = 0
    OWNER = 1
    DUE = 2
    COUNT = 3


class NewActionsModel(RowTableModel[NewAction]):
    """The agreed actions, in the order they were added."""

    COLUMNS = NewActionColumn.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_view(self, view: PersonSnapshot | None) -> None:
        with self.resetting():
            self._view = view

    def set_actions(self, actions: Sequence[NewAction]) -> None:
        self.replace_rows(actions)

    def actions(self) -> list[NewAction]:
        return self.rows()

    def append(self, action: NewAction) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(action)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Action"), self.tr("Owner"), self.tr("Due"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.row_for(index)
        if action is None:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if column == NewActionColumn.TITLE:
            if action.skill is None:
                return action.title
            skill = self._view.skill_name(action.skill) if self._view else action.skill
            return f"{action.title}\n{skill}"
        if column == NewActionColumn.OWNER:
            return action.owner
        lang = self._view.lang if self._view is not None else "en"
        if column == NewActionColumn.DUE:
            return format_date(action.due_on, lang) if action.due_on else "—"
        return None
