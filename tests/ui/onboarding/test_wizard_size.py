"""The wizard is as large as its pages need (at least a sensible minimum), never a fixed
820×640 for two radio buttons, and fits a 1024×700 screen in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.onboarding.wizard import OnboardingWizard


@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_the_wizard_takes_the_size_its_pages_need(
    qtbot: QtBot,
    qapp: QApplication,
    career_app: CareerApp,
    ui_settings: QSettings,
    tmp_path: Path,
    lang: str,
) -> None:
    installed: list[QTranslator] = switch_translators(qapp, [], lang, cache_dir=tmp_path)
    try:
        controller = ProfileController(career_app, ui_settings)
        wizard = OnboardingWizard(controller)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        assert wizard.size() == wizard.sizeHint().expandedTo(wizard.minimumSize())
        assert wizard.width() <= 1024 - 100
        assert wizard.height() <= 700 - 100
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            needed = page.minimumSizeHint()
            assert needed.width() <= wizard.width(), type(page).__name__
            assert needed.height() <= wizard.height(), type(page).__name__
    finally:
        remove_translators(qapp, installed)


def test_every_page_has_a_short_header_with_the_app_icon(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    wizard = OnboardingWizard(empty_controller)
    qtbot.addWidget(wizard)
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle
    assert not wizard.pixmap(QWizard.WizardPixmap.LogoPixmap).isNull()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.title(), type(page).__name__
        assert 0 < len(page.subTitle()) <= 140, type(page).__name__


def test_the_welcome_page_says_what_the_steps_are(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    wizard = OnboardingWizard(empty_controller)
    qtbot.addWidget(wizard)
    assert wizard.language_page.intro.text().count("<li>") == 4
