"""How the overview's empty-state hints look, built once for its card and boxes.

Why apart from the page: every box of the overview says something when it has nothing to show;
building that label in one place keeps the boxes alike without the page spelling it out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

__all__ = ["hint_label"]


def hint_label() -> QLabel:
    """A plain-text label that wraps: what a box says when it has nothing to show."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
