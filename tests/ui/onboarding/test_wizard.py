"""The first-run wizard driven like a person would: every page, halfway closes, skips, re-runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.store.records import Assessor
from cxcareer.store.services import assessments as assessment_services
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.onboarding.rating_page import RatingPage
from cxcareer.ui.onboarding.wizard import FINISH, PROFILE, ROLE, TARGETS, OnboardingWizard


def _wizard(qtbot: QtBot, controller: ProfileController) -> OnboardingWizard:
    wizard = OnboardingWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next(wizard: OnboardingWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _fill_profile(qtbot: QtBot, wizard: OnboardingWizard, name: str = "Ana Souza") -> None:
    _next(wizard)
    assert wizard.currentId() == PROFILE
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "a name is needed"
    qtbot.keyClicks(wizard.profile_page.name, name)
    qtbot.keyClicks(wizard.profile_page.email, "ana@example")
    assert not next_button.isEnabled(), "the email looks wrong"
    assert wizard.profile_page.problem.isVisibleTo(wizard)
    qtbot.keyClicks(wizard.profile_page.email, ".com")
    assert next_button.isEnabled()
    _next(wizard)
    assert wizard.currentId() == ROLE


def _choose_role(wizard: OnboardingWizard, role: str) -> None:
    if wizard.role_page.chosen_role() is None:
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.role_page.select_role(role)
    assert wizard.role_page.chosen_role() == role
    assert role != wizard.role_page.details.text()
    _next(wizard)
    assert wizard.currentId() == TARGETS


def _tick(wizard: OnboardingWizard, role: str) -> None:
    model = wizard.targets_page.model
    row = model.row_of(role)
    assert row >= 0, f"{role} is offered"
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def _assessments(app: CareerApp, person_id: str) -> int:
    with app.database.session() as session:
        return len(assessment_services.list_assessments(session, person_id))


def test_every_page_to_finish(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    _fill_profile(qtbot, wizard)
    person_id = wizard.progress.person_id
    assert person_id is not None, "created as soon as the profile step is done"
    assert career_app.person(person_id).email == "ana@example.com"

    _choose_role(wizard, "support-representative")
    assert career_app.person(person_id).current_role == "support-representative"
    model = wizard.targets_page.model
    assert model.option_at(0).reachable
    assert model.data(model.index(0, 2)) == "1 move · 6 months"
    _tick(wizard, "support-specialist")
    _tick(wizard, "cx-assistant")
    assert "Customer Support Specialist" in wizard.targets_page.summary.text()
    _next(wizard)
    assert career_app.person(person_id).targets == ("support-specialist", "cx-assistant")

    picked: dict[str, int] = {}
    pages = 0
    while isinstance(wizard.currentPage(), RatingPage):
        page = wizard.currentPage()
        assert isinstance(page, RatingPage)
        assert 1 <= len(page.boxes) <= 4
        pages += 1
        for number, box in enumerate(page.boxes):
            level = (number % 3) + 1
            button = box.buttons[level]
            page.scroll_area.ensureWidgetVisible(button)
            if number == 0:  # by mouse, on the indicator
                indicator = QPoint(6, button.height() // 2)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=indicator)
            else:  # by keyboard
                button.setFocus()
                qtbot.keyClick(button, Qt.Key.Key_Space)
            picked[box.item.skill] = level
        _next(wizard)
    assert pages == 3
    assert wizard.currentId() == FINISH
    assert not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    assert "Ready for Customer Support Specialist" in wizard.finish_page.summary.text()

    with qtbot.waitSignal(wizard.finished, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    view = career_app.person_snapshot(person_id)
    assert {skill: level.level for skill, level in view.self_levels.items()} == picked
    assert len(picked) == 11, "the representative's skills and the specialist's extra one"
    assert _assessments(career_app, person_id) == 3, "one self-assessment per page"
    assert empty_controller.person_id == person_id
    assert empty_controller.me_id() == person_id


def test_closing_halfway_keeps_role_targets_and_ratings(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard, "Bruno Lima")
    _choose_role(wizard, "support-specialist")
    _tick(wizard, "support-team-lead")
    _next(wizard)
    page = wizard.currentPage()
    assert isinstance(page, RatingPage)
    page.boxes[0].buttons[3].click()
    page.boxes[1].buttons[0].click()
    with qtbot.waitSignal(wizard.finished, timeout=2000):
        wizard.close()
    person_id = wizard.progress.person_id
    assert person_id is not None
    person = career_app.person(person_id)
    assert person.current_role == "support-specialist"
    assert person.targets == ("support-team-lead",)
    levels = career_app.person_snapshot(person_id).self_levels
    assert levels[page.boxes[0].item.skill].level == 3
    assert levels[page.boxes[1].item.skill].level == 0
    assert levels[page.boxes[0].item.skill].source is Assessor.SELF
    assert empty_controller.person_id == person_id


def test_targets_ticked_then_escape_are_kept(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    _choose_role(wizard, "support-representative")
    _tick(wizard, "support-team-lead")
    with qtbot.waitSignal(wizard.finished, timeout=2000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    person_id = wizard.progress.person_id
    assert person_id is not None
    assert career_app.person(person_id).targets == ("support-team-lead",)


def test_skip_at_the_start_creates_nobody(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.isVisible()
    assert skip.text().replace("&", "") == "Skip for now"
    with qtbot.waitSignal(wizard.finished, timeout=2000):
        skip.click()
    assert not wizard.isVisible()
    assert career_app.people() == []
    assert empty_controller.person_id is None


def test_skip_on_profile_page_creates_nobody(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _next(wizard)
    qtbot.keyClicks(wizard.profile_page.name, "Half Typed")
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert career_app.people() == []


def test_skip_after_the_profile_selects_the_new_person(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    with qtbot.waitSignal(empty_controller.changed, timeout=2000):
        wizard.button(QWizard.WizardButton.CustomButton1).click()
    [person] = career_app.people()
    assert person.name == "Ana Souza"
    assert person.current_role is None
    assert empty_controller.person_id == person.id


def test_back_and_forth_writes_nothing_twice(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    _choose_role(wizard, "support-representative")
    _next(wizard)
    page = wizard.currentPage()
    assert isinstance(page, RatingPage)
    page.boxes[0].buttons[2].click()
    _next(wizard)
    person_id = wizard.progress.person_id
    assert person_id is not None
    assert _assessments(career_app, person_id) == 1
    wizard.back()
    assert wizard.currentPage() is page
    assert page.boxes[0].level() == 2
    _next(wizard)
    wizard.back()
    wizard.back()
    assert wizard.currentId() == TARGETS
    _next(wizard)
    assert wizard.currentPage() is page, "same plan, same pages"
    assert _assessments(career_app, person_id) == 1
    assert len(career_app.people()) == 1


def test_changing_role_rebuilds_rating_pages(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    _choose_role(wizard, "support-representative")
    _next(wizard)
    first = wizard.currentPage()
    assert isinstance(first, RatingPage)
    assert first.next_role == "support-specialist"
    wizard.back()
    wizard.back()
    assert wizard.currentId() == ROLE
    _choose_role(wizard, "support-team-lead")
    _next(wizard)
    page = wizard.currentPage()
    assert isinstance(page, RatingPage)
    assert page.next_role == "support-performance-manager"
    assert page.boxes[0].item.skill == "leadership-mentoring"


def test_running_again_starts_from_what_is_stored(
    qtbot: QtBot, empty_controller: ProfileController, career_app: CareerApp
) -> None:
    person = career_app.create_person(
        "Carla Dias",
        email="carla@example.com",
        current_role="support-specialist",
        targets=["support-team-lead"],
    ).value
    career_app.rate(person.id, {"communication": 3})
    empty_controller.set_me(person.id)
    wizard = _wizard(qtbot, empty_controller)
    assert wizard.profile_page.name.text() == "Carla Dias"
    _next(wizard)
    wizard.profile_page.name.clear()
    qtbot.keyClicks(wizard.profile_page.name, "Carla Dias Souza")
    _next(wizard)
    assert wizard.role_page.chosen_role() == "support-specialist"
    _next(wizard)
    assert wizard.targets_page.model.checked() == ("support-team-lead",)
    _next(wizard)
    page = wizard.currentPage()
    assert isinstance(page, RatingPage)
    communication = next(b for b in page.boxes if b.item.skill == "communication")
    assert communication.level() == 3
    wizard.reject()
    assert len(career_app.people()) == 1
    assert career_app.person(person.id).name == "Carla Dias Souza"
    assert _assessments(career_app, person.id) == 1, "nothing changed on the rating page"


def test_role_activation_moves_on(qtbot: QtBot, empty_controller: ProfileController) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    wizard.role_page.select_role("cx-assistant")
    qtbot.keyClick(wizard.role_page.tree, Qt.Key.Key_Return)
    assert wizard.currentId() == TARGETS


def test_read_only_database_cannot_go_past_the_profile(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    empty_controller.read_only = True
    wizard = _wizard(qtbot, empty_controller)
    assert wizard.language_page.read_only_note.isVisible()
    _next(wizard)
    qtbot.keyClicks(wizard.profile_page.name, "Ana")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_language_switch_translates_framework_texts_at_once(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    model = wizard.role_page.model
    first_role = model.index(0, 0, model.index(0, 0))
    assert model.data(first_role) == "Customer Support Representative"
    wizard.language_page.buttons["pt-BR"].click()
    assert empty_controller.lang == "pt-BR"
    assert empty_controller.settings.value("language") == "pt-BR"
    assert model.data(first_role) == "Representante de Suporte ao Cliente"
    assert model.data(model.index(0, 0)) == "Suporte ao cliente"
    wizard.language_page.buttons["en"].click()
    assert model.data(first_role) == "Customer Support Representative"


def test_every_focusable_control_has_an_accessible_name(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    _choose_role(wizard, "support-representative")
    _next(wizard)
    missing = []
    for widget in wizard.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(wizard):
            continue
        if widget.parent() is not None and widget.objectName() == "qt_scrollarea_viewport":
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert missing == []


def test_no_page_is_left_without_a_title(qtbot: QtBot, empty_controller: ProfileController) -> None:
    wizard = _wizard(qtbot, empty_controller)
    for page_id in wizard.pageIds():
        assert wizard.page(page_id).title()
    assert wizard.windowTitle() == "Set up my profile"
    assert QApplication.instance() is not None
    assert not QModelIndex().isValid()


def test_language_switch_retranslates_the_wizard_at_once(
    qtbot: QtBot, career_app: CareerApp, ui_settings: QSettings, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        installed[:] = switch_translators(app, installed, lang, cache_dir=tmp_path)

    controller = ProfileController(career_app, ui_settings, language_switcher=switch)
    wizard = _wizard(qtbot, controller)
    try:
        wizard.language_page.buttons["pt-BR"].click()
        assert installed, "the pt-BR catalogs were built and installed"
        # Qt posts LanguageChange events; they arrive on the next turn of the event loop.
        qtbot.waitUntil(lambda: wizard.windowTitle() == "Configurar meu perfil", timeout=2000)
        assert wizard.language_page.title() == "Boas-vindas ao cxcareer"
        next_text = wizard.button(QWizard.WizardButton.NextButton).text()
        assert next_text == "&Avançar >"
        _next(wizard)
        assert wizard.profile_page.name_label.text() == "&Nome:"
        wizard.back()
        wizard.language_page.buttons["en"].click()
        qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up my profile", timeout=2000)
        assert wizard.language_page.title() == "Welcome to cxcareer"
    finally:
        remove_translators(app, installed)


def test_typing_in_the_role_search_narrows_the_tree_and_enter_selects(
    qtbot: QtBot, empty_controller: ProfileController
) -> None:
    """ "lider" (no accent) leaves the lead roles; Enter selects the first one left."""
    wizard = _wizard(qtbot, empty_controller)
    _fill_profile(qtbot, wizard)
    page = wizard.role_page
    empty_controller.app.set_lang("pt-BR")
    page.refresh_framework_texts()
    model = page.model
    every = sum(model.rowCount(track) for track in page.search.visible_rows())
    qtbot.keyClicks(page.search, "lider")
    left = [
        str(role.data())
        for track in page.search.visible_rows()
        for role in page.search.visible_rows(track)
    ]
    assert left
    assert len(left) < every
    assert all("Líder" in title for title in left)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert wizard.currentId() == ROLE, "Enter in the search field picks, it does not move on"
    chosen = page.chosen_role()
    assert chosen is not None
    assert (
        empty_controller.app.text(page.context.progress.framework().role(chosen).title) == left[0]
    )
    page.search.clear()
    assert sum(model.rowCount(track) for track in page.search.visible_rows()) == every
