"""The role's requirements as a table: your level against the level needed, with both meanings.

Why descriptors in the table: "3 → 4" says little; what level 4 of "Communication" looks like is
what a person and their manager talk about. Without a chosen person the "you" columns say so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cxcareer.app.role_detail import RequirementRow

__all__ = ["RequirementsModel"]

_Index = QModelIndex | QPersistentModelIndex


class RequirementsModel(QAbstractTableModel):
    """Columns: skill, needed level, what it means, your level, what yours means."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RequirementRow, ...] = ()
        self._level_names: dict[int, str] = {}

    def set_rows(self, rows: tuple[RequirementRow, ...], level_names: dict[int, str]) -> None:
        """Show ``rows``; ``level_names`` names each level of the scale."""
        self.beginResetModel()
        self._rows = rows
        self._level_names = dict(level_names)
        self.endResetModel()

    def row_at(self, row: int) -> RequirementRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Skill"),
            self.tr("Needed"),
            self.tr("What is needed"),
            self.tr("You"),
            self.tr("Where you are"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def _level(self, level: int) -> str:
        if level <= 0:
            return self.tr("0 · not yet")
        return f"{level} · {self._level_names.get(level, str(level))}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.met is False:
            return QColor("#a3261a")
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
            return self.tr("Not rated yet.")
        return row.have_text or self.tr("(no description)")
