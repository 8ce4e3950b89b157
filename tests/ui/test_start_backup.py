"""The start-of-use backup runs behind the window: shown at once, working, told in the status bar.

The real backup runs; the test only holds it at a gate (a threading.Event) so it can look at the
window while the backup is under way, and then lets it finish.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from cxcareer.service import backups
from cxcareer.service.career import CareerApp
from cxcareer.store.backup import backup_dir_for, list_backups
from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui import app as ui_app
from cxcareer.ui.common.tasks import DIALOG_DELAY_MS, wait_for_background_work


def test_the_window_works_while_the_start_backup_runs_on_a_worker(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "profiles.db"
    database = open_database(resolve_location(str(path)))
    CareerApp(database).create_person("Ana Souza", current_role="support-representative")
    database.close()
    assert list_backups(backup_dir_for(path)) == []

    gate = threading.Event()
    threads: list[threading.Thread] = []
    real_backup_now = backups.backup_now

    def gated(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():
            gate.wait(timeout=20)
        return real_backup_now(*args, **kwargs)

    monkeypatch.setattr(backups, "backup_now", gated)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    args = ui_app.build_parser().parse_args(["--db", str(path), "--lang", "en"])
    window = ui_app._open_main_window(args, qapp, settings, "en", lambda _lang: None)
    assert window is not None
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert threads[0] is not threading.main_thread(), "the backup ran on the UI thread"
        assert window.isVisible()
        assert window.statusBar().currentMessage() == "Backing up…"
        # The event loop keeps turning past the delay after which a progress dialog would show,
        # and none does: nothing modal stands between the person and the window.
        ticked = QTimer(window)
        ticked.setSingleShot(True)
        ticked.start(DIALOG_DELAY_MS + 300)
        with qtbot.waitSignal(ticked.timeout, timeout=5000):
            pass
        assert not [w for w in qapp.topLevelWidgets() if isinstance(w, QProgressDialog)]
        assert list_backups(backup_dir_for(path)) == [], "still held at the gate"
        gate.set()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Backed up.", timeout=10000)
        [taken] = list_backups(backup_dir_for(path))
        assert taken.reason == "start"
    finally:
        gate.set()
        wait_for_background_work()
        window.close()
        window.controller.app.database.close()
