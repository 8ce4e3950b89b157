"""The app's colours: one set of named roles, with a value for the light and the dark theme.

Why one module: colours chosen where they are painted drift apart and forget the dark theme (a
white map canvas under near-white headers). Every widget, painted item, heat-map cell and
export takes its colours from a :class:`Palette` here, the QPalette and the stylesheet are built
from it (:mod:`cxcareer.ui.settings.theme`), and :mod:`cxcareer.ui.common.contrast` checks every
text colour against every background it is drawn on, in both themes.

Colours are ``#rrggbb`` strings so a palette is plain data: comparable, printable, and checked
without a display. :func:`colour` turns a role's value into a ``QColor`` where Qt wants one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QGuiApplication, QPalette

__all__ = ["DARK", "LIGHT", "PRINT", "Palette", "colour", "current_palette", "palette_named"]


@dataclass(frozen=True)
class Palette:
    """Every colour role of one theme. Fills end in ``_fill``; everything else is named by use."""

    name: str
    # -- the window and its controls
    window: str  # page background
    surface: str  # editors, lists, tables, the chart: where content is typed or read
    alternate: str  # every other row of a list or table
    raised: str  # buttons, table headers
    text: str  # body text on all of the above
    muted: str  # secondary text, placeholders, hints
    heading: str  # page headings (and the printed pack's headings and rules)
    border: str  # control outlines
    grid: str  # grid lines, chart rules
    accent: str  # focus rings, the default button, selection
    on_accent: str  # text on ``accent``
    link: str
    warning: str  # a caution said as text ("not met", a flagged disagreement)
    error: str  # a problem said as text
    # -- the ladder map
    canvas: str  # the map's background
    lane_fill: str  # every other track's band
    edge: str  # move arrows
    box_border: str
    current: str  # the person's role: border and "You are here"
    target: str  # a target: border and "Target"
    route: str  # the chosen route: arrows, border and "On the route"
    selected: str  # the dashed ring round the selected role
    nobody_fill: str  # a role box when nobody is chosen
    ready_fill: str  # readiness bands: 100%, 80-99%, 50-79%, under 50%
    almost_fill: str
    half_fill: str
    far_fill: str
    # -- the team heat-map (text on it is picked by luminance: see contrast.text_on)
    met_fill: str  # gap 0, then 1, 2, 3 or more levels missing
    gap1_fill: str
    gap2_fill: str
    gap3_fill: str
    # -- the skills table and chart
    gap_fill: str  # a needed level the person does not have yet
    self_series: str  # self ratings in the history chart
    manager_series: str  # manager ratings
    # -- the printed pack
    table_head_fill: str
    flag_fill: str

    def heat_fills(self) -> tuple[str, ...]:
        """The heat-map's cell colours, from "met" to "far"."""
        return (self.met_fill, self.gap1_fill, self.gap2_fill, self.gap3_fill)

    def role_names(self) -> tuple[str, ...]:
        """Every colour role, in declaration order."""
        return tuple(f.name for f in fields(self) if f.name != "name")


LIGHT = Palette(
    name="light",
    window="#f4f5f7",
    surface="#ffffff",
    alternate="#f1f3f6",
    raised="#e8ebef",
    text="#1b1f24",
    muted="#566170",
    heading="#1f4e79",
    border="#b4bcc7",
    grid="#d3d8df",
    accent="#1d5fb8",
    on_accent="#ffffff",
    link="#1a56a8",
    warning="#8a4700",
    error="#b3261e",
    canvas="#ffffff",
    lane_fill="#f2f4f8",
    edge="#55606e",
    box_border="#8a94a3",
    current="#1a4fa0",
    target="#874200",
    route="#5f35a8",
    selected="#1b1f24",
    nobody_fill="#e6e9ef",
    ready_fill="#a8dcb0",
    almost_fill="#d6efc2",
    half_fill="#fbe5a6",
    far_fill="#f6c4bd",
    met_fill="#d4efd4",
    gap1_fill="#fff0b0",
    gap2_fill="#ffd199",
    gap3_fill="#ffab91",
    gap_fill="#fcebc6",
    self_series="#1f6fb4",
    manager_series="#c05400",
    table_head_fill="#e8eef4",
    flag_fill="#fff1d6",
)

DARK = Palette(
    name="dark",
    window="#202227",
    surface="#16181b",
    alternate="#1d2024",
    raised="#30343a",
    text="#e6e8eb",
    muted="#a4adb8",
    heading="#9cc4f2",
    border="#4d545e",
    grid="#3a4048",
    accent="#2f6fc4",
    on_accent="#ffffff",
    link="#8fbaf5",
    warning="#f2b866",
    error="#ff8f85",
    canvas="#16181b",
    lane_fill="#1e2126",
    edge="#9aa4b1",
    box_border="#6b7480",
    current="#9cc4ff",
    target="#ffc078",
    route="#d2b4ff",
    selected="#e6e8eb",
    nobody_fill="#2a2e34",
    ready_fill="#1f4a2c",
    almost_fill="#3a441a",
    half_fill="#4d3c12",
    far_fill="#52241f",
    met_fill="#275c36",
    gap1_fill="#6b5a14",
    gap2_fill="#8a4b12",
    gap3_fill="#9a3326",
    gap_fill="#43361a",
    self_series="#6cb4ee",
    manager_series="#f59e4c",
    table_head_fill="#2a2e34",
    flag_fill="#43361a",
)

#: What goes on paper and into exported pictures: always the light palette (see map_export).
PRINT = LIGHT

_BY_NAME = {LIGHT.name: LIGHT, DARK.name: DARK}


def palette_named(theme: str) -> Palette:
    """The palette of ``"light"`` or ``"dark"`` (anything else: light)."""
    return _BY_NAME.get(theme, LIGHT)


def current_palette() -> Palette:
    """The palette of the theme on screen now.

    Read from the application's window colour rather than a stored name, so it is right
    whichever way the theme was set (a forced theme, the system's scheme, a test's palette).
    """
    if QGuiApplication.instance() is None:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightnessF() < 0.5 else LIGHT


def colour(value: str) -> QColor:
    """A role's value as a ``QColor``."""
    return QColor(value)
