"""The app's look: follow the system's light or dark, or force one; always the app's own palette.

Why the app's own palette and the Fusion style for every choice, "system" included: the colours
of :mod:`cxcareer.ui.common.palette` (and its contrast check) then hold on every platform, and
painted items (the ladder map, charts, the heat-map) match the widgets round them. "system"
only decides *which* of the two palettes: the platform's colour scheme, as
``QStyleHints.colorScheme`` reports it (light when it cannot tell), followed live while the
app runs. ``QStyleHints.setColorScheme`` is still set for a forced choice so native dialogs
(file pickers) match.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cxcareer.ui.common.app_settings import DEFAULT_THEME, THEME, THEMES
from cxcareer.ui.common.palette import Palette, palette_named
from cxcareer.ui.settings.stylesheet import app_stylesheet

__all__ = [
    "DEFAULT_THEME",
    "THEMES",
    "apply_theme",
    "palette_for",
    "qt_palette",
    "shown_theme",
    "stored_theme",
]

#: The application property holding the chosen theme ("system", "light" or "dark").
_CHOSEN = "cxcareerTheme"
_FOLLOWING = "cxcareerFollowsScheme"


def stored_theme(value: object) -> str:
    """A theme name as :data:`~cxcareer.ui.common.app_settings.THEME` reads it: anything odd
    falls back to :data:`DEFAULT_THEME`."""
    return THEME.parse(value) or THEME.default


def shown_theme(theme: str) -> str:
    """``"light"`` or ``"dark"``: what ``theme`` shows now ("system" asks the platform)."""
    theme = stored_theme(theme)
    if theme != "system":
        return theme
    return _scheme_theme(QGuiApplication.styleHints().colorScheme())


def _scheme_theme(scheme: Qt.ColorScheme) -> str:
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette_for(theme: str) -> QPalette:
    """The QPalette of an explicit ``"light"`` or ``"dark"`` theme, from the app's palette."""
    return qt_palette(palette_named(theme))


def qt_palette(colours: Palette) -> QPalette:
    """``colours`` as a QPalette (every role Fusion paints with, in every colour group)."""
    c = QColor
    raised = c(colours.raised)
    disabled = c(colours.muted)
    disabled.setAlphaF(0.7)
    palette = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: c(colours.window),
        role.WindowText: c(colours.text),
        role.Base: c(colours.surface),
        role.AlternateBase: c(colours.alternate),
        role.ToolTipBase: c(colours.surface),
        role.ToolTipText: c(colours.text),
        role.PlaceholderText: c(colours.muted),
        role.Text: c(colours.text),
        role.Button: raised,
        role.ButtonText: c(colours.text),
        role.BrightText: c(colours.error),
        role.Highlight: c(colours.accent),
        role.HighlightedText: c(colours.on_accent),
        role.Link: c(colours.link),
        role.LinkVisited: c(colours.link),
        role.Accent: c(colours.accent),
        role.Light: raised.lighter(125),
        role.Midlight: raised.lighter(110),
        role.Mid: c(colours.border),
        role.Dark: c(colours.border).darker(130),
        role.Shadow: c(colours.border).darker(250),
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for key, value in roles.items():
            palette.setColor(group, key, value)
    off = QPalette.ColorGroup.Disabled
    for key, value in roles.items():
        palette.setColor(off, key, value)
    for disabled_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(off, disabled_role, disabled)
    palette.setColor(off, role.Base, c(colours.window))
    palette.setColor(off, role.Highlight, raised)
    palette.setColor(off, role.HighlightedText, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole app to ``theme`` ("system", "light" or "dark") at once: style, palette
    and stylesheet; painted items redraw on the palette change they receive."""
    theme = stored_theme(theme)
    app.setProperty(_CHOSEN, theme)
    hints = QGuiApplication.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        if not app.property(_FOLLOWING):
            hints.colorSchemeChanged.connect(lambda scheme: _follow_system(app, scheme))
            app.setProperty(_FOLLOWING, True)
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setStyleSheet("")  # a stylesheet hides the style under it (its name reads "")
    style = app.style()
    if style is None or style.name().lower() != "fusion":
        app.setStyle("Fusion")
    _paint(app, palette_named(shown_theme(theme)))


def _follow_system(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The platform switched between light and dark: follow it if the choice is "system"."""
    if app.property(_CHOSEN) == "system":
        _paint(app, palette_named(_scheme_theme(scheme)))


def _paint(app: QApplication, colours: Palette) -> None:
    app.setPalette(qt_palette(colours))
    app.setStyleSheet(app_stylesheet(colours))
