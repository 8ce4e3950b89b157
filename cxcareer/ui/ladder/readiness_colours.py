"""Readiness bands and their colours, shared by the map boxes, its legend and the role list.

Why bands rather than a gradient: four named steps can be told apart by people with weak colour
vision and explained in a legend; the percentage is always written as text as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

__all__ = ["BANDS", "NO_PERSON", "Band", "band_for"]


@dataclass(frozen=True)
class Band:
    """Readiness from ``low`` (inclusive) up to the next band; a pale fill and its label."""

    low: float
    fill: str
    label_source: str

    @property
    def colour(self) -> QColor:
        return QColor(self.fill)

    def label(self) -> str:
        """The legend text in the current language."""
        return QCoreApplication.translate("LadderLegend", self.label_source)


BANDS: tuple[Band, ...] = (
    Band(1.0, "#a8dcb0", str(QT_TRANSLATE_NOOP("LadderLegend", "Ready (100%)"))),
    Band(0.8, "#d6efc2", str(QT_TRANSLATE_NOOP("LadderLegend", "Almost (80–99%)"))),
    Band(0.5, "#fbe5a6", str(QT_TRANSLATE_NOOP("LadderLegend", "Half way (50–79%)"))),
    Band(0.0, "#f6c4bd", str(QT_TRANSLATE_NOOP("LadderLegend", "Far (under 50%)"))),
)

#: The fill of every box when nobody is chosen (no readiness to show).
NO_PERSON = QColor("#e6e9ef")


def band_for(readiness: float) -> Band:
    """The band that ``readiness`` (0..1) falls in."""
    for band in BANDS:
        if readiness >= band.low - 1e-9:
            return band
    return BANDS[-1]
