"""Dialogs at least as wide as their title bar needs.

Why: a window manager shortens the title of a narrow dialog ("Export on… — cxcareer"), and the
dialog's layout alone does not know about its title. The title bar's font is usually the bold
application font; its buttons (close, maximise, minimise) take about as much again as
:data:`_TITLE_BAR_BUTTONS` reserves. The application's display name follows the title.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["room_for_title"]

#: Pixels a title bar keeps for its buttons and margins.
_TITLE_BAR_BUTTONS = 140


def room_for_title(window: QWidget) -> int:
    """Make ``window`` at least as wide as its current title needs; returns that width."""
    font = window.font()
    font.setBold(True)
    name = QGuiApplication.applicationDisplayName()
    title = window.windowTitle()
    shown = f"{title} — {name}" if name and name not in title else title
    width = QFontMetrics(font).horizontalAdvance(shown) + _TITLE_BAR_BUTTONS
    window.setMinimumWidth(max(window.minimumWidth(), width))
    return width
