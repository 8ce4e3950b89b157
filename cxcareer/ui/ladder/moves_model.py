"""Ways into or out of a role: the other role, the kind of move and its usual time.

Why a model per direction: each list is activated on its own (Enter or double-click opens the
other role), and the two read more naturally as "from where" and "to where" than as one table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.app.role_detail import RoleMove
from cxcareer.framework.model import MoveKind
from cxcareer.ui.overview.labels import months_text

__all__ = ["MovesModel"]

_Index = QModelIndex | QPersistentModelIndex


class MovesModel(QAbstractTableModel):
    """Columns: role, kind of move, usual time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moves: tuple[RoleMove, ...] = ()

    def set_moves(self, moves: tuple[RoleMove, ...]) -> None:
        self.beginResetModel()
        self._moves = moves
        self.endResetModel()

    def role_at(self, row: int) -> str | None:
        return self._moves[row].role if 0 <= row < len(self._moves) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._moves)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Role"), self.tr("Move"), self.tr("Usually takes")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._moves):
            return None
        move = self._moves[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return move.title
            if index.column() == 1:
                return (
                    self.tr("promotion") if move.kind is MoveKind.PROMOTION else self.tr("lateral")
                )
            return months_text(move.months)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Press Enter or double-click to open {role}.").format(role=move.title)
        return None
