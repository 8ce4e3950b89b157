"""The Overview leads with one recommended move, follows every change, explains readiness, adds
a suggested action in one click (undoable), and leads out of its empty states."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.formats import percent
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.roles_tree_model import ROLE_ID as ROLES_ROLE_ID
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.overview.moves_model import ROLE_ID
from cxcareer.ui.overview.page import OverviewPage


def _page(qtbot: QtBot, controller: ProfileController) -> OverviewPage:
    page = OverviewPage(controller)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_the_card_shows_the_first_target_and_its_top_three_skills(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.rate({"communication": 2, "problem-solving": 1})
    page = _page(qtbot, controller)
    assert page.stack.currentIndex() == 1
    assert page.heading.text() == "Ana Souza"
    assert "Customer Support Representative" in page.role_label.text()
    card = page.card
    assert card.kicker.text() == "Your target"
    assert card.title.text() == "Customer Support Specialist"
    assert card.facts.text() == "Promotion · typically about 1½ years"
    view = controller.snapshot
    assert view is not None
    found = view.gaps["support-specialist"]
    assert card.bar.value() == found.readiness
    assert card.readiness.text() == f"{percent(found.readiness, 'en')} ready · 8 skills not rated"
    assert card.unrated_note.isVisibleTo(page)
    shown = [line for line in card.lines if line.name.isVisibleTo(page)]
    assert [line.name.text() for line in shown] == [
        view.skill_name("problem-solving"),
        view.skill_name("communication"),
        view.skill_name(str(next(m.skill for m in found.missing if not m.rated))),
    ]
    first, _second, third = shown
    assert first.dots.levels() == (1, 3, True)
    assert first.levels.text() == "1 → 3"
    assert first.button.text() == "Add to plan"
    assert view.descriptor("problem-solving", 2).rstrip(". ") in first.action.fullText()
    # One line per action: shortened to the room it has, the whole sentence in its tooltip.
    page.resize(500, 700)
    qtbot.waitUntil(lambda: first.action.text() != first.action.fullText())
    assert first.action.toolTip() == first.action.fullText()
    assert first.action.text().endswith("…")
    assert first.action.fontMetrics().horizontalAdvance(first.action.text()) <= first.action.width()
    # A skill nobody rated is said so, painted dashed, and offers rating, not a plan action.
    assert third.dots.levels()[2] is False
    assert third.levels.text().startswith("not rated → ")
    assert third.button.text() == "Rate…"


def test_one_click_adds_the_suggested_action_and_undo_removes_it(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.rate({"problem-solving": 1})
    page = _page(qtbot, controller)
    person = controller.person_id
    assert person is not None
    line = page.card.lines[0]
    title = line.action.fullText()
    with qtbot.waitSignal(controller.changed):
        line.button.click()
    (stored,) = development.list_actions(controller.app, person)
    assert stored.title == title
    assert stored.skill == "problem-solving"
    assert stored.target_role == "support-specialist"
    assert page.card.lines[0].button.text() == "In the plan ✓"
    assert not page.card.lines[0].button.isEnabled()
    assert page.actions_model.rowCount() == 1
    assert page.rows.tabText(1) == "Open plan actions (1)"
    controller.undo_stack.undo()
    assert development.list_actions(controller.app, person) == []
    assert page.card.lines[0].button.text() == "Add to plan"
    controller.undo_stack.redo()
    assert [a.title for a in development.list_actions(controller.app, person)] == [title]


def test_the_card_is_reachable_with_the_keyboard(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.rate({"problem-solving": 1})
    page = _page(qtbot, controller)
    button = page.card.lines[0].button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(controller.changed):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    person = controller.person_id
    assert person is not None
    assert len(development.list_actions(controller.app, person)) == 1
    name = page.card.lines[0].name
    assert name.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(page.rateRequested) as blocker:
        qtbot.keyClick(name, Qt.Key.Key_Space)
    assert blocker.args == ["problem-solving"]


def test_rating_updates_the_card_and_the_list(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    before = page.card.readiness.text()
    with qtbot.waitSignal(controller.changed):
        assert controller.rate({"communication": 3, "problem-solving": 3})
    view = controller.snapshot
    assert view is not None
    expected = percent(view.readiness["support-specialist"], "en")
    assert page.card.readiness.text().startswith(expected)
    assert page.card.readiness.text() != before
    roles = [page.moves_model.role_at(r) for r in range(page.moves_model.rowCount())]
    assert "support-specialist" not in roles, "the card's role is not listed twice"
    assert len(roles) == len(set(roles))


def test_app_rate_and_refresh_update_the_page(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    view = controller.snapshot
    assert view is not None
    role = view.framework.role("support-specialist")
    controller.app.rate(
        view.person.id, {req.skill: req.level for req in role.requires}, assessor=Assessor.MANAGER
    )
    controller.app.rate(view.person.id, {req.skill: req.level for req in role.requires})
    controller.refresh()
    assert page.card.readiness.text() == "100% ready"
    assert page.card.skills_note.text() == "You meet every skill requirement of this role."
    assert not any(line.name.isVisibleTo(page) for line in page.card.lines)


def test_explanation_shows_this_persons_numbers(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    controller.rate({"communication": 3})
    page.explain_button.click()
    dialog = page.explanation
    assert dialog.isVisible()
    assert dialog.panel.formula.text() == "sum(w * min(have, need)) / sum(w * need)"
    assert "Customer Support Specialist" in dialog.panel.title.text()
    assert "Readiness = 6 ÷ 35 = 17%" in dialog.panel.result.text()
    controller.rate({"problem-solving": 3})
    assert "Readiness = 12 ÷ 35 = 34%" in dialog.panel.result.text(), "stays live"
    assert dialog.panel.model.rowCount() == 10


def test_enter_on_a_listed_move_asks_for_that_role(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    page.rows.setCurrentIndex(0)
    index = page.moves_model.index(0, 0)
    page.moves_view.setFocus()
    page.moves_view.setCurrentIndex(index)
    with qtbot.waitSignal(page.roleActivated) as blocker:
        qtbot.keyClick(page.moves_view, Qt.Key.Key_Return)
    assert blocker.args == [index.data(ROLE_ID)]
    with qtbot.waitSignal(page.roleActivated) as blocker:
        page.open_role_button.click()
    assert blocker.args == ["support-representative"]
    with qtbot.waitSignal(page.routesRequested) as blocker:
        page.card.open_button.click()
    assert blocker.args == ["support-specialist"]


def test_the_card_opens_the_routes_to_its_role(
    qtbot: QtBot, controller: ProfileController, main_window: MainWindow
) -> None:
    """The header shows the current role on the ladder; the card answers the next question,
    how to get to the recommended role, on the Paths screen aimed at it."""
    page = main_window.show_page("overview")
    assert isinstance(page, OverviewPage)
    assert page.card.open_button.text() != page.open_role_button.text()
    role = page.card.recommendation()
    assert role is not None
    page.card.open_button.click()
    assert main_window.current_page_key() == "paths"
    paths = main_window.page("paths")
    assert paths.target() == role.role  # type: ignore[attr-defined]


def test_empty_states_lead_somewhere(qtbot: QtBot, controller: ProfileController) -> None:
    newcomer = controller.app.create_person("Caio Lima").value
    controller.select_person(newcomer.id)
    page = _page(qtbot, controller)
    assert "No current role chosen yet" in page.role_label.text()
    assert not page.open_role_button.isVisibleTo(page)
    assert not page.choose_role_button.isVisibleTo(page), "the card offers it, once is enough"
    card = page.card
    assert card.empty.isVisibleTo(page)
    assert "Caio Lima" in card.empty.text()
    assert card.empty_button.text() == "Choose current role…"
    assert not card.measure.isVisibleTo(page)
    assert not page.explain_button.isEnabled()
    assert page.moves_hint.isVisibleTo(page)
    assert "No target roles yet" in page.moves_hint.text()

    assert page.set_current_role("cx-assistant")
    assert "Customer Experience Assistant" in page.role_label.text()
    # No target: the card recommends the engine's best next move.
    assert card.kicker.text() == "Suggested next move"
    assert card.measure.isVisibleTo(page)
    assert page.add_target("cx-analyst")
    assert card.kicker.text() == "Your target"
    assert card.title.text() == controller.snapshot.role_title("cx-analyst")  # type: ignore[union-attr]
    assert controller.app.person(newcomer.id).targets == ("cx-analyst",)

    controller.select_person(None)
    assert page.stack.currentIndex() == 0
    assert page.nobody.heading.text() == "Nobody is selected"


def test_three_targets_disable_adding(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    assert page.add_target_button.isEnabled()
    assert page.add_target("support-team-lead")
    assert page.add_target("qa-analyst")
    assert not page.add_target_button.isEnabled()
    assert page.add_target_button.toolTip()


def test_every_control_has_an_accessible_name(qtbot: QtBot, controller: ProfileController) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

    controller.rate({"problem-solving": 1})
    page = _page(qtbot, controller)
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
            assert widget.accessibleName(), widget


def test_switches_to_portuguese(
    qtbot: QtBot, qapp: QApplication, controller: ProfileController, tmp_path: Path
) -> None:
    from cxcareer.ui.i18n.loader import install_translators, remove_translators

    controller.rate({"problem-solving": 1})
    page = _page(qtbot, controller)
    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        controller.app.set_lang("pt-BR")
        controller.refresh()
        qtbot.waitUntil(lambda: page.explain_button.text() == "Como isto é calculado?")
        assert page.card.kicker.text() == "Seu objetivo"
        assert page.card.skills_title.text() == "Principais competências a desenvolver"
        assert page.card.lines[0].action.fullText().startswith("Pratique ")
        assert "sem avaliação" in page.card.readiness.text()
        assert page.moves_model.headerData(1, Qt.Orientation.Horizontal) == "Prontidão"
        assert page.role_label.text() == "Cargo atual: Representante de Suporte ao Cliente"
    finally:
        remove_translators(qapp, translators)
        controller.app.set_lang("en")
    qtbot.waitUntil(lambda: page.explain_button.text() == "How is this computed?")


def test_main_window_builds_the_screen(main_window: MainWindow) -> None:
    page = main_window.show_page("overview")
    assert isinstance(page, OverviewPage)
    assert page.heading.text() == "Ana Souza"


def test_rating_in_place_opens_the_skills_editor(
    qtbot: QtBot, main_window: MainWindow, controller: ProfileController
) -> None:
    page = main_window.show_page("overview")
    assert isinstance(page, OverviewPage)
    unrated = page.card.lines[0]
    assert unrated.button.text() == "Rate…"
    skill = unrated.skill.skill if unrated.skill is not None else ""
    unrated.button.click()
    assert main_window.current_page_key() == "skills"
    skills = main_window.page("skills")
    assert skills.selected_skill() == skill  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: skills.table.state() == skills.table.State.EditingState)  # type: ignore[attr-defined]


def test_fits_a_1024_window_in_portuguese_for_every_demo_person(
    qtbot: QtBot, qapp: QApplication, demo_app: CareerApp, ui_settings: QSettings, tmp_path: Path
) -> None:
    """The page's minimum width stays within what a 1024-px window leaves it beside the people
    list and the navigation (about 600 px), for people with and without targets."""
    from cxcareer.ui.i18n.loader import install_translators, remove_translators

    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        demo_app.set_lang("pt-BR")
        controller = ProfileController(demo_app, ui_settings)
        page = OverviewPage(controller)
        qtbot.addWidget(page)
        page.show()
        widths = {}
        for person in demo_app.people():
            controller.select_person(person.id)
            widths[person.name] = page.minimumSizeHint().width()
        assert max(widths.values()) <= 600, widths
    finally:
        remove_translators(qapp, translators)
        demo_app.set_lang("en")


def test_a_role_without_requirements_says_so_in_a_neutral_colour(
    qtbot: QtBot, career_app: CareerApp, ui_settings: QSettings, tmp_path: Path
) -> None:
    """Before, a role listing no requirements showed "100% ready" in green on every screen."""
    from cxcareer.service.ladder_data import ladder_data
    from cxcareer.ui.ladder.roles_tree_model import LadderRolesModel
    from tests.cli.conftest import SMALL

    path = tmp_path / "tiny.yaml"
    path.write_text(SMALL, encoding="utf-8")
    version = career_app.import_framework(path).value.version
    person = career_app.create_person(
        "Ivo", current_role="agent", targets=["island"], framework_version_id=version.id
    ).value
    controller = ProfileController(career_app, ui_settings)
    controller.select_person(person.id)
    page = _page(qtbot, controller)
    card = page.card
    assert card.title.text() == "Island"
    assert card.readiness.text() == "no requirements defined"
    assert card.bar.value() is None, "an empty, neutral bar: there is nothing to measure"
    assert "no skill requirements" in card.skills_note.text()

    view = controller.snapshot
    assert view is not None
    model = LadderRolesModel()
    model.set_data(ladder_data(career_app, view))
    found = {}
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            found[model.index(row, 0, parent).data(ROLES_ROLE_ID)] = (
                model.index(row, 3, parent).data(),
                model.index(row, 3, parent).data(Qt.ItemDataRole.BackgroundRole),
            )
    assert found["hermit"] == ("no requirements defined", None)
    assert found["agent"][0] == "0% · 1 not rated"
