"""The import preview as a table: per kind of entry, how many the file holds, adds, updates.

Why a table: a manager deciding whether to import wants to see at a glance that, say, one
rating and one one-to-one are new and nothing of theirs is overwritten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.app.bundle_preview import BundlePreview, KindChange
from cxcareer.ui.sharing.labels import kind_label

__all__ = ["PreviewModel"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 4  # kind, in the file, new, updated
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


class PreviewModel(QAbstractTableModel):
    """One row per kind of entry; numbers right-aligned."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[KindChange, ...] = ()

    def set_preview(self, preview: BundlePreview | None) -> None:
        """Show the counts of ``preview`` (None: an empty table)."""
        self.beginResetModel()
        self._rows = preview.changes if preview is not None else ()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            0: self.tr("Kind"),
            1: self.tr("In the file"),
            2: self.tr("New here"),
            3: self.tr("Updated here"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in _TEXT_ROLES:
            return None
        if column == 0:
            return kind_label(row.kind)
        number = {1: row.in_bundle, 2: row.added, 3: row.updated}.get(column)
        if number is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number)
        header = self.headerData(column, Qt.Orientation.Horizontal)
        return f"{kind_label(row.kind)}, {header}: {number}"
