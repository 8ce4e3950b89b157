"""A one-line label that shortens its text with "…" to the width it gets, the whole text in its
tooltip and accessible description.

Why on the overview's card: a suggested action quotes the framework's descriptor, which can run
to three lines; one line per skill keeps the card short enough for a 1024×700 window, and nothing
is lost, because the full sentence is one hover (or one screen-reader query) away and is the
title the plan action gets.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ElidedLabel"]


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the right when it does not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (elided as needed); the tooltip always holds all of it."""
        self._full = text
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def is_elided(self) -> bool:
        """True when the text is shortened at the current width."""
        return self.fontMetrics().horizontalAdvance(self._full) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()
