"""Targets and the other next moves in one compact table, under the recommended move.

Why one table: the overview used to show two near-duplicate trees (targets, next moves) with the
same columns and the same missing skills. One list says the same with less to read; the skills
themselves are on the card above and on the Skills screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months
from cxcareer.service.overview_rows import MoveRow, Recommendation, move_rows
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.texts import say_count
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.overview.labels import kind_text

__all__ = ["ROLE_ID", "SORT_VALUE", "MovesModel"]

_Index = QModelIndex | QPersistentModelIndex

#: The role id of a row.
ROLE_ID = Qt.ItemDataRole.UserRole + 1
#: The readiness of a row (None for a role without requirements), for sorting and tests.
SORT_VALUE = Qt.ItemDataRole.UserRole + 2


class MovesModel(RowTableModel[MoveRow]):
    """Columns: role, readiness, what the move is (target, promotion…) and its typical time."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_view(self, view: PersonSnapshot | None, leading: Recommendation | None) -> None:
        """List ``view``'s targets and next moves except ``leading`` (None: nobody selected)."""
        with self.resetting():
            self._view = view
            self.replace_rows(move_rows(view, leading) if view is not None else ())

    def role_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.role if found is not None else None

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Role"), self.tr("Readiness"), self.tr("Move and typical time"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        row = self.row_at(index.row()) if index.isValid() else None
        if view is None or row is None:
            return None
        if role == ROLE_ID:
            return row.role
        if role == SORT_VALUE:
            return row.readiness if row.requirements else None
        if role == Qt.ItemDataRole.FontRole and row.is_target and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Press Enter or double-click to show it on the ladder.")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self._text(view, row, index.column())

    def _text(self, view: PersonSnapshot, row: MoveRow, column: int) -> str:
        if column == 0:
            return view.role_title(row.role)
        if column == 1:
            return readiness_label(row, view.lang, short=True)
        parts: list[str] = [self.tr("Target")] if row.is_target else []
        if row.kind is not None:
            parts.append(kind_text(row.kind))
        elif row.moves:
            parts.append(say_count("count_moves", row.moves, view.lang))
        if row.months:
            parts.append(format_months(row.months, view.lang))
        return " · ".join(parts)
