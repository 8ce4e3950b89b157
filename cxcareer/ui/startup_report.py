"""Start-up timing lines for the bench, printed when ``CXCAREER_EXIT_AFTER_PAINT`` is set.

Why apart from the composition root: none of this is needed to run the app; it prints when the
opening window, the filled overview and the ORM are ready, and quits, so the bench (and the
start-up tests) can time a real start from outside the process.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from cxcareer.ui.main_window import MainWindow
    from cxcareer.ui.opening import OpeningWindow

__all__ = ["STARTED", "exit_after_paint", "report_opened", "report_opening_paint"]

STARTED = time.perf_counter()
"""When this module was imported (with :mod:`cxcareer.ui.app`): the reports count from here."""


def report_opened(qt_app: QApplication) -> None:
    """``CXCAREER_EXIT_AFTER_PAINT=opened``: print ``opened <s>`` and quit (everything loaded)."""
    if os.environ.get("CXCAREER_EXIT_AFTER_PAINT") == "opened":
        print(f"opened {time.perf_counter() - STARTED:.4f}", flush=True)
        QTimer.singleShot(0, qt_app.quit)


def report_opening_paint(opening: OpeningWindow) -> None:
    """For the bench: ``CXCAREER_EXIT_AFTER_PAINT=1`` reports the first window's paint.

    The app keeps opening and quits once the main window has painted (see
    :func:`exit_after_paint`), so a start that fails later still fails visibly.
    """
    if os.environ.get("CXCAREER_EXIT_AFTER_PAINT") == "1":
        opening.firstPainted.connect(
            lambda: print(f"painted {time.perf_counter() - STARTED:.4f}", flush=True)
        )


def exit_after_paint(window: MainWindow, qt_app: QApplication) -> None:
    """For ``bench/bench_startup.py``: report the first paint (or the filled window) and quit.

    ``CXCAREER_EXIT_AFTER_PAINT=1`` prints ``painted <s>`` at the first paint of the opening
    window (:func:`report_opening_paint`) and quits at the main window's first paint.
    ``=ready`` waits until the overview screen itself has been painted while showing a person
    (profile, next moves and missing skills), then prints ``ready <s>`` once that paint pass is
    over; a window without an overview or without a person prints ``painted-no-profile``. Both
    lines end with ``sqlalchemy-loaded=True|False``, which the tests use to check that the first
    screen is painted before SQLAlchemy is imported.
    ``=opened`` prints ``opened <s>`` once the app has loaded the ORM (:func:`report_opened`), i.e.
    when everything the app does on start is done.
    Seconds are counted from this module's import; the bench times from the launch itself.
    """
    mode = os.environ.get("CXCAREER_EXIT_AFTER_PAINT")
    if not mode or mode == "opened":  # "opened": see report_opened
        return

    def report(label: str) -> None:
        seconds = time.perf_counter() - STARTED
        print(f"{label} {seconds:.4f} sqlalchemy-loaded={'sqlalchemy' in sys.modules}", flush=True)
        QTimer.singleShot(0, qt_app.quit)

    if mode != "ready":
        window.firstPainted.connect(lambda: QTimer.singleShot(0, qt_app.quit))
        return
    page = window.page("overview") if "overview" in window.page_keys() else None
    if page is None or window.controller.snapshot is None:
        window.firstPainted.connect(lambda: report("painted-no-profile"))
        return
    watcher = _PaintWatcher(page, lambda: QTimer.singleShot(0, lambda: report("ready")))
    page.installEventFilter(watcher)


class _PaintWatcher(QObject):
    """Calls ``done`` once, at the first paint of ``widget`` while it is visible."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done: Callable[[], None] | None = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._done is not None
            and watched is self._widget
            and event.type() == QEvent.Type.Paint
            and self._widget.isVisible()
        ):
            done, self._done = self._done, None
            done()
        return False
