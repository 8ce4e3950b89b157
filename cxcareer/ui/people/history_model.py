"""One skill's rating history: every self and manager rating, newest first, with comments.

Why both sides in one list: the point of keeping both histories is seeing how the two views
moved relative to each other; interleaving them by date shows exactly that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.app.career import PersonView, RatingPoint
from cxcareer.ui.people.labels import assessor_label, date_text, level_text

__all__ = ["HistoryModel"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 4  # when, who, level, comment


class HistoryModel(QAbstractTableModel):
    """Ratings of one skill; columns: date, who, level, comment."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points: list[RatingPoint] = []
        self._view: PersonView | None = None

    def set_points(self, view: PersonView | None, points: Sequence[RatingPoint]) -> None:
        """Show ``points`` (given oldest first, as :meth:`CareerApp.history` returns them)."""
        self.beginResetModel()
        self._view = view
        self._points = list(reversed(points)) if view is not None else []
        self.endResetModel()

    def point(self, row: int) -> RatingPoint | None:
        return self._points[row] if 0 <= row < len(self._points) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        if self._points:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._points) - 1, 3))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            0: self.tr("Date"),
            1: self.tr("By"),
            2: self.tr("Level"),
            3: self.tr("Comment"),
        }.get(section)

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
            return date_text(point.assessed_at.date(), self._view.lang)
        if column == 1:
            who = assessor_label(point.assessor)
            return f"{who} ({point.assessor_name})" if point.assessor_name else who
        if column == 2:
            return level_text(self._view, point.level)
        if column == 3:
            return point.comment or ("" if role == Qt.ItemDataRole.DisplayRole else None)
        return None
