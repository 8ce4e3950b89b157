"""Roles whose readiness a what-if would move: now → after, and which would be newly ready."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.app.career import PersonView
from cxcareer.app.what_if_plan import WhatIfResult, WhatIfRow
from cxcareer.ui.overview.labels import percent_text

__all__ = ["ROLE_ID", "WhatIfModel"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 4  # role, now, what-if, note

#: The role id of a row.
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class WhatIfModel(QAbstractTableModel):
    """Columns: role, readiness now, readiness with the what-if, note (newly ready, target...).

    Rows keep the engine's order: highest readiness after the change first.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonView | None = None
        self._rows: tuple[WhatIfRow, ...] = ()

    def set_result(self, view: PersonView | None, result: WhatIfResult | None) -> None:
        """Show ``result`` (None: no what-if yet)."""
        self.beginResetModel()
        self._view = view
        self._rows = result.rows if view is not None and result is not None else ()
        self.endResetModel()

    def row_at(self, row: int) -> WhatIfRow | None:
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
        headers = (self.tr("Role"), self.tr("Now"), self.tr("What if"), self.tr("Note"))
        return headers[section] if 0 <= section < _COLUMNS else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if not index.isValid() or view is None:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ROLE_ID:
            return row.role
        if role == Qt.ItemDataRole.FontRole and row.newly_ready:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return view.role_title(row.role)
        if column == 1:
            return percent_text(row.before)
        if column == 2:
            return percent_text(row.after)
        return self._note(row)

    def _note(self, row: WhatIfRow) -> str:
        notes = []
        if row.newly_ready:
            notes.append(self.tr("newly ready"))
        if row.is_target:
            notes.append(self.tr("a target"))
        if row.is_next_move:
            notes.append(self.tr("a next move"))
        return ", ".join(notes)
