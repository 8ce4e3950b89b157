"""One skill's rating history: every self and manager rating, newest first, with comments.

Why both sides in one list: the point of keeping both histories is seeing how the two views
moved relative to each other; interleaving them by date shows exactly that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.career import PersonSnapshot, RatingPoint
from cxcareer.service.formats import format_date
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.people.labels import assessor_label, level_text

__all__ = ["HistoryModel"]

_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(RowTableModel[RatingPoint]):
    """Ratings of one skill; columns: date, who, level, comment."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_points(self, view: PersonSnapshot | None, points: Sequence[RatingPoint]) -> None:
        """Show ``points`` (given oldest first, as :meth:`CareerApp.history` returns them)."""
        with self.resetting():
            self._view = view
            self.replace_rows(reversed(points) if view is not None else ())

    def point(self, row: int) -> RatingPoint | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("By"), self.tr("Level"), self.tr("Comment"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        point = self.point(index.row())
        if point is None:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if column == 0:
            return format_date(point.assessed_at, self._view.lang)
        if column == 1:
            who = assessor_label(point.assessor)
            return f"{who} ({point.assessor_name})" if point.assessor_name else who
        if column == 2:
            return level_text(self._view, point.level)
        if column == 3:
            return point.comment or ("" if role == Qt.ItemDataRole.DisplayRole else None)
        return None
