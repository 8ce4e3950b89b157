"""The skills raised in a what-if, each from today's level to the imagined one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.app.career import PersonView
from cxcareer.app.what_if_plan import ChangeRow
from cxcareer.ui.overview.labels import level_change_tooltip

__all__ = ["SKILL_ID", "WhatIfChangesModel"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 3  # skill, today, what-if

#: The skill id of a row.
SKILL_ID = Qt.ItemDataRole.UserRole + 1


class WhatIfChangesModel(QAbstractTableModel):
    """Columns: skill, level today, imagined level."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonView | None = None
        self._rows: tuple[ChangeRow, ...] = ()

    def set_changes(self, view: PersonView | None, rows: tuple[ChangeRow, ...]) -> None:
        """Show ``rows`` (in the order the skills were raised)."""
        self.beginResetModel()
        self._view = view
        self._rows = rows if view is not None else ()
        self.endResetModel()

    def change(self, row: int) -> ChangeRow | None:
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
        headers = (self.tr("Skill"), self.tr("Today"), self.tr("What if"))
        return headers[section] if 0 <= section < _COLUMNS else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if not index.isValid() or view is None:
            return None
        change = self.change(index.row())
        if change is None:
            return None
        column = index.column()
        if role == SKILL_ID:
            return change.skill
        if role == Qt.ItemDataRole.ToolTipRole:
            return level_change_tooltip(view, change.have, change.level)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return view.skill_name(change.skill)
        return str(change.have if column == 1 else change.level)
