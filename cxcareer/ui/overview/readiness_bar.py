"""A painted readiness bar: how far the person is towards a role, at a glance.

Why painted and banded: a bar reads faster than a number, and its fill takes the ladder's
readiness bands (:mod:`cxcareer.ui.ladder.readiness_colours`, in the theme's
:class:`~cxcareer.ui.common.palette.Palette`) so "almost" looks the same on every screen; the
track and outline come from the widget's QPalette, which the same palette builds. A role with
no requirements gets an empty, neutral track: 100% would say nothing.
The number is always written beside the bar as text too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxcareer.ui.common.palette import current_palette
from cxcareer.ui.ladder.readiness_colours import band_for

__all__ = ["ReadinessBar"]


class ReadinessBar(QWidget):
    """A horizontal bar filled to ``value`` (0..1); None draws the empty, neutral track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        """Fill to ``value`` (clamped to 0..1); None: nothing to measure."""
        self._value = None if value is None else max(0.0, min(1.0, value))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, max(12, self.fontMetrics().height() * 3 // 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = track.height() / 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(track, radius, radius)
        if self._value:
            fill = QRectF(track)
            fill.setWidth(max(track.height(), track.width() * self._value))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(band_for(self._value).fill(current_palette()).darker(115))
            painter.drawRoundedRect(fill, radius, radius)
        painter.end()
