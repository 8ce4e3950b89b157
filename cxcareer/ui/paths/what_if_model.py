"""Roles whose readiness a what-if would move: now → after, and which would be newly ready."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import percent
from cxcareer.service.what_if_plan import WhatIfResult, WhatIfRow
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["ROLE_ID", "WhatIfModel"]

_Index = QModelIndex | QPersistentModelIndex
#: The role id of a row.
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class WhatIfModel(RowTableModel[WhatIfRow]):
    """Columns: role, readiness now, readiness with the what-if, note (newly ready, target...).

    Rows keep the engine's order: highest readiness after the change first.
    """

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_result(self, view: PersonSnapshot | None, result: WhatIfResult | None) -> None:
        """Show ``result`` (None: no what-if yet)."""
        with self.resetting():
            self._view = view
            self.replace_rows(result.rows if view is not None and result is not None else ())

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Role"), self.tr("Now"), self.tr("What if"), self.tr("Note"))

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
            return percent(row.before, view.lang)
        if column == 2:
            return percent(row.after, view.lang)
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
