"""The heading at the top of each screen: the name of what it shows, larger and bold.

Why one function: every screen's heading must look the same, and it grows with the person's own
font (1.4 times it) instead of a fixed size, so it scales with their settings and wraps in
Portuguese instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

__all__ = ["page_heading"]


def page_heading(*, wrap: bool = True) -> QLabel:
    """A new, empty heading label (``objectName`` ``pageHeading``); it word-wraps unless told."""
    heading = QLabel()
    heading.setObjectName("pageHeading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    heading.setFont(font)
    heading.setWordWrap(wrap)
    return heading
