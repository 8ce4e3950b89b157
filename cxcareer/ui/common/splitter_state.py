"""Where people dragged the dividers of each screen, kept in QSettings between runs.

Screens are built on first use, so their splitters are restored when the screen is built and
saved with the window. Splitters are found in creation order, which is fixed by each screen's
code; a screen that gains or loses a splitter only loses its remembered sizes (a state that no
longer fits is ignored by ``QSplitter.restoreState``).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

__all__ = ["restore_splitters", "save_splitters"]


def _splitters(widget: QWidget) -> list[QSplitter]:
    return widget.findChildren(QSplitter)


def _key(page: str, index: int) -> str:
    return f"splitters/{page}/{index}"


def save_splitters(settings: QSettings, page: str, widget: QWidget) -> None:
    """Remember the sizes of every splitter inside screen ``page``."""
    for index, splitter in enumerate(_splitters(widget)):
        settings.setValue(_key(page, index), splitter.saveState())


def restore_splitters(settings: QSettings, page: str, widget: QWidget) -> None:
    """Give the splitters of screen ``page`` the sizes saved last time, if any."""
    for index, splitter in enumerate(_splitters(widget)):
        state = settings.value(_key(page, index))
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
