"""The database dialog on real SQLite files: back up now, restore with confirmation, check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.service import database_care
from cxcareer.service.career import CareerApp
from cxcareer.store.backup import backup_dir_for, list_backups
from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.settings.database_dialog import DatabaseDialog


@pytest.fixture
def reopening(
    qapp: object, career_app: CareerApp, ui_settings: QSettings
) -> Iterator[ProfileController]:
    """A controller that can close and reopen its database, as the real app's does."""
    location = career_app.database.location

    def reopen() -> CareerApp:
        return CareerApp(open_database(location), lang="en", user="Tester")

    person = career_app.create_person("Ana Souza", current_role="support-representative").value
    controller = ProfileController(career_app, ui_settings, reopener=reopen)
    controller.select_person(person.id)
    yield controller
    controller.app.database.close()


def _dialog(qtbot: QtBot, controller: ProfileController) -> DatabaseDialog:
    dialog = DatabaseDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _settle(qtbot: QtBot, dialog: DatabaseDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_shows_where_the_data_is(qtbot: QtBot, controller: ProfileController) -> None:
    dialog = _dialog(qtbot, controller)
    assert dialog.location.text() == str(controller.app.database.location.path)
    assert dialog.backups.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert dialog.backup_button.isEnabled()


def test_back_up_now_creates_a_backup_file(qtbot: QtBot, controller: ProfileController) -> None:
    dialog = _dialog(qtbot, controller)
    folder = backup_dir_for(_db_path(controller))
    dialog.backup_button.click()
    _settle(qtbot, dialog)
    files = list_backups(folder)
    assert len(files) == 1
    assert files[0].path.is_file()
    assert files[0].reason == "manual"
    assert dialog.backups.rowCount() == 1
    assert dialog.backups.index(0, 1).data() == "Backed up by hand"
    assert dialog.selected_backup() == files[0]
    assert files[0].path.name in dialog.status.text()
    assert dialog.restore_button.isEnabled()


def test_restore_with_confirmation_brings_older_data_back(
    qtbot: QtBot, reopening: ProfileController, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = reopening
    dialog = _dialog(qtbot, controller)
    dialog.back_up_now()
    _settle(qtbot, dialog)
    older = dialog.selected_backup()
    assert older is not None
    controller.app.create_person("Bia Lima")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply

        return question

    # Saying No changes nothing.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    _settle(qtbot, dialog)
    assert sorted(p.name for p in controller.app.people()) == ["Ana Souza", "Bia Lima"]
    assert dialog.status.text() == "Nothing was restored."

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    before = controller.app
    with qtbot.waitSignal(controller.changed, timeout=10_000):
        dialog.restore_selected()
    _settle(qtbot, dialog)

    assert controller.app is not before  # reopened
    assert [p.name for p in controller.app.people()] == ["Ana Souza"]
    assert controller.snapshot is not None
    assert controller.snapshot.person.name == "Ana Souza"
    text = asked[-1]
    assert "backed up first" in text
    assert dialog.backups.index(dialog.backups.row_of(older.path), 0).data() in text
    # The data from before the restore was kept as a backup, listed in the dialog.
    reasons = [info.reason for info in list_backups(older.path.parent)]
    assert "before-restore" in reasons
    assert dialog.backups.rowCount() == 2
    assert "saved as" in dialog.status.text()
    saved = next(
        info for info in list_backups(older.path.parent) if info.reason == "before-restore"
    )
    kept = CareerApp(open_database(resolve_location(str(saved.path)), read_only=True))
    try:
        assert sorted(p.name for p in kept.people()) == ["Ana Souza", "Bia Lima"]
    finally:
        kept.database.close()


def test_restore_refuses_a_damaged_backup(
    qtbot: QtBot, reopening: ProfileController, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = reopening
    dialog = _dialog(qtbot, controller)
    dialog.back_up_now()
    _settle(qtbot, dialog)
    info = dialog.selected_backup()
    assert info is not None
    with info.path.open("r+b") as handle:
        handle.truncate(info.size // 2)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("must not ask"))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0] == "This backup is damaged or is not a database. Nothing was changed."
    assert [p.name for p in controller.app.people()] == ["Ana Souza"]


def test_check_reports_ok_then_the_problem_of_a_damaged_file(
    qtbot: QtBot, career_app: CareerApp, ui_settings: QSettings, tmp_path: Path
) -> None:
    career_app.create_person("Ana Souza")
    copy_path = tmp_path / "copy" / "profiles.db"
    copy_path.parent.mkdir()
    made = database_care.back_up_now(career_app.database.location)
    copy_path.write_bytes(made.read_bytes())
    copy = CareerApp(open_database(resolve_location(str(copy_path))), lang="en")
    controller = ProfileController(copy, ui_settings)
    dialog = _dialog(qtbot, controller)
    try:
        dialog.check_button.click()
        _settle(qtbot, dialog)
        assert dialog.check_result.text() == "The database passed its integrity check."

        copy.database.engine.dispose()  # every page on disk, then damage the file
        with copy_path.open("r+b") as handle:
            handle.truncate(copy_path.stat().st_size // 2)
        dialog.check_button.click()
        _settle(qtbot, dialog)
        assert dialog.check_result.text().startswith(
            "The database is damaged or is not a cxcareer database. "
        )  # and nothing of what SQLite found inside
        assert "Restore" in dialog.check_result.text()
    finally:
        copy.database.close()


def test_server_database_has_no_file_backups(
    qtbot: QtBot, controller: ProfileController, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = resolve_location("postgresql://ana:secret@db.example/cx")
    monkeypatch.setattr(controller.app.database, "location", server)
    dialog = _dialog(qtbot, controller)
    assert "secret" not in dialog.location.text()
    assert "pg_dump" in dialog.backups_note.text()
    assert not dialog.backup_button.isEnabled()
    assert not dialog.restore_button.isEnabled()


def _db_path(controller: ProfileController) -> Path:
    path = controller.app.database.location.path
    assert path is not None
    return path


def test_every_focusable_control_has_an_accessible_name(
    qtbot: QtBot, controller: ProfileController
) -> None:
    from PySide6.QtWidgets import QWidget

    dialog = _dialog(qtbot, controller)
    unnamed = [
        type(widget).__name__
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(dialog)
        and not widget.accessibleName()
    ]
    assert unnamed == []
