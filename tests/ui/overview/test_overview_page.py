"""The Overview screen follows every change, explains readiness, leads out of empty states."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service.formats import percent
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.overview.missing_tree import ROLE_ID
from cxcareer.ui.overview.page import OverviewPage


def _page(qtbot: QtBot, controller: ProfileController) -> OverviewPage:
    page = OverviewPage(controller)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _target_readiness(page: OverviewPage) -> str:
    return str(page.targets_model.index(0, 1).data())


def test_shows_person_role_targets_and_moves(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    assert page.stack.currentIndex() == 1
    assert page.heading.text() == "Ana Souza"
    assert "Customer Support Representative" in page.role_label.text()
    assert page.targets_model.rowCount() == 1
    assert page.targets_model.index(0, 0).data(ROLE_ID) == "support-specialist"
    assert _target_readiness(page) == "0%"
    assert page.moves_model.rowCount() == len(controller.snapshot.next_moves)  # type: ignore[union-attr]
    assert page.targets_view.isExpanded(page.targets_model.index(0, 0))
    assert page.actions_hint.isVisibleTo(page)
    assert not page.actions_view.isVisibleTo(page)


def test_rating_updates_readiness_and_next_moves(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    missing_before = page.targets_model.rowCount(page.targets_model.index(0, 0))
    first_move_before = page.moves_model.index(0, 1).data()
    with qtbot.waitSignal(controller.changed):
        assert controller.rate({"communication": 3, "problem-solving": 3})
    view = controller.snapshot
    assert view is not None
    expected = percent(view.readiness["support-specialist"], "en")
    assert _target_readiness(page) == expected != "0%"
    assert page.targets_model.rowCount(page.targets_model.index(0, 0)) == missing_before - 2
    specialist = next(
        r
        for r in range(page.moves_model.rowCount())
        if page.moves_model.index(r, 0).data(ROLE_ID) == "support-specialist"
    )
    assert page.moves_model.index(specialist, 1).data() == expected
    assert page.moves_model.index(0, 1).data() != first_move_before


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
    assert _target_readiness(page) == "100% — ready"
    assert page.targets_model.rowCount(page.targets_model.index(0, 0)) == 0


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


def test_enter_on_a_next_move_asks_for_that_role(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    index = page.moves_model.index(1, 0)
    page.moves_view.setFocus()
    page.moves_view.setCurrentIndex(index)
    with qtbot.waitSignal(page.roleActivated) as blocker:
        qtbot.keyClick(page.moves_view, Qt.Key.Key_Return)
    assert blocker.args == [index.data(ROLE_ID)]
    with qtbot.waitSignal(page.roleActivated) as blocker:
        page.open_role_button.click()
    assert blocker.args == ["support-representative"]


def test_empty_states_lead_somewhere(qtbot: QtBot, controller: ProfileController) -> None:
    newcomer = controller.app.create_person("Caio Lima").value
    controller.select_person(newcomer.id)
    page = _page(qtbot, controller)
    assert "No current role chosen yet" in page.role_label.text()
    assert page.choose_role_button.text() == "Choose current role…"
    assert not page.open_role_button.isVisibleTo(page)
    assert page.targets_hint.isVisibleTo(page)
    assert not page.explain_button.isEnabled()
    assert page.moves_hint.isVisibleTo(page)
    assert "current role" in page.moves_hint.text()

    assert page.set_current_role("cx-assistant")
    assert "Customer Experience Assistant" in page.role_label.text()
    assert page.moves_model.rowCount() > 0
    assert page.add_target("cx-analyst")
    assert not page.targets_hint.isVisibleTo(page)
    assert page.targets_model.index(0, 0).data(ROLE_ID) == "cx-analyst"
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

    page = _page(qtbot, controller)
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
            assert widget.accessibleName(), widget


def test_switches_to_portuguese(
    qtbot: QtBot, qapp: QApplication, controller: ProfileController, tmp_path: Path
) -> None:
    from cxcareer.ui.i18n.loader import install_translators, remove_translators

    page = _page(qtbot, controller)
    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        controller.app.set_lang("pt-BR")
        controller.refresh()
        qtbot.waitUntil(lambda: page.explain_button.text() == "Como isto é calculado?")
        assert page.targets_box.title() == "Objetivos"
        assert page.targets_model.headerData(1, Qt.Orientation.Horizontal) == "Prontidão"
        assert page.role_label.text() == "Cargo atual: Representante de Suporte ao Cliente"
        assert page.moves_model.index(0, 3).data() == "cerca de 1½ ano"
    finally:
        remove_translators(qapp, translators)
        controller.app.set_lang("en")
    qtbot.waitUntil(lambda: page.explain_button.text() == "How is this computed?")


def test_main_window_builds_the_screen(main_window: MainWindow) -> None:
    page = main_window.show_page("overview")
    assert isinstance(page, OverviewPage)
    assert page.heading.text() == "Ana Souza"
