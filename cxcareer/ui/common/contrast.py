"""Contrast of the palette's colours: WCAG 2.x luminance and ratio, and the pairs the app draws.

Why the pairs are declared here: a contrast check is only as good as its list of "this text is
drawn on that background". Each entry names a text role and the background roles it appears on
(see where each is painted in the comments); ``tests/ui/common/test_contrast.py`` requires every
pair to reach :data:`TEXT_MINIMUM` in both themes. No text pair uses the 3:1 allowance WCAG
gives large text: headings meet 4.5:1 as well. Lines and marks that carry meaning (arrows, chart
series, the focus ring) are held to WCAG's 3:1 for graphics (:data:`GRAPHIC_MINIMUM`).

Text on a coloured cell whose colour depends on the data (the heat-map) is picked by
:func:`text_on`: the palette's dark or light ink, whichever stands out more on that fill.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxcareer.ui.common.palette import DARK, LIGHT, Palette

__all__ = [
    "GRAPHIC_MINIMUM",
    "GRAPHIC_PAIRS",
    "TEXT_MINIMUM",
    "TEXT_PAIRS",
    "Problem",
    "contrast_problems",
    "contrast_ratio",
    "relative_luminance",
    "text_on",
]

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0

_BOX_FILLS = ("nobody_fill", "ready_fill", "almost_fill", "half_fill", "far_fill")

#: Text role -> the background roles it is drawn on.
TEXT_PAIRS: dict[str, tuple[str, ...]] = {
    # Labels, tables, editors, buttons; the map's headers, level names, legend and box titles;
    # the skills table's gap cells; the printed pack's table heads and flagged rows.
    "text": (
        "window",
        "surface",
        "alternate",
        "raised",
        "canvas",
        "lane_fill",
        *_BOX_FILLS,
        "gap_fill",
        "table_head_fill",
        "flag_fill",
    ),
    "muted": ("window", "surface", "alternate", "canvas", "lane_fill"),
    "heading": ("window", "surface"),
    "on_accent": ("accent",),
    "link": ("window", "surface"),
    "warning": ("window", "surface", "alternate", "gap_fill"),
    "error": ("window", "surface", "alternate", "flag_fill"),
    # The marker line of a role box ("You are here", "Target", "On the route").
    "current": _BOX_FILLS,
    "target": _BOX_FILLS,
    "route": _BOX_FILLS,
}

#: Graphic role -> the background roles it is drawn on.
GRAPHIC_PAIRS: dict[str, tuple[str, ...]] = {
    "edge": ("canvas", "lane_fill"),
    "route": ("canvas", "lane_fill"),
    "current": ("canvas", "lane_fill"),
    "target": ("canvas", "lane_fill"),
    "selected": ("canvas", "lane_fill"),
    "accent": ("window", "surface"),
    "self_series": ("surface",),
    "manager_series": ("surface",),
}


def relative_luminance(value: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb`` (0 black .. 1 white)."""
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(channel: float) -> float:
        if channel <= 0.04045:
            return channel / 12.92
        return float(((channel + 0.055) / 1.055) ** 2.4)

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_on(fill: str, palette: Palette) -> str:
    """The ink that reads best on ``fill``: the palette's text colour or its opposite theme's."""
    inks = (LIGHT.text, DARK.text) if palette is LIGHT else (palette.text, LIGHT.text)
    return max(inks, key=lambda ink: contrast_ratio(ink, fill))


@dataclass(frozen=True)
class Problem:
    """One colour pair below its minimum."""

    palette: str
    foreground: str
    background: str
    ratio: float
    minimum: float

    def __str__(self) -> str:
        return (
            f"{self.palette}: {self.foreground} on {self.background} is "
            f"{self.ratio:.2f}:1, under {self.minimum}:1"
        )


def contrast_problems(palette: Palette) -> list[Problem]:
    """Every declared pair of ``palette`` below its minimum, and every heat-map fill whose
    :func:`text_on` ink falls short; empty when all is legible."""
    found: list[Problem] = []
    for pairs, minimum in ((TEXT_PAIRS, TEXT_MINIMUM), (GRAPHIC_PAIRS, GRAPHIC_MINIMUM)):
        for front, backs in pairs.items():
            for back in backs:
                ratio = contrast_ratio(getattr(palette, front), getattr(palette, back))
                if ratio < minimum:
                    found.append(Problem(palette.name, front, back, ratio, minimum))
    for index, fill in enumerate(palette.heat_fills()):
        ratio = contrast_ratio(text_on(fill, palette), fill)
        if ratio < TEXT_MINIMUM:
            name = ("met_fill", "gap1_fill", "gap2_fill", "gap3_fill")[index]
            found.append(Problem(palette.name, "text_on", name, ratio, TEXT_MINIMUM))
    return found
