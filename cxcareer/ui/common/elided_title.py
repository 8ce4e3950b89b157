"""A group box whose title gives way to the room there is, like :class:`ElidedLabel` does.

Why: a ``QGroupBox`` is at least as wide as its title. "History of Capacidade analítica
(habilidades analíticas)" beside "Evidence for …" made the Self vs manager screen 1,186 pixels
wide at least, so the window grew past a 1024-pixel screen and cut everything at the right
edge. Here the title ends in "…" when the box is narrower (whole in the tooltip), and the box
asks for no more width than its contents need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGroupBox, QStyle, QStyleOptionGroupBox, QWidget

__all__ = ["ElidedTitleBox"]


class ElidedTitleBox(QGroupBox):
    """A ``QGroupBox`` whose title is shortened to its width; :meth:`fullTitle` is the whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def fullTitle(self) -> str:
        """The whole title, however much of it is shown."""
        return self._full

    def setTitle(self, title: str) -> None:
        """Show ``title``, shortened to the box's width."""
        self._full = title
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """What the contents need: the title is shortened rather than widening the box."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None:
            return hint
        margins = self.contentsMargins()
        least = layout.minimumSize().width() + margins.left() + margins.right()
        return QSize(least, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        option = QStyleOptionGroupBox()
        self.initStyleOption(option)
        label = self.style().subControlRect(
            QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, self
        )
        room = self.width() - 2 * max(label.left(), 0) - 4
        metrics = QFontMetrics(self.font())
        shown = self._full
        if metrics.horizontalAdvance(shown) > room > 0:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != super().title():
            super().setTitle(shown)
        self.setToolTip(self._full if shown != self._full else "")
