"""The Paths screen: ranked routes to a chosen role, highlighting, a what-if that saves nothing."""

from __future__ import annotations

import hashlib
import sqlite3

import networkx as nx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cxcareer.service.career import PersonSnapshot
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.paths.page import PathsPage


def _page(qtbot: QtBot, controller: ProfileController) -> PathsPage:
    page = PathsPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def _stored_ratings(controller: ProfileController) -> str:
    path = controller.app.database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "select * from assessments a join assessment_items i on i.assessment_id = a.id "
            "order by a.id, i.skill_id"
        ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_opens_on_the_first_target(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    assert page.target() == "support-specialist"
    assert page.outcome is not None
    assert len(page.outcome.options) >= 1
    assert page.cards[0].isVisibleTo(page)
    assert page.cards[0].radio.isChecked()
    assert page.cards[0].radio.text() == "Route 1 (best)"


def test_choosing_a_target_lists_ranked_paths(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    with qtbot.waitSignal(page.pathHighlighted) as blocker:
        page.set_target("support-team-lead")
    assert page.outcome is not None
    options = page.outcome.options
    assert len(options) == 3
    assert blocker.args == [options[0].roles]
    keys = [(o.path.gap, o.path.months, o.path.moves) for o in options]
    assert keys == sorted(keys)
    for card, option in zip(page.cards, options, strict=True):
        assert card.isVisibleTo(page)
        assert card.model.rowCount() == option.path.moves
        assert f"{option.path.gap} points to gain" in card.summary.text()
    assert "3 routes from Customer Support Representative" in page.status.text()

    with qtbot.waitSignal(page.pathHighlighted) as blocker:
        page.cards[1].radio.click()
    assert blocker.args == [options[1].roles]


def test_chosen_route_survives_a_rating(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    page.set_target("support-team-lead")
    page.choose_route(2)
    chosen = page.cards[1].option
    assert chosen is not None
    controller.rate({"communication": 2})
    assert page.target() == "support-team-lead"
    checked = page.group.checkedId()
    card = page.cards[checked]
    assert card.option is not None
    assert card.option.roles == chosen.roles


def test_rating_updates_the_routes(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    assert page.outcome is not None
    gap_before = page.outcome.options[0].path.gap
    controller.rate({"communication": 3, "problem-solving": 3})
    assert page.outcome.options[0].path.gap == gap_before - 6


def test_explains_when_there_is_no_route(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    page.set_target("support-representative")  # the current role is not offered
    assert page.target() == "support-specialist"
    newcomer = controller.app.create_person("Caio").value
    controller.select_person(newcomer.id)
    assert "Choose a current role" in page.status.text()
    controller.select_person(None)
    assert page.stack.currentIndex() == 0


def test_what_if_leaves_the_database_untouched(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    controller.rate({"communication": 1})
    before = _stored_ratings(controller)
    panel = page.what_if
    view = controller.snapshot
    assert view is not None
    for req in view.framework.role("support-representative").requires:
        panel.skill_combo.setCurrentIndex(panel.skills_model.row_of(req.skill))
        panel.level_spin.setValue(req.level)
        qtbot.mouseClick(panel.raise_button, Qt.MouseButton.LeftButton)
    assert panel.result is not None
    assert "support-representative" in panel.result.newly_ready
    assert "Customer Support Representative" in panel.newly_ready.text()
    assert panel.changes_model.rowCount() == 10
    assert panel.result_model.rowCount() > 0
    assert _stored_ratings(controller) == before
    assert controller.app.person_snapshot(view.person.id).levels == view.levels

    panel.changes_view.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.changes_model.rowCount() == 9
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.changes_model.rowCount() == 0
    assert panel.result_model.rowCount() == 0
    assert _stored_ratings(controller) == before


def test_what_if_levels_start_above_today(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    controller.rate({"communication": 6})
    panel = page.what_if
    panel.skill_combo.setCurrentIndex(panel.skills_model.row_of("communication"))
    assert (panel.level_spin.minimum(), panel.level_spin.maximum()) == (7, 7)
    controller.rate({"communication": 7})
    panel.skill_combo.setCurrentIndex(panel.skills_model.row_of("communication"))
    assert not panel.level_spin.isEnabled()
    assert not panel.raise_button.isEnabled()


def test_a_real_rating_drops_an_imagined_rise(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    panel = page.what_if
    assert panel.raise_skill("communication", 3)
    assert panel.raise_skill("crm-tools", 2)
    controller.rate({"communication": 3})
    assert panel.changes == {"crm-tools": 2}
    other = controller.app.create_person("Duda", current_role="qa-analyst").value
    controller.select_person(other.id)
    assert panel.changes == {}


def test_every_control_has_an_accessible_name(qtbot: QtBot, controller: ProfileController) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QSpinBox

    page = _page(qtbot, controller)
    page.set_target("support-team-lead")
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QSpinBox)
    for kind in kinds:
        for widget in page.findChildren(kind):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
                if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QComboBox):
                    continue
                assert widget.accessibleName(), widget


def test_main_window_builds_the_screen(main_window: MainWindow) -> None:
    page = main_window.show_page("paths")
    assert isinstance(page, PathsPage)
    assert page.target() == "support-specialist"


def _shows_the_best_next_move(page: PathsPage) -> PersonSnapshot:
    """Assert the screen aims at the person's best next move and shows routes to it."""
    view = page.controller.snapshot
    assert view is not None
    assert page.target() == view.next_moves[0].role
    assert page.outcome is not None
    assert page.outcome.options
    assert "No route" not in page.status.text()
    return view


def _aims(page: PathsPage) -> list[str]:
    return [page.aim_model.role_at(row) or "" for row in range(page.aim_model.rowCount())]


def test_without_a_target_opens_on_the_best_next_move(
    qtbot: QtBot, controller: ProfileController
) -> None:
    """No target: the best next move, routes shown; the aim list leaves out the current role
    and lists the roles a chain of moves reaches first."""
    app = controller.app
    person = app.create_person("Bia", current_role="cx-analyst").value
    controller.select_person(person.id)
    page = _page(qtbot, controller)
    view = _shows_the_best_next_move(page)
    aims = _aims(page)
    assert "cx-analyst" not in aims
    assert set(aims) == set(view.framework.roles) - {"cx-analyst"}
    reachable = set(nx.descendants(view.graph, "cx-analyst"))
    assert reachable
    assert set(aims[: len(reachable)]) == reachable
    # A role no move reaches says so in the list (choosing it would only say "No route").
    titles = {
        page.aim_model.role_at(row): str(page.aim_model.index(row, 0).data())
        for row in range(page.aim_model.rowCount())
    }
    for role, title in titles.items():
        assert title.endswith("· no route from here") == (role not in reachable), title


def test_a_role_given_later_opens_on_a_route_not_a_dead_end(
    qtbot: QtBot, controller: ProfileController
) -> None:
    """Shown before the person had a role (as after the wizard's first steps), the screen
    follows the role given later to its best next move instead of keeping the first role."""
    app = controller.app
    person = app.create_person("Caio").value
    controller.select_person(person.id)
    page = _page(qtbot, controller)
    assert "Choose a current role" in page.status.text()
    controller.run(lambda a: a.update_person(person.id, current_role="support-representative"))
    _shows_the_best_next_move(page)


def test_a_role_chosen_here_is_kept_across_edits(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    page.set_target("support-team-lead")
    controller.rate({"communication": 3})
    assert page.target() == "support-team-lead"
