"""The app's one hook for observing its own start: :class:`StartupWatcher`.

Why a hook and nothing more: timing the start (``bench/bench_startup.py``) and ending it at a
given stage (the start-up tests) need to know when the opening window, the filled main window
and the fully loaded database are there, but the app itself has no use for that. So the app
only calls an optional watcher handed to :func:`cxcareer.ui.app.run`; everything that prints,
times or quits lives with its caller (``bench/startup_probe.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from cxcareer.ui.main_window import MainWindow
    from cxcareer.ui.opening import OpeningWindow

__all__ = ["StartupWatcher"]


class StartupWatcher(Protocol):
    """Told each stage of a start, on the GUI thread, in this order (a failed start stops)."""

    def opening_shown(self, opening: OpeningWindow) -> None:
        """The opening window is about to be shown: its ``firstPainted`` has not fired yet."""

    def main_window_built(self, window: MainWindow) -> None:
        """The main window is built and shows the person, before it is shown or painted."""

    def everything_open(self, window: MainWindow) -> None:
        """SQLAlchemy and the ORM are loaded and the people read: the start is over."""
