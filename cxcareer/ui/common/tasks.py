"""Running slow work off the UI thread, with progress and cancel when it takes a while.

Why one helper: imports, exports, backups and big frameworks must never freeze the window, and
every screen should behave the same — a progress dialog only when the work takes over a second,
a Cancel button that the work itself checks, errors shown through the same dialog. The work runs
on a QThreadPool thread; its result comes back to the UI thread through a queued signal.

Why the worker never holds a Qt object: a QObject whose last Python reference is dropped on the
worker thread is deleted there, under the UI thread's feet — a segfault when the window that
started the task closed meanwhile. So the worker only knows its function, a cancel flag and a
task number; it reports through :class:`_Dispatcher`, made once on the UI thread and never
deleted, and the UI thread looks the :class:`Task` up by number (gone: the report is dropped).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxcareer.ui.common.errors import show_error

__all__ = ["Progress", "Task", "run_in_background", "wait_for_background_work"]

#: ``progress(done, total)`` reports progress; it returns False once the person cancelled.
Progress = Callable[[int, int], bool]

#: Work shorter than this shows no dialog at all.
DIALOG_DELAY_MS = 1000

#: Tasks still running, by number; only the UI thread reads or changes it.
_LIVE: dict[int, Task] = {}
_NUMBERS = itertools.count(1)


class _Dispatcher(QObject):
    """Carries the workers' reports to the UI thread; one for the whole app, never deleted."""

    finished = Signal(int, bool, object)  # task number, succeeded, result or error
    progressed = Signal(int, int, int)  # task number, done, total

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    def _finish(self, number: int, succeeded: bool, value: object) -> None:
        task = _LIVE.pop(number, None)
        if task is None or not shiboken6.isValid(task):
            return  # its window closed meanwhile: nobody is left to tell
        if succeeded:
            task._finish(value)
        else:
            assert isinstance(value, BaseException)
            task._fail(value)

    def _progress(self, number: int, done: int, total: int) -> None:
        task = _LIVE.get(number)
        if task is not None and shiboken6.isValid(task):
            task._progress(done, total)


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Runnable(QRunnable):
    """The worker's side: plain Python only (see the module docstring)."""

    def __init__(
        self,
        number: int,
        fn: Callable[[Progress], Any],
        cancelled: threading.Event,
        dispatcher: _Dispatcher,
    ) -> None:
        super().__init__()
        self._number = number
        self._fn = fn
        self._cancelled = cancelled
        self._dispatcher = dispatcher

    def _report(self, done: int, total: int) -> bool:
        self._dispatcher.progressed.emit(self._number, done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        fn, self._fn = self._fn, _finished_work
        try:
            outcome: tuple[bool, object] = (True, fn(self._report))
        except BaseException as error:
            outcome = (False, error)
        # Let go of the work before reporting: the UI thread still holds it (Task.work), so
        # whatever it captured is released there, never here.
        del fn
        self._dispatcher.finished.emit(self._number, *outcome)


def _finished_work(_progress: Progress) -> None:
    """Stands in for the work once it ran, so the runnable keeps nothing of its caller alive."""


class Task(QObject):
    """One piece of background work, on the UI thread; kept alive until it reports back."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
        quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self._on_done = on_done
        self._on_error = on_error
        self.cancel_flag = threading.Event()
        self.done = False
        self._parent_widget = parent
        #: None for quiet work, which its caller reports itself (the status bar, say).
        self.dialog: QProgressDialog | None = None
        if not quiet:
            self._make_dialog(label, cancellable)

    def _make_dialog(self, label: str, cancellable: bool) -> None:
        self.dialog = QProgressDialog(
            label, self.tr("Cancel") if cancellable else "", 0, 0, self._parent_widget
        )
        self.dialog.setWindowTitle(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(DIALOG_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel_flag.set)
        self.dialog.setValue(0)  # starts the minimum-duration timer

    def _progress(self, done: int, total: int) -> None:
        if self.done or self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    def _close(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        # Not deleteLater(): with the parent window deleted before that deferred delete ran,
        # PySide6 6.12 crashed (a bus error, reproduced). Without a parent the task belongs to
        # Python and goes with its last reference, on this (the UI) thread.
        self.setParent(None)

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
        return self.cancel_flag.is_set()


def run_in_background(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = False,
    quiet: bool = False,
) -> Task:
    """Run ``fn(progress)`` on a worker thread; ``on_done(result)`` runs on the UI thread.

    ``fn`` must open its own database session (never share one across threads). Errors go to
    ``on_error`` or, by default, to a plain-language dialog. Call it on the UI thread.

    ``quiet``: no progress dialog at all (it is window-modal, so it would stop the person
    working); for work the window goes on without, such as a backup, said in the status bar.
    """
    task = Task(parent, label, fn, on_done, on_error, cancellable, quiet)
    number = next(_NUMBERS)
    _LIVE[number] = task
    runnable = _Runnable(number, fn, task.cancel_flag, _the_dispatcher())
    QThreadPool.globalInstance().start(runnable)
    return task


def wait_for_background_work() -> None:
    """Block until every task started here has finished (the app calls it once, on quitting).

    Why: a worker still running Python while the interpreter shuts down can crash it; waiting
    lets a backup or the start-up's ORM load end cleanly before the database is closed.
    """
    QThreadPool.globalInstance().waitForDone()
