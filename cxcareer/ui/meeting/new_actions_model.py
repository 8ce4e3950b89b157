"""Actions agreed in the meeting that is being written, before it is saved.

Why they wait here: nothing is stored until the meeting is saved, so the actions and the
meeting that agreed them go into the database together (or not at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.app.career import PersonView
from cxcareer.app.meeting_rows import NewAction
from cxcareer.ui.people.labels import date_text

__all__ = ["NewActionColumn", "NewActionsModel"]

_Index = QModelIndex | QPersistentModelIndex


class NewActionColumn:
    TITLE = 0
    OWNER = 1
    DUE = 2
    COUNT = 3


class NewActionsModel(QAbstractTableModel):
    """The agreed actions, in the order they were added."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonView | None = None
        self._actions: list[NewAction] = []

    def set_view(self, view: PersonView | None) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    def set_actions(self, actions: Sequence[NewAction]) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def actions(self) -> list[NewAction]:
        return list(self._actions)

    def append(self, action: NewAction) -> None:
        row = len(self._actions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._actions.append(action)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._actions):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._actions[row]
        self.endRemoveRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NewActionColumn.COUNT - 1)
        if self._actions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._actions) - 1, NewActionColumn.COUNT - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NewActionColumn.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            NewActionColumn.TITLE: self.tr("Action"),
            NewActionColumn.OWNER: self.tr("Owner"),
            NewActionColumn.DUE: self.tr("Due"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actions):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        action = self._actions[index.row()]
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
            return date_text(action.due_on, lang) if action.due_on else "—"
        return None
