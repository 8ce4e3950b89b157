"""After "Skip for now" the Overview is a real empty state: what the app is for, what can be
done now, and a button that starts the set-up again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.ui.common.first_steps import FirstSteps
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.onboarding.wizard import OnboardingWizard
from cxcareer.ui.overview.page import OverviewPage


@pytest.fixture
def empty(qapp: QApplication, career_app: CareerApp, ui_settings: QSettings) -> ProfileController:
    """A controller on a database with nobody in it (the set-up skipped)."""
    return ProfileController(career_app, ui_settings)


def _window(qtbot: QtBot, controller: ProfileController) -> tuple[MainWindow, FirstSteps]:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("overview")
    assert isinstance(page, OverviewPage)
    assert page.stack.currentWidget() is page.nobody
    assert isinstance(page.nobody, FirstSteps)
    return window, page.nobody


def test_an_empty_database_says_what_to_do_now(qtbot: QtBot, empty: ProfileController) -> None:
    controller = empty
    window, steps = _window(qtbot, controller)
    assert steps.heading.text() == "Your profile is not set up yet"
    assert steps.body.text().count("<li>") == 3
    for button in (steps.set_up, steps.add_person, steps.ladder):
        assert button.isVisible()
        assert button.text()
    menu_entry = window.findChild(QAction, "action-onboarding")
    assert menu_entry is not None
    assert steps.set_up.text() == menu_entry.text()


def test_the_set_up_button_starts_the_wizard_again(qtbot: QtBot, empty: ProfileController) -> None:
    controller = empty
    _shown, steps = _window(qtbot, controller)
    opened: list[QDialog] = []

    def close_the_wizard() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(50, close_the_wizard)
    steps.set_up.click()
    assert len(opened) == 1
    assert isinstance(opened[0], OnboardingWizard)


def test_explore_the_ladder_shows_the_ladder(qtbot: QtBot, empty: ProfileController) -> None:
    controller = empty
    window, steps = _window(qtbot, controller)
    steps.ladder.click()
    assert window.current_page_key() == "ladder"


def test_with_people_but_nobody_selected_it_says_so(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.select_person(None)
    _shown, steps = _window(qtbot, controller)
    assert steps.heading.text() == "Nobody is selected"
    assert steps.set_up.isVisible()


def test_the_first_person_added_changes_what_it_says(
    qtbot: QtBot, empty: ProfileController
) -> None:
    controller = empty
    _shown, steps = _window(qtbot, controller)
    assert steps.heading.text() == "Your profile is not set up yet"
    controller.run(lambda app: app.create_person("Bruno Lima"))
    assert controller.person_id is None
    assert steps.heading.text() == "Nobody is selected"
