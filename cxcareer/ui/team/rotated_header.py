"""A table header that writes skill names upwards, so a heat-map column stays one cell wide.

Why: the team view has one column per skill; written horizontally, a name such as
"Knowledge management systems" makes its column ten times wider than the number under it, and
a team of ten skills no longer fits the window. Rotated names keep the grid compact, as heat
maps usually are. The first ``flat_columns`` (person, role, aim, readiness) stay horizontal.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

__all__ = ["RotatedHeader"]

_PAD = 8
_LONGEST = 150
"""Rotated titles longer than this many pixels wrap onto a second (third…) line."""


class RotatedHeader(QHeaderView):
    """A horizontal header whose columns from ``flat_columns`` on show their titles rotated."""

    def __init__(self, flat_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._flat = flat_columns
        self.setSectionsClickable(True)
        self.setHighlightSections(False)

    def _title(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(logical, Qt.Orientation.Horizontal)
        return " ".join(str(value or "").split())

    def _lines(self, logical: int) -> list[str]:
        """The title broken into lines of at most ``_LONGEST`` pixels where words allow."""
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._title(logical).split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= _LONGEST:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def sectionSizeFromContents(self, logical: int) -> QSize:
        """Rotated sections are as wide as their lines of text and as tall as the longest."""
        if logical < self._flat:
            return super().sectionSizeFromContents(logical)
        metrics = self.fontMetrics()
        lines = self._lines(logical)
        sort_room = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        return QSize(
            metrics.lineSpacing() * len(lines) + 2 * _PAD,
            max(metrics.horizontalAdvance(line) for line in lines) + 2 * _PAD + sort_room,
        )

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        """Draw the usual section frame, then the title bottom-to-top for skill columns."""
        if logical < self._flat:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            option.sortIndicator = (
                QStyleOptionHeader.SortIndicator.SortDown
                if self.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                else QStyleOptionHeader.SortIndicator.SortUp
            )
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            mark = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
            arrow = QStyleOptionHeader(option)
            arrow.rect = QRect(rect.left(), rect.top() + 2, rect.width(), mark)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, self
            )
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        text_rect = QRect(_PAD, 0, rect.height() - 2 * _PAD, rect.width())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            "\n".join(self._lines(logical)),
        )
        painter.restore()

    def title_at(self, logical: int) -> str:
        """The one-line title painted for ``logical`` (tests and accessibility read it)."""
        return self._title(logical)
