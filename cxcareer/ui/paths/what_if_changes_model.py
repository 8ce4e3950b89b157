"""The skills raised in a what-if, each from today's level to the imagined one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.what_if_plan import ChangeRow
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.overview.labels import level_change_tooltip

__all__ = ["SKILL_ID", "WhatIfChangesModel"]

_Index = QModelIndex | QPersistentModelIndex
#: The skill id of a row.
SKILL_ID = Qt.ItemDataRole.UserRole + 1


class WhatIfChangesModel(RowTableModel[ChangeRow]):
    """Columns: skill, level today, imagined level."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_changes(self, view: PersonSnapshot | None, rows: tuple[ChangeRow, ...]) -> None:
        """Show ``rows`` (in the order the skills were raised)."""
        with self.resetting():
            self._view = view
            self.replace_rows(rows if view is not None else ())

    def change(self, row: int) -> ChangeRow | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Skill"), self.tr("Today"), self.tr("What if"))

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
