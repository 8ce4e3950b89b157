"""The one helper for work off the UI thread: results and errors come back, quitting waits.

Why these: the app's start-up loads SQLAlchemy through it right after the first frame, and a
person may quit at any moment; a report to a window that is gone must not raise, and quitting
must wait for the worker instead of tearing the interpreter down under it.
"""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.tasks import Progress, Task, run_in_background, wait_for_background_work


def test_the_work_runs_on_a_worker_and_its_result_comes_back_on_the_ui_thread(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ui_thread = threading.get_ident()
    ran_on: list[int] = []
    results: list[tuple[int, int]] = []

    def work(_progress: Progress) -> int:
        ran_on.append(threading.get_ident())
        return 42

    run_in_background(parent, "Working", work, lambda r: results.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert ran_on
    assert ran_on[0] != ui_thread
    assert results == [(42, ui_thread)]


def test_an_error_goes_to_on_error(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    run_in_background(parent, "Working", work, lambda _r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError)


def test_a_report_to_a_window_that_is_gone_is_dropped_quietly(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task(parent, "Working", lambda _p: None, lambda _r: None, None, False)
    signals = task._signals
    shiboken6.delete(signals)
    task._tell(signals.finished, "late")  # raised RuntimeError before the guard


def test_quitting_waits_for_the_work_in_flight(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    finished = threading.Event()

    def slow(_progress: Progress) -> None:
        time.sleep(0.2)
        finished.set()

    run_in_background(parent, "Working", slow, lambda _r: None)
    wait_for_background_work()
    assert finished.is_set()
