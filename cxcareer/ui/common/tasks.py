"""Running slow work off the UI thread, with progress and cancel when it takes a while.

Why one helper: imports, exports, backups and big frameworks must never freeze the window, and
every screen should behave the same — a progress dialog only when the work takes over a second,
a Cancel button that the work itself checks, errors shown through the same dialog. The work runs
on a QThreadPool thread; its result comes back to the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxcareer.ui.common.errors import show_error

__all__ = ["Progress", "Task", "run_in_background", "wait_for_background_work"]

log = logging.getLogger(__name__)

#: ``progress(done, total)`` reports progress; it returns False once the person cancelled.
Progress = Callable[[int, int], bool]

#: Work shorter than this shows no dialog at all.
DIALOG_DELAY_MS = 1000


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class Task(QObject):
    """One piece of background work; kept alive by its parent until it reports back."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._cancelled = threading.Event()
        self._signals = _Signals()
        self._signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.done = False
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(DIALOG_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancelled.set)
        self.dialog.setValue(0)  # starts the minimum-duration timer
        self._parent_widget = parent

    def _report(self, done: int, total: int) -> bool:
        self._signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def _run(self) -> None:
        try:
            result = self._fn(self._report)
        except BaseException as error:
            self._tell(self._signals.failed, error)
        else:
            self._tell(self._signals.finished, result)

    def _tell(self, signal: Any, value: object) -> None:
        """Report back, unless the app closed meanwhile and took the receiver with it."""
        try:
            signal.emit(value)
        except RuntimeError:  # "Signal source has been deleted": nobody is left to tell
            log.info("a background task finished after its window was gone")

    def _progress(self, done: int, total: int) -> None:
        if self.done:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        self.done = True
        self.dialog.close()
        self.dialog.deleteLater()
        QTimer.singleShot(0, self.deleteLater)

    def _finish(self, result: Any) -> None:
        self._close()
        self._on_done(result)

    def _fail(self, error: BaseException) -> None:
        self._close()
        if self._on_error is not None:
            self._on_error(error)
        else:
            show_error(self._parent_widget, error)

    @property
    def cancelled(self) -> bool:
        """True once the person pressed Cancel."""
        return self._cancelled.is_set()


def run_in_background(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = False,
) -> Task:
    """Run ``fn(progress)`` on a worker thread; ``on_done(result)`` runs on the UI thread.

    ``fn`` must open its own database session (never share one across threads). Errors go to
    ``on_error`` or, by default, to a plain-language dialog.
    """
    task = Task(parent, label, fn, on_done, on_error, cancellable)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def wait_for_background_work() -> None:
    """Block until every task started here has finished (the app calls it once, on quitting).

    Why: a worker still running Python while the interpreter shuts down can crash it; waiting
    lets a backup or the start-up's ORM load end cleanly before the database is closed.
    """
    QThreadPool.globalInstance().waitForDone()
