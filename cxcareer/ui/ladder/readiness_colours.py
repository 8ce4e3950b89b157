"""Readiness bands and their colours, shared by the map boxes, its legend and the role list.

Why bands rather than a gradient: four named steps can be told apart by people with weak colour
vision and explained in a legend; the percentage is always written as text as well. Each band
names a fill role of :class:`~cxcareer.ui.common.palette.Palette`, so the light and the dark
theme each have their own shade, with the palette's text legible on it (checked by the contrast
test).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from cxcareer.ui.common.palette import Palette, colour

__all__ = ["BANDS", "Band", "band_for"]


@dataclass(frozen=True)
class Band:
    """Readiness from ``low`` (inclusive) up to the next band; its palette fill and its label."""

    low: float
    fill_role: str
    label_source: str

    def fill(self, palette: Palette) -> QColor:
        """The band's fill in ``palette``."""
        return colour(getattr(palette, self.fill_role))

    def label(self) -> str:
        """The legend text in the current language."""
        return QCoreApplication.translate("LadderLegend", self.label_source)


BANDS: tuple[Band, ...] = (
    Band(1.0, "ready_fill", str(QT_TRANSLATE_NOOP("LadderLegend", "Ready (100%)"))),
    Band(0.8, "almost_fill", str(QT_TRANSLATE_NOOP("LadderLegend", "Almost (80–99%)"))),
    Band(0.5, "half_fill", str(QT_TRANSLATE_NOOP("LadderLegend", "Half way (50–79%)"))),
    Band(0.0, "far_fill", str(QT_TRANSLATE_NOOP("LadderLegend", "Far (under 50%)"))),
)


def band_for(readiness: float) -> Band:
    """The band that ``readiness`` (0..1) falls in."""
    for band in BANDS:
        if readiness >= band.low - 1e-9:
            return band
    return BANDS[-1]
