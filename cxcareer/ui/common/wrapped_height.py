"""A word-wrapped label that is never given less height than its wrapped lines need.

Why: layouts ask a wrapping QLabel for its height at a guessed width, and a splitter or a
group box does not ask again at the width the label really gets. In a narrow Portuguese column
the label then keeps the height of two lines for a text that wraps to three, and its last line
is cut ("…a menos que você" with "escolha" gone). Following the real width with a minimum
height keeps every line visible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

__all__ = ["keep_wrapped_height"]


class _WrappedHeight(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LanguageChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        label = self._label
        if label.width() <= 0:
            return
        needed = label.heightForWidth(label.width())
        if needed > 0 and needed != label.minimumHeight():
            label.setMinimumHeight(needed)


def keep_wrapped_height(label: QLabel) -> QLabel:
    """Make ``label`` word-wrap and keep the height its lines need at its width; returns it."""
    label.setWordWrap(True)
    helper = _WrappedHeight(label)
    label.installEventFilter(helper)
    return label
