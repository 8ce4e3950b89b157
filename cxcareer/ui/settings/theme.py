"""The app's look: follow the system, or force a light or a dark theme.

Why both a colour-scheme hint and a palette: ``QStyleHints.setColorScheme`` (Qt 6.8+) asks the
platform style for light or dark, but not every platform style honours it (and the offscreen and
some Linux styles ignore it). For an explicit choice the Fusion style with a matching palette
gives the same result everywhere; "system" puts the original style and palette back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cxcareer.ui.common.app_settings import DEFAULT_THEME, THEME, THEMES

__all__ = ["DEFAULT_THEME", "THEMES", "apply_theme", "palette_for", "stored_theme"]

_ORIGINAL_STYLE = "cxcareerOriginalStyle"


def stored_theme(value: object) -> str:
    """A theme name as :data:`~cxcareer.ui.common.app_settings.THEME` reads it: anything odd
    falls back to :data:`DEFAULT_THEME`."""
    return THEME.parse(value) or THEME.default


def palette_for(theme: str) -> QPalette:
    """The Fusion palette of an explicit ``"light"`` or ``"dark"`` theme."""
    dark = theme == "dark"
    window = QColor(45, 45, 48) if dark else QColor(246, 246, 246)
    base = QColor(30, 30, 32) if dark else QColor(255, 255, 255)
    alternate = QColor(40, 40, 43) if dark else QColor(240, 240, 242)
    text = QColor(232, 232, 232) if dark else QColor(26, 26, 26)
    button = QColor(55, 55, 58) if dark else QColor(236, 236, 238)
    highlight = QColor(64, 132, 214) if dark else QColor(38, 110, 200)
    link = QColor(120, 176, 245) if dark else QColor(20, 90, 180)
    disabled = QColor(130, 130, 130) if dark else QColor(150, 150, 150)
    palette = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, alternate)
        palette.setColor(group, role.ToolTipBase, base)
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.PlaceholderText, disabled)
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, button)
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.BrightText, QColor(255, 90, 90))
        palette.setColor(group, role.Highlight, highlight)
        palette.setColor(group, role.HighlightedText, QColor(255, 255, 255))
        palette.setColor(group, role.Link, link)
        palette.setColor(group, role.LinkVisited, link.darker(120) if not dark else link)
    off = QPalette.ColorGroup.Disabled
    for disabled_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(off, disabled_role, disabled)
    palette.setColor(off, role.Window, window)
    palette.setColor(off, role.Base, window)
    palette.setColor(off, role.Button, button)
    palette.setColor(off, role.Highlight, button)
    palette.setColor(off, role.HighlightedText, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole app to ``theme`` ("system", "light" or "dark") at once."""
    theme = stored_theme(theme)
    style = app.style()
    if app.property(_ORIGINAL_STYLE) is None and style is not None:
        app.setProperty(_ORIGINAL_STYLE, style.name())
    hints = QGuiApplication.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        original = app.property(_ORIGINAL_STYLE)
        if original and style is not None and style.name() != original:
            app.setStyle(str(original))
        current = app.style()
        app.setPalette(current.standardPalette() if current is not None else QPalette())
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if style is None or style.name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
