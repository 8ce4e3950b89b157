"""Fixtures for the desktop app: a real SQLite database, the controller, the main window.

Settings go to an INI file in the test's own folder so no test reads or writes the developer's
real preferences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the run; fail the test with its text instead.

    Tests that expect a dialog patch the one they expect themselves (their patch wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: object, **_kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected modal dialog: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Preferences in a throw-away INI file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(
    qapp: QApplication, career_app: CareerApp, ui_settings: QSettings
) -> ProfileController:
    """A controller on ``career_app`` with one person (a Support Representative aiming higher)."""
    person = career_app.create_person(
        "Ana Souza",
        current_role="support-representative",
        targets=["support-specialist"],
    ).value
    controller = ProfileController(career_app, ui_settings)
    controller.select_person(person.id)
    return controller


@pytest.fixture
def main_window(qtbot: object, controller: ProfileController) -> MainWindow:
    """The main window around ``controller``, shown offscreen."""
    window = MainWindow(controller)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Applies a theme as the Preferences do; afterwards the app's own style, palette and
    stylesheet are put back, so later tests see Qt's defaults again."""
    from cxcareer.ui.settings.theme import apply_theme

    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield lambda name: apply_theme(qapp, name)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("cxcareerTheme", None)
    QGuiApplication.styleHints().unsetColorScheme()


@pytest.fixture
def small_window(main_window: MainWindow) -> MainWindow:
    """The main window at 1024×700, the smallest screen every page must fit."""
    main_window.resize(1024, 700)
    return main_window
