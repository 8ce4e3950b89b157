"""Preferences: language switches at once (texts and framework content), theme is applied."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.settings.preferences import PreferencesDialog
from cxcareer.ui.settings.theme import palette_for, stored_theme


class _Portuguese(QTranslator):
    """A translator that answers every string of the dialog, standing in for the .qm files."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return {"&Language:": "&Idioma:", "Preferences": "Preferências"}.get(source, "")

    def isEmpty(self) -> bool:
        return False


def test_language_switch_reaches_the_controller_and_retranslates(
    qtbot: QtBot, career_app: CareerApp, ui_settings: QSettings, qapp: QApplication
) -> None:
    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        for translator in installed:
            qapp.removeTranslator(translator)
        installed.clear()
        if lang == "pt-BR":
            installed.append(_Portuguese(qapp))
            qapp.installTranslator(installed[0])

    person = career_app.create_person("Ana", current_role="support-representative").value
    controller = ProfileController(career_app, ui_settings, language_switcher=switch)
    controller.select_person(person.id)
    dialog = PreferencesDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.language_label.text() == "&Language:"
    try:
        with qtbot.waitSignal(controller.changed):
            dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
        QCoreApplication.processEvents()
        assert controller.lang == "pt-BR"
        assert ui_settings.value("language") == "pt-BR"
        assert dialog.language_label.text() == "&Idioma:"
        assert dialog.windowTitle() == "Preferências"
        assert controller.snapshot is not None
        assert (
            controller.snapshot.role_title("support-representative")
            != "Customer Support Representative"
        )
    finally:
        switch("en")


def test_theme_choice_is_stored_and_applied(
    qtbot: QtBot, controller: ProfileController, qapp: QApplication, theme: Callable[[str], None]
) -> None:
    dialog = PreferencesDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system"
    assert dialog.theme.currentText() == "Same as the system"
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert controller.settings.value("theme") == "dark"
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert window == palette_for("dark").color(QPalette.ColorRole.Window)
    assert window.lightness() < 100
    assert qapp.styleSheet()
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    # A new dialog shows the stored choice.
    again = PreferencesDialog(controller)
    qtbot.addWidget(again)
    assert again.theme.currentData() == "light"


def test_stored_theme_falls_back_to_the_system() -> None:
    assert stored_theme("purple") == "system"
    assert stored_theme(None) == "system"
    assert stored_theme("dark") == "dark"


def test_every_control_has_an_accessible_name(qtbot: QtBot, controller: ProfileController) -> None:
    dialog = PreferencesDialog(controller)
    qtbot.addWidget(dialog)
    for widget in (dialog.language, dialog.theme):
        assert widget.accessibleName()
