"""The shared skeleton of the add/edit dialogs: rows, the refusal line, OK and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.form_dialog import FormDialog


class _NameDialog(FormDialog):
    """A one-field dialog: a name is needed, and OK is off while 'locked' is typed."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Name")
        self.name = QLineEdit()
        self.name.setAccessibleName("Name")
        self.name.textChanged.connect(lambda _text: self.update_ok())
        self.add_row("&Name:", self.name)

    def problem_text(self) -> str:
        return "" if self.name.text().strip() else "Type a name."

    def problem_field(self) -> QWidget:
        return self.name

    def can_accept(self) -> bool:
        return self.name.text() != "locked"


def test_ok_is_refused_with_the_reason_until_the_rule_holds(qtbot: QtBot) -> None:
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.problem.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "a refused OK keeps the dialog open"
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Type a name."
    assert dialog.problem.accessibleName()
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Ana")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_rejects_without_checking(qtbot: QtBot) -> None:
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.problem.isVisible()


def test_ok_follows_can_accept(qtbot: QtBot) -> None:
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.name.setText("locked")
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("Ana")
    assert dialog.ok_button.isEnabled()


def test_a_row_label_takes_the_field_as_its_buddy(qtbot: QtBot) -> None:
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    item = dialog.form_layout.itemAt(0, QFormLayout.ItemRole.LabelRole)
    assert item is not None
    label = item.widget()
    assert isinstance(label, QLabel)
    assert label.text() == "&Name:"
    assert label.buddy() is dialog.name
