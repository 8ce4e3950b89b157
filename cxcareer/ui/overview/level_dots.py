"""Level dots: a skill's level today against the level a role needs, painted.

Why dots: "2 → 4" has to be read; two filled dots out of four are seen. A level nobody gave is
drawn as hollow dashed rings, never as a row of empty dots that would look like a measured 0.
Colours come from the palette (highlight for what the person has, the text colour for the
outline of what is still needed), so both themes work without a colour of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["LevelDots"]


class LevelDots(QWidget):
    """``need`` dots: the first ``have`` filled; all dashed when the skill is not rated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._have = 0
        self._need = 0
        self._rated = True
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def levels(self) -> tuple[int, int, bool]:
        """``(have, need, rated)`` as painted."""
        return self._have, self._need, self._rated

    def set_levels(self, have: int, need: int, *, rated: bool) -> None:
        self._have, self._need, self._rated = max(0, have), max(0, need), rated
        self.updateGeometry()
        self.update()

    def _diameter(self) -> int:
        return max(8, self.fontMetrics().height() * 2 // 3)

    def sizeHint(self) -> QSize:
        size = self._diameter()
        count = max(self._need, self._have, 1)
        return QSize(count * size + (count - 1) * size // 2 + 2, size + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        size = self._diameter()
        radius = size / 2 - 0.5
        step = size + size // 2
        y = self.height() / 2
        filled = palette.color(QPalette.ColorRole.Highlight)
        outline = palette.color(QPalette.ColorRole.Text)
        for position in range(max(self._need, self._have)):
            centre = QPointF(1 + radius + position * step, y)
            if not self._rated:
                pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif position < self._have:
                painter.setPen(QPen(filled, 1))
                painter.setBrush(filled)
            else:
                painter.setPen(QPen(outline, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
        painter.end()
