"""Ways into or out of a role: the other role, the kind of move and its usual time.

Why a model per direction: each list is activated on its own (Enter or double-click opens the
other role), and the two read more naturally as "from where" and "to where" than as one table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from cxcareer.framework.model import MoveKind
from cxcareer.service.formats import format_months
from cxcareer.service.role_detail import RoleMove
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["MovesModel"]

_Index = QModelIndex | QPersistentModelIndex


class MovesModel(RowTableModel[RoleMove]):
    """Columns: role, kind of move, usual time."""

    COLUMNS = 3

    def set_moves(self, moves: tuple[RoleMove, ...]) -> None:
        self.replace_rows(moves)

    def role_at(self, row: int) -> str | None:
        move = self.row_at(row)
        return move.role if move is not None else None

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Role"), self.tr("Move"), self.tr("Usually takes"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        move = self.row_for(index)
        if move is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return move.title
            if index.column() == 1:
                return (
                    self.tr("promotion") if move.kind is MoveKind.PROMOTION else self.tr("lateral")
                )
            return format_months(move.months, current_language())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Press Enter or double-click to open {role}.").format(role=move.title)
        return None
