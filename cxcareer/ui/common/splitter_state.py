"""Where people dragged the dividers of each screen, kept in QSettings between runs.

Screens are built on first use, so their splitters are restored when the screen is built and
saved with the window. Splitters are found in creation order, which is fixed by each screen's
code; a screen that gains or loses a splitter only loses its remembered sizes (a state that no
longer fits is ignored by ``QSplitter.restoreState``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from cxcareer.ui.common.app_settings import PAGE_SPLITTER

__all__ = ["restore_splitters", "save_splitters"]


def _splitters(widget: QWidget) -> list[QSplitter]:
    return widget.findChildren(QSplitter)


def save_splitters(settings: QSettings, page: str, widget: QWidget) -> None:
    """Remember the sizes of every splitter inside screen ``page``."""
    for index, splitter in enumerate(_splitters(widget)):
        PAGE_SPLITTER.write(settings, splitter.saveState(), page, str(index))


def restore_splitters(settings: QSettings, page: str, widget: QWidget) -> None:
    """Give the splitters of screen ``page`` the sizes saved last time, if any."""
    for index, splitter in enumerate(_splitters(widget)):
        state = PAGE_SPLITTER.read(settings, page, str(index))
        if state is not None:
            splitter.restoreState(state)
