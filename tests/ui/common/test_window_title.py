"""Dialogs are as wide as their title bar needs, so the title is not shortened."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.window_title import room_for_title
from cxcareer.ui.meeting.export_dialog import ExportPackDialog


def test_the_export_dialog_is_as_wide_as_its_title(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = ExportPackDialog("Mariana Albuquerque", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    font = dialog.font()
    font.setBold(True)
    name = qapp.applicationDisplayName()
    title = QFontMetrics(font).horizontalAdvance(f"{dialog.windowTitle()} — {name}")
    assert dialog.width() >= title + 100, "room for the title and the title bar's buttons"


def test_a_longer_title_asks_for_more_room(qtbot: QtBot) -> None:
    dialog = ExportPackDialog("Ana", "en")
    qtbot.addWidget(dialog)
    short = room_for_title(dialog)
    dialog.setWindowTitle(dialog.windowTitle() + " — with a much longer explanation")
    assert room_for_title(dialog) > short
    assert dialog.minimumWidth() >= room_for_title(dialog)
