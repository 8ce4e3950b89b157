"""Start the desktop app, print when a stage is reached, and quit: what the start-up bench times.

Run ``python -m bench.startup_probe STAGE [app options]`` (``--db``, ``--lang``, ``--demo``,
``--read-only``) from the source checkout. ``STAGE`` is one of:

* ``painted`` — prints ``painted <s>`` at the opening window's first paint (the frame, menus,
  screen names and "Opening your profile…", painted before the store and the engine are
  imported), then carries on and quits once the main window has painted, so a start that
  fails later still fails visibly;
* ``ready`` — waits until the overview screen itself has been painted while showing a person
  (profile, next moves and missing skills), then prints ``ready <s>`` once that paint pass is
  over; a window without an overview or without a person prints ``painted-no-profile``;
* ``opened`` — prints ``opened <s>`` once the app has loaded SQLAlchemy and the ORM and read
  the people through them: everything the app does on start is done.

The ``painted`` and ``ready`` lines end with ``sqlalchemy-loaded=True|False``, which the tests
use to check that the first screen is painted before SQLAlchemy is imported. Seconds are
counted from this module's import; the bench times from the launch itself.

Why apart from the app: the app only offers a hook (:class:`cxcareer.ui.startup_watcher.
StartupWatcher`); printing, timing and quitting are the bench's business. This module imports
nothing heavy before the app does, so the start it measures is the app's own.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from cxcareer.ui.main_window import MainWindow
    from cxcareer.ui.opening import OpeningWindow

__all__ = ["STAGES", "StartupProbe", "main"]

STAGES = ("painted", "ready", "opened")
STARTED = time.perf_counter()
"""When this module was imported, just before the app's: the printed seconds count from here."""


def _quit() -> None:
    QTimer.singleShot(0, QCoreApplication.quit)


class StartupProbe:
    """A :class:`~cxcareer.ui.startup_watcher.StartupWatcher` that reports ``stage`` and quits."""

    def __init__(self, stage: str, *, out: Callable[[str], None] | None = None) -> None:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}; one of {', '.join(STAGES)}")
        self.stage = stage
        self._out = out or (lambda line: print(line, flush=True))
        self._watchers: list[_PaintWatcher] = []

    def _seconds(self) -> str:
        return f"{time.perf_counter() - STARTED:.4f}"

    def _report(self, label: str) -> None:
        loaded = "sqlalchemy" in sys.modules
        self._out(f"{label} {self._seconds()} sqlalchemy-loaded={loaded}")
        _quit()

    def opening_shown(self, opening: OpeningWindow) -> None:
        """``painted``: report the opening window's first paint."""
        if self.stage == "painted":
            opening.firstPainted.connect(lambda: self._out(f"painted {self._seconds()}"))

    def main_window_built(self, window: MainWindow) -> None:
        """``painted``: quit at the main window's first paint; ``ready``: watch the overview."""
        if self.stage == "painted":
            window.firstPainted.connect(_quit)
        if self.stage != "ready":
            return
        page = window.page("overview") if "overview" in window.page_keys() else None
        if page is None or window.controller.snapshot is None:
            window.firstPainted.connect(lambda: self._report("painted-no-profile"))
            return
        watcher = _PaintWatcher(page, lambda: QTimer.singleShot(0, lambda: self._report("ready")))
        self._watchers.append(watcher)
        page.installEventFilter(watcher)

    def everything_open(self, window: MainWindow) -> None:
        """``opened``: report and quit."""
        if self.stage == "opened":
            self._out(f"opened {self._seconds()}")
            _quit()


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


def main(argv: Sequence[str] | None = None) -> int:
    """``STAGE [app options]``: run the app with a :class:`StartupProbe`; its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in STAGES:
        print(f"usage: python -m bench.startup_probe {{{','.join(STAGES)}}} [app options]")
        return 2
    from cxcareer.ui.app import run

    return run(args[1:], watcher=StartupProbe(args[0]))


if __name__ == "__main__":
    sys.exit(main())
