"""The role's requirements as a table: your level against the level needed, with both meanings.

Why descriptors in the table: "3 → 4" says little; what level 4 of "Communication" looks like is
what a person and their manager talk about. Without a chosen person the "you" columns say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.role_detail import RequirementRow
from cxcareer.ui.common import phrases
from cxcareer.ui.common.palette import colour, current_palette
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["RequirementsModel"]

_Index = QModelIndex | QPersistentModelIndex


class RequirementsModel(RowTableModel[RequirementRow]):
    """Columns: skill, needed level, what it means, your level, what yours means."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._level_names: dict[int, str] = {}

    def set_rows(self, rows: tuple[RequirementRow, ...], level_names: dict[int, str]) -> None:
        """Show ``rows``; ``level_names`` names each level of the scale."""
        with self.resetting():
            self._level_names = dict(level_names)
            self.replace_rows(rows)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Skill"),
            self.tr("Needed"),
            self.tr("What is needed"),
            self.tr("You"),
            self.tr("Where you are"),
        )

    def _level(self, level: int) -> str:
        return phrases.level_label(level, self._level_names.get(level, str(level)))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.met is False:
            return colour(current_palette().error)
        return None

    def _text(self, row: RequirementRow, column: int) -> str:
        if column == 0:
            if row.weight != 1.0:
                return self.tr("{skill} (weight {weight:g})").format(
                    skill=row.name, weight=row.weight
                )
            return row.name
        if column == 1:
            return self._level(row.need)
        if column == 2:
            return row.need_text or self.tr("(no description)")
        if column == 3:
            if row.have is None:
                return self.tr("no person chosen")
            mark = self.tr("met") if row.met else self.tr("below")
            return f"{self._level(row.have)} ({mark})"
        if row.have is None:
            return ""
        if row.have <= 0:
            return phrases.not_rated_yet()
        return row.have_text or self.tr("(no description)")
