"""The import preview as a table: per kind of entry, how many the file holds, adds, updates.

Why a table: a manager deciding whether to import wants to see at a glance that, say, one
rating and one one-to-one are new and nothing of theirs is overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from cxcareer.service.bundle_preview import BundlePreview, KindChange
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.sharing.labels import kind_label

__all__ = ["PreviewModel"]

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


class PreviewModel(RowTableModel[KindChange]):
    """One row per kind of entry (kind, in the file, new, updated); numbers right-aligned."""

    COLUMNS = 4

    def set_preview(self, preview: BundlePreview | None) -> None:
        """Show the counts of ``preview`` (None: an empty table)."""
        self.replace_rows(preview.changes if preview is not None else ())

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Kind"),
            self.tr("In the file"),
            self.tr("New here"),
            self.tr("Updated here"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
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
