"""Heat-map cell colours for readiness and gaps, and the text drawn on them, in either theme.

Why the palette's heat fills with text picked per cell: the cell always shows its number too, so
colour is a second cue, never the only one; each theme has its own four fills (soft in light,
deep in dark) and :func:`~cxcareer.ui.common.contrast.text_on` picks the dark or light ink that
reads best on each (the contrast test checks every fill). Readiness uses the ladder's bands
(100%, 80%, 50%), so a colour means the same on the map and in the team's table.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from cxcareer.ui.common.contrast import text_on
from cxcareer.ui.common.palette import Palette, colour
from cxcareer.ui.ladder.readiness_colours import BANDS, band_for

__all__ = ["gap_colour", "ink_on", "readiness_colour"]


def gap_colour(gap: int, palette: Palette) -> QColor:
    """Green when met, then yellow, orange and red as levels go missing."""
    fills = palette.heat_fills()
    return colour(fills[min(max(gap, 0), len(fills) - 1)])


def readiness_colour(value: float, palette: Palette) -> QColor:
    """Green when ready, then yellow, orange and red by the ladder's readiness bands."""
    return colour(palette.heat_fills()[BANDS.index(band_for(value))])


def ink_on(fill: QColor, palette: Palette) -> QColor:
    """The text colour for a cell filled with ``fill``."""
    return colour(text_on(fill.name(), palette))
