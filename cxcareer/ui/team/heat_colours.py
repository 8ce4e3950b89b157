"""Heat-map colours for readiness and gaps, readable in light and dark themes.

Why fixed pastel colours with dark text: the cell always shows its number too, so colour is a
second cue, never the only one; pastels keep black text legible whatever the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

__all__ = ["gap_colour", "readiness_colour"]

_GAP = ("#d9f2d9", "#fff2b3", "#ffd199", "#ffab91")
_READINESS = ((0.9, "#c8ecc8"), (0.7, "#e6f4b8"), (0.5, "#fff2b3"), (0.3, "#ffd199"))


def gap_colour(gap: int) -> QColor:
    """Green when met, then yellow, orange and red as levels go missing."""
    return QColor(_GAP[min(max(gap, 0), len(_GAP) - 1)])


def readiness_colour(value: float) -> QColor:
    """Green near 100%, red near 0%."""
    for floor, colour in _READINESS:
        if value >= floor:
            return QColor(colour)
    return QColor("#ffab91")
