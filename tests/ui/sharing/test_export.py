"""Exporting from the menu: defaults, the private-notes choice, writing in the background."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.service.bundle_signing import verify_bundle
from cxcareer.store.bundle_schema import BUNDLE_FORMAT
from cxcareer.ui.sharing.bundle_dialogs import export_bundle
from cxcareer.ui.sharing.export_dialog import ExportDialog
from cxcareer.ui.sharing.export_flow import ExportFlow
from tests.ui.sharing.conftest import Laptop


def bundle_signer(path: Path) -> str:
    """The person id the bundle at ``path`` is signed as (its signature checked)."""
    bundle = json.loads(path.read_text(encoding="utf-8"))
    return verify_bundle(bundle).person_id


def _export_button(dialog: ExportDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_defaults_selected_person_no_private_notes(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, _manager = laptops
    dialog = ExportDialog(employee.controller, employee.widget, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.person.currentText() == "Ana Souza"
    assert not dialog.private.isChecked()
    assert not dialog.private_warning.isVisible()
    assert dialog.path.text() == str(tmp_path / "ana-souza-2026-11-23.cxbundle.json")
    dialog.private.setChecked(True)
    assert dialog.private_warning.isVisible()
    assert "leave this database" in dialog.private_warning.text()
    choice = dialog.choice()
    assert choice is not None
    assert choice.include_private
    assert choice.person_id == employee.controller.person_id
    for widget in (dialog.person, dialog.private, dialog.path, dialog.browse):
        assert widget.accessibleName()


def test_existing_file_needs_a_second_press(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, _manager = laptops
    dialog = ExportDialog(employee.controller, employee.widget)
    qtbot.addWidget(dialog)
    target = tmp_path / "ana"
    target.with_name("ana.cxbundle.json").write_text("old", encoding="utf-8")
    dialog.path.setText(str(target))  # no extension typed: it is added
    dialog.show()

    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible()
    assert "already exists" in dialog.problem.text()
    assert dialog.result() == 0
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice is not None
    assert choice.replace  # the flow writes over it with force


def test_the_confirmed_file_is_replaced_and_a_link_never(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    _employee, manager = laptops
    manager.controller.select_person(manager.app.people()[0].id)
    old = tmp_path / "old.cxbundle.json"
    old.write_text("old", encoding="utf-8")
    precious = tmp_path / "precious.txt"
    precious.write_text("precious", encoding="utf-8")
    link = tmp_path / "link.cxbundle.json"
    link.symlink_to(precious)

    export_bundle(manager.controller, manager.widget)
    dialog = manager.widget.findChild(ExportDialog)
    assert dialog is not None
    dialog.path.setText(str(link))
    for _press in range(2):  # a second press does not make a link writable
        qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
        assert f"{link} is a symbolic link" in dialog.problem.text()
        assert dialog.result() == 0
    dialog.path.setText(str(old))
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.problem.text()
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)

    flow = manager.widget.findChild(ExportFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=5000)
    assert json.loads(old.read_text(encoding="utf-8"))["format"] == BUNDLE_FORMAT
    assert precious.read_text(encoding="utf-8") == "precious"
    assert flow.summary is not None
    flow.summary.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: manager.widget.findChild(ExportFlow) is None)


def test_a_long_refusal_grows_the_dialog_instead_of_cutting_lines(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, _manager = laptops
    dialog = ExportDialog(employee.controller, employee.widget)
    qtbot.addWidget(dialog)
    link = tmp_path / "a-rather-long-name-for-a-link-to-somewhere-else.cxbundle.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    dialog.path.setText(str(link))
    dialog.show()
    before = dialog.height()
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    assert "is a symbolic link" in dialog.problem.text()
    assert dialog.height() > before
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_missing_folder_is_refused(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, _manager = laptops
    dialog = ExportDialog(employee.controller, employee.widget)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nowhere" / "ana.cxbundle.json"))
    dialog.show()
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)
    assert "is not an existing folder" in dialog.problem.text()
    assert dialog.result() == 0


@pytest.mark.parametrize("private", [False, True])
def test_menu_export_writes_the_bundle_in_the_background(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path, private: bool
) -> None:
    _employee, manager = laptops
    manager.use()
    manager.controller.select_person(manager.app.people()[0].id)
    export_bundle(manager.controller, manager.widget)
    dialog = manager.widget.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    target = tmp_path / "from-manager.cxbundle.json"
    dialog.path.setText(str(target))
    dialog.private.setChecked(private)
    qtbot.mouseClick(_export_button(dialog), Qt.MouseButton.LeftButton)

    flow = manager.widget.findChild(ExportFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=5000)
    assert flow.summary is not None
    text = flow.summary.text()
    assert str(target) in text
    assert "One-to-ones: 1" in text
    assert f"Signed as Bruno Lima, key {manager.side.key.fingerprint}." in text  # as "Me"
    assert bundle_signer(target) == manager.side.me
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["includes_private"] is private
    assert ("private_notes" in bundle["meetings"][0]) is private
    assert target.stat().st_mode & 0o077 == 0
    assert manager.controller.settings.value("sharing/last_folder") == str(tmp_path)
    flow.summary.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: manager.widget.findChild(ExportFlow) is None)


def test_file_menu_opens_the_export_dialog(qtbot: QtBot, main_window: Any) -> None:
    action = main_window.findChild(QAction, "action-export-bundle")
    assert action is not None
    assert action.isVisible()
    action.trigger()
    dialog = main_window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.person.currentText() == "Ana Souza"
    dialog.reject()
