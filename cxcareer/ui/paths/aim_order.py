"""The Paths screen's aim list in the order a person looks for a goal: reachable roles first.

Why a proxy over the role list every role picker shows (``RolesModel``): the rows keep the
same text ("Title (Track, level N)"); only the order differs, taken from the service
(:func:`cxcareer.service.path_options.aim_options`: fewest moves first, the current role left
out, the roles no route reaches last and marked).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cxcareer.ui.overview.roles_model import ROLE_ID

__all__ = ["AimOrder"]

_Index = QModelIndex | QPersistentModelIndex


class AimOrder(QSortFilterProxyModel):
    """Roles in the order given by :meth:`set_order`; roles not in it are left out; a role no
    chain of moves reaches says so after its title (choosing it would only show "No route
    leads…")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rank: dict[str, int] = {}
        self._unreachable: frozenset[str] = frozenset()

    def set_order(self, roles: Sequence[str], unreachable: Sequence[str] = ()) -> None:
        """Show ``roles``, in this order; ``unreachable`` are marked as such."""
        self._rank = {role: position for position, role in enumerate(roles)}
        self._unreachable = frozenset(unreachable)
        self.invalidate()
        self.sort(0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.data(ROLE_ID) in self._unreachable:
            return self.tr("{role} · no route from here").format(role=shown)
        return shown

    def role_at(self, row: int) -> str | None:
        """The role id of ``row`` (None: no such row)."""
        if not 0 <= row < self.rowCount():
            return None
        found = self.index(row, 0).data(ROLE_ID)
        return str(found) if found is not None else None

    def row_of(self, role_id: str | None) -> int:
        """The row showing ``role_id`` (-1: not offered)."""
        return next((row for row in range(self.rowCount()) if self.role_at(row) == role_id), -1)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        role = model.index(source_row, 0, source_parent).data(ROLE_ID)
        return role in self._rank

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return self._rank.get(left.data(ROLE_ID), 0) < self._rank.get(right.data(ROLE_ID), 0)
