"""The application stylesheet, built from a :class:`~cxcareer.ui.common.palette.Palette`.

Why so little of it: Fusion with the app's palette already draws every control in the right
colours; the stylesheet adds only what makes it look finished rather than stock: headings in
the heading colour, quiet rounded buttons with an accent default button, one focus ring (the
accent) on buttons and text boxes, flat table headers, calm tooltips, and dialog buttons
without Fusion's clip-art icons. Rules that match every view or every text box in a state
(grid lines, read-only fields) are left to the palette: measured, each added about 25 ms to
building the main window, which a start-up target counts.
Paddings are chosen so no control gets wider than Fusion draws it (pt-BR labels already need
every pixel at 1024 px): a button keeps Fusion's 1px frame and its side margins, and a focused
control swaps its 1px border for a 2px one while giving the pixel back in padding.
"""

from __future__ import annotations

from cxcareer.ui.common.palette import Palette

__all__ = ["app_stylesheet"]


def app_stylesheet(p: Palette) -> str:
    """The whole app's stylesheet in the colours of ``p``."""
    return f"""
QLabel#pageHeading {{ color: {p.heading}; }}
QGroupBox::title {{ color: {p.heading}; }}
QPushButton {{
    background-color: {p.raised}; color: {p.text};
    border: 1px solid {p.border}; border-radius: 4px; padding: 3px 8px;
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:pressed {{ background-color: {p.grid}; }}
QPushButton:default {{ background-color: {p.accent}; color: {p.on_accent};
    border-color: {p.accent}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: 2px 7px; }}
QPushButton:disabled {{ color: {p.muted}; background-color: {p.window};
    border-color: {p.grid}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    background-color: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: 3px;
    selection-background-color: {p.accent}; selection-color: {p.on_accent};
}}
QLineEdit {{ padding: 1px 2px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {p.accent};
}}
QLineEdit:focus {{ padding: 0px 1px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QHeaderView::section {{
    background-color: {p.raised}; color: {p.text};
    border: none; border-right: 1px solid {p.grid}; border-bottom: 1px solid {p.border};
    padding: 2px 4px;
}}
QToolTip {{
    background-color: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: 3px;
}}
"""
