"""Opening the database for the window: a second instance, a damaged file, the demo team."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui import app as ui_app
from cxcareer.ui import database_opening
from cxcareer.ui.demo_session import fill_demo


def test_second_instance_is_offered_read_only(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "shared.db"))
    first = open_database(location)
    questions: list[str] = []

    def answer(_title: str, text: str, _yes: str, _no: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(database_opening, "_ask", answer)
    try:
        second = database_opening.open_for_ui(location)
        assert second is not None
        assert second.read_only
        assert "another cxcareer" in questions[0]
        second.close()
    finally:
        first.close()


def test_second_instance_can_decline(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = resolve_location(str(tmp_path / "shared.db"))
    first = open_database(location)
    monkeypatch.setattr(database_opening, "_ask", lambda *_args: False)
    try:
        assert database_opening.open_for_ui(location) is None
    finally:
        first.close()


def test_damaged_database_is_set_aside_and_recovered(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxcareer.service.backups import backup_now
    from cxcareer.service.career import CareerApp

    path = tmp_path / "profiles.db"
    location = resolve_location(str(path))
    database = open_database(location)
    CareerApp(database).create_person("Kept Person", current_role="support-representative")
    database.close()
    assert backup_now(location, "before-test", only_if_changed=False) is not None
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # scribble over the first page's b-tree
    data[4096 * 2 : 4096 * 6] = b"\x00\x13" * (4096 * 2)
    path.write_bytes(bytes(data))
    told: list[str] = []
    monkeypatch.setattr(database_opening, "_ask", lambda *_args: True)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    reopened = database_opening.open_for_ui(location)
    assert reopened is not None
    try:
        assert [p.name for p in CareerApp(reopened).people()] == ["Kept Person"]
        assert told
        assert list(tmp_path.glob("*damaged*")), "the damaged file was kept aside"
    finally:
        reopened.close()


def test_demo_window_opens_on_the_manager(
    qtbot: QtBot, tmp_path: Path, ui_settings: QSettings
) -> None:
    location = resolve_location(str(tmp_path / "demo.db"))
    database = open_database(location)
    demo = fill_demo(database, "pt-BR")
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    window = ui_app.create_window(database, ui_settings, lang="pt-BR", qt_app=qt_app, demo=demo)
    qtbot.addWidget(window)
    try:
        assert window.controller.person_id == demo.person_id
        assert len(window.controller.app.people()) == 6
        assert demo.name in window.windowTitle()
    finally:
        # The Portuguese translators are installed application-wide: take them away again.
        window.controller.set_language("en")
        window.controller.app.database.close()
    assert QCoreApplication.translate("pages", "Ladder") == "Ladder"
