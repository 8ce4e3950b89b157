"""The one helper for work off the UI thread: results and errors come back, quitting waits.

Why these: the app's start-up loads SQLAlchemy through it right after the first frame, and a
person may quit at any moment; a report to a window that is gone must not raise, and quitting
must wait for the worker instead of tearing the interpreter down under it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import weakref

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.tasks import Progress, run_in_background, wait_for_background_work


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


def test_a_finished_task_is_freed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    task = run_in_background(parent, "Working", lambda _p: 7, results.append)
    gone = weakref.ref(task)
    del task
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [7]
    assert gone() is None, "nothing keeps the task once it reported back"


_WINDOW_CLOSES_FIRST = """
import time
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from cxcareer.ui.common.tasks import run_in_background

app = QApplication([])
for n in range(300):
    window = QWidget()
    results = []
    run_in_background(window, "Working", lambda _p: n, results.append)
    while not results:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    del window  # the window goes at once, right after its task reported back
    QCoreApplication.processEvents()
print("ok")
"""


def test_a_window_closing_right_after_its_task_does_not_crash_the_app() -> None:
    """300 rounds in a child process: with a deferred delete of the task, this crashed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW_CLOSES_FIRST],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr


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
