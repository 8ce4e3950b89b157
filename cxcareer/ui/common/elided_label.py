"""A one-line label that shortens its text with "…" when the room is too narrow.

Why: a plain QLabel asks its layout for the width of its whole text and, given less, cuts the
text off mid-letter ("afael Oliveira", "· você está aqu"); worse, a long name or a Portuguese
title makes the whole window wider than a 1024-pixel screen. This label asks only for a little
room, drops whole words from the end until the rest fits (a letter cut happens only when not
even the first word fits), and puts the whole text in its tooltip whenever it is shortened. The
whole text stays readable through ``fullText()`` and the ``fullText`` property (which the
clipping test reads).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["ELLIPSIS", "ElidedLabel", "elide_words"]

ELLIPSIS = "…"
#: The label never asks for less than this many average characters (unless its text is shorter).
_LEAST_CHARACTERS = 8


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` as it fits ``width`` pixels: whole, or its first words and "…".

    >>> from PySide6.QtGui import QFont
    >>> metrics = QFontMetrics(QFont())
    >>> elide_words("one two three", metrics, 10_000)
    'one two three'
    >>> elide_words("one two three", metrics, metrics.horizontalAdvance("one two…"))
    'one two…'
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        shortened = " ".join(words[:count]).rstrip(",;:·—–-") + ELLIPSIS
        if metrics.horizontalAdvance(shortened) <= width:
            return shortened
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class ElidedLabel(QLabel):
    """A plain-text, one-line QLabel that ends in "…" when narrow, the whole text in its tooltip."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        """``mode``: ElideRight drops whole words from the end; ElideMiddle (for a file path,
        whose end names the file) and ElideLeft cut letters where Qt does."""
        super().__init__(parent)
        self._mode = mode
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._tip = ""
        self.setText(text)

    def fullText(self) -> str:
        """The whole text, however much of it is shown."""
        return self._full

    def setText(self, text: str) -> None:
        """Show ``text`` (shortened to the room there is)."""
        self._full = text
        self.setProperty("fullText", text)
        self.updateGeometry()
        self._fit()

    def setToolTip(self, tip: str) -> None:
        """A tooltip of the caller's own, shown after the whole text when the text is shortened."""
        self._tip = tip
        self._fit()

    def sizeHint(self) -> QSize:
        """Room for the whole text."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2 * self.margin(), hint.height())

    def minimumSizeHint(self) -> QSize:
        """A few characters' room: the label gives way before the window grows."""
        full = self.sizeHint()
        least = self.fontMetrics().averageCharWidth() * _LEAST_CHARACTERS
        return QSize(min(full.width(), least), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style (the app's stylesheet is applied after the label is made) changes
        the room the whole text needs: ask the layout again and shorten anew. Without it the
        status bar kept the width measured in the old font and cut "Demo data: … when you quit"
        with room to spare."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - max(self.indent(), 0)
        metrics = self.fontMetrics()
        if room <= 0 or metrics.horizontalAdvance(self._full) <= room:
            shown = self._full  # (Qt's elidedText measures in fractions and cut a text that fit)
        elif self._mode == Qt.TextElideMode.ElideRight:
            shown = elide_words(self._full, metrics, room)
        else:
            shown = metrics.elidedText(self._full, self._mode, room)
        if shown != super().text():
            super().setText(shown)
        tips = [self._full] if shown != self._full else []
        if self._tip:
            tips.append(self._tip)
        QLabel.setToolTip(self, "\n\n".join(tips))
