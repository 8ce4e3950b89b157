"""The Skills screen driven like a person would: keyboard edits, hover, filter, chart, undo."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cxcareer.service.career import RatingPoint
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.skills.history_chart import HistoryChart
from cxcareer.ui.skills.level_delegate import LevelEditor
from cxcareer.ui.skills.page import SkillsPage
from cxcareer.ui.skills.skills_model import MANAGER_COLUMN, SELF_COLUMN

SPECIALIST = "support-specialist"


def _page(qtbot: QtBot, controller: ProfileController) -> SkillsPage:
    page = SkillsPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _levels(controller: ProfileController, skill: str) -> list[tuple[str, int]]:
    path = controller.app.database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "select a.assessor_kind, i.level from assessments a "
            "join assessment_items i on i.assessment_id = a.id "
            "where i.skill_id = ? order by a.assessed_at, a.created_at",
            (skill,),
        ).fetchall()


def _open_editor(qtbot: QtBot, page: SkillsPage, skill: str, column: int) -> LevelEditor:
    """Make the cell current and press Enter, as a keyboard user would."""
    table = page.table
    table.select_source_row(page.model.row_of(skill), column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, LevelEditor), "Enter opens the level editor"
    return editor


def test_keyboard_edit_records_a_self_rating(qtbot: QtBot, controller: ProfileController) -> None:
    controller.rate({"communication": 2})
    page = _page(qtbot, controller)
    assert controller.snapshot is not None
    readiness = controller.snapshot.readiness[SPECIALIST]

    editor = _open_editor(qtbot, page, "communication", SELF_COLUMN)
    assert editor.level() == 2
    assert editor.currentText() == "2 · Assist"
    assert editor.accessibleName() == "Self level of Communication"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert editor.level() == 4
    assert _levels(controller, "communication") == [("self", 2)], "arrows alone record nothing"
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    assert _levels(controller, "communication") == [("self", 2), ("self", 4)]
    assert controller.snapshot.readiness[SPECIALIST] > readiness
    row = page.model.row_of("communication")
    assert page.model.index(row, SELF_COLUMN).data() == "4 · Enable"


def test_the_level_editor_shows_its_longest_level_whole(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.rate({"communication": 1})
    page = _page(qtbot, controller)
    page.resize(700, 600)
    editor = _open_editor(qtbot, page, "communication", SELF_COLUMN)
    metrics = QFontMetrics(editor.font())
    longest = max(metrics.horizontalAdvance(editor.itemText(i)) for i in range(editor.count()))
    assert longest > page.table.columnWidth(SELF_COLUMN) - 30, "the column is narrower"
    assert editor.width() >= longest + 20, "the editor is as wide as its longest level"


def test_two_targets_keep_the_skill_names_readable(
    qtbot: QtBot, controller: ProfileController, small_window: MainWindow
) -> None:
    assert controller.person_id is not None
    controller.app.set_targets(controller.person_id, [SPECIALIST, "support-team-lead"])
    controller.refresh()
    page = small_window.show_page("skills")
    assert isinstance(page, SkillsPage)
    qtbot.wait(50)  # the header lays its sections out a moment after a resize
    table = page.table
    metrics = table.fontMetrics()
    names = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    longest_word = max(metrics.horizontalAdvance(w) for name in names for w in name.split())
    assert table.columnWidth(0) >= longest_word, "no skill name is cut inside a word"
    assert table.columnWidth(0) >= metrics.averageCharWidth() * 18


def test_f2_edits_the_manager_column_and_escape_cancels(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    table = page.table
    table.select_source_row(page.model.row_of("problem-solving"), MANAGER_COLUMN)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, LevelEditor)
    assert editor.accessibleName() == "Manager level of Problem solving"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert _levels(controller, "problem-solving") == []

    editor = _open_editor(qtbot, page, "problem-solving", MANAGER_COLUMN)
    editor.set_level(3)
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: _levels(controller, "problem-solving") == [("manager", 3)])
    assert controller.snapshot is not None
    assert controller.snapshot.manager_levels["problem-solving"].level == 3


def test_picking_from_the_open_list_records_at_once(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    editor = _open_editor(qtbot, page, "communication", SELF_COLUMN)
    editor.showPopup()
    qtbot.waitUntil(editor.view().isVisible)
    popup = editor.view()
    popup.setCurrentIndex(popup.model().index(3, 0))
    assert popup.model().index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _levels(controller, "communication") == [("self", 3)])
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_undo_restores_the_previous_level(qtbot: QtBot, controller: ProfileController) -> None:
    controller.rate({"communication": 2})
    page = _page(qtbot, controller)
    editor = _open_editor(qtbot, page, "communication", SELF_COLUMN)
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row = page.model.row_of("communication")
    qtbot.waitUntil(lambda: page.model.index(row, SELF_COLUMN).data() == "1 · Follow")
    controller.undo_stack.undo()
    assert page.model.index(row, SELF_COLUMN).data() == "2 · Assist"
    assert controller.snapshot is not None
    assert controller.snapshot.self_levels["communication"].level == 2


def test_hovering_a_level_shows_its_descriptor(qtbot: QtBot, controller: ProfileController) -> None:
    controller.rate({"communication": 3})
    page = _page(qtbot, controller)
    view = controller.snapshot
    assert view is not None
    table = page.table
    index = table.proxy.mapFromSource(
        page.model.index(page.model.row_of("communication"), SELF_COLUMN)
    )
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert view.descriptor("communication", 3) in QToolTip.text()
    QToolTip.hideText()


def test_chart_shows_the_history_of_the_selected_skill(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.rate({"communication": 2})
    controller.rate({"communication": 3}, assessor=Assessor.MANAGER)
    controller.rate({"communication": 4})
    page = _page(qtbot, controller)
    assert page.select_skill("communication")
    assert page.selected_skill() == "communication"
    person = controller.person_id or ""
    assert page.chart.points == tuple(controller.app.history(person, "communication"))
    data = page.chart.chart_data
    assert data is not None
    assert [p.level for p in data.own.points] == [2, 4]
    assert [p.level for p in data.manager.points] == [3]
    description = page.chart.accessibleDescription()
    assert description.startswith("Ratings of Communication, oldest first:")
    assert ": self, 2 · Assist" in description
    assert ": manager, 3 · Apply" in description
    assert description.count("\n") == 3
    assert page.detail_box.title() == "History of Communication"
    assert "Self: 4 · Enable. Manager: 3 · Apply." in page.levels_label.text()

    page.select_skill("problem-solving")
    assert not page.chart.points
    assert page.chart.accessibleDescription() == "Problem solving has not been rated yet."
    page.chart.grab()  # paints the empty state without errors

    controller.rate({"problem-solving": 3})
    assert [p.level for p in page.chart.points] == [3], "a new rating reaches the chart"


def test_filter_box_and_show_all_toggle(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    view = controller.snapshot
    assert view is not None
    relevant = page.model.rowCount()
    qtbot.keyClicks(page.filter_edit, "crm")
    assert page.model.rowCount() == 1
    assert page.summary.text().startswith(f"Showing 1 of {relevant} skills.")
    assert page.selected_skill() == "crm-tools", "the only row left is selected"
    page.filter_edit.clear()
    page.filter_edit.setText("no such skill")
    assert page.summary.text() == "No skill matches “no such skill”."
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "zzzz")  # no rows after "z", still none after "zzzz"
    assert page.summary.text() == "No skill matches “zzzz”."
    page.filter_edit.clear()
    page.show_all_box.click()
    assert page.model.rowCount() == len(view.framework.skills)
    assert page.summary.text().startswith(f"{len(view.framework.skills)} skills.")
    # Nothing is rated: the target's needs are counted as not rated, not as gaps from 0.
    assert "Customer Support Specialist: 10 skills not rated." in page.summary.text()
    assert "Gaps for" not in page.summary.text()


def test_selection_survives_filtering_and_ratings(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    page.select_skill("crm-tools")
    page.filter_edit.setText("tools")
    assert page.selected_skill() == "crm-tools"
    controller.rate({"crm-tools": 2})
    assert page.selected_skill() == "crm-tools"
    assert page.table.source_index_of_current() == page.model.row_of("crm-tools")


def test_person_without_roles_sees_every_skill(qtbot: QtBot, controller: ProfileController) -> None:
    person = controller.app.create_person("Caio Lima").value
    page = _page(qtbot, controller)
    controller.select_person(person.id)
    assert page.heading.text() == "Caio Lima"
    assert controller.snapshot is not None
    assert page.model.rowCount() == len(controller.snapshot.framework.skills)
    assert "every skill is listed" in page.intro.text()
    assert not page.show_all_box.isEnabled()


def test_nobody_selected_and_read_only(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    controller.read_only = True
    controller.refresh()
    assert "read-only" in page.intro.text()
    controller.select_person(None)
    assert page.stack.currentWidget() is page.nobody
    assert page.nobody.text() == "Choose a person in the list to see and rate their skills."


def test_every_control_has_an_accessible_name(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    widgets: list[QWidget] = [page.filter_edit, page.chart]
    widgets += page.findChildren(QAbstractButton) + page.findChildren(QAbstractItemView)
    for widget in widgets:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
            assert widget.accessibleName(), widget


def test_switches_to_portuguese(
    qtbot: QtBot, qapp: QApplication, controller: ProfileController, tmp_path: Path
) -> None:
    from cxcareer.ui.i18n.loader import install_translators, remove_translators

    controller.rate({"communication": 2})
    page = _page(qtbot, controller)
    page.select_skill("communication")
    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        controller.app.set_lang("pt-BR")
        controller.refresh()
        qtbot.waitUntil(lambda: page.show_all_box.text() == "Mostrar &todas as competências")
        model = page.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Competência"
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Autoavaliação"
        row = model.row_of("communication")
        assert model.index(row, 0).data() == "Comunicação"
        assert model.index(row, SELF_COLUMN).data() == "2 · Auxilia"
        assert page.detail_box.title() == "Histórico de Comunicação"
        assert page.chart.accessibleDescription().startswith("Avaliações de Comunicação")
    finally:
        remove_translators(qapp, translators)
        controller.app.set_lang("en")
        controller.refresh()
    qtbot.waitUntil(lambda: page.show_all_box.text() == "Show &all skills")


def test_main_window_shows_the_screen_and_undoes_with_its_action(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.show_page("skills")
    assert isinstance(page, SkillsPage)
    controller = page.controller
    editor = _open_editor(qtbot, page, "communication", SELF_COLUMN)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert controller.snapshot is not None
    qtbot.waitUntil(lambda: "communication" in controller.snapshot.self_levels)  # type: ignore[union-attr]
    undo = main_window.findChild(QAction, "action-undo")
    assert isinstance(undo, QAction)
    assert undo.isEnabled()
    undo.trigger()
    row = page.model.row_of("communication")
    # Undoing a first rating leaves the skill unrated, not rated 0.
    assert page.model.index(row, SELF_COLUMN).data() == "not rated"
    assert "communication" not in controller.snapshot.self_levels


@pytest.mark.parametrize("width", [260, 340, 420, 560, 800])
def test_chart_dates_never_overlap_in_portuguese(
    qtbot: QtBot, controller: ProfileController, width: int
) -> None:
    """Three Portuguese dates ("26 de jun. de 2026") were drawn over each other in a narrow
    chart; now as many as fit are written, at least the first, none over another."""
    controller.app.set_lang("pt-BR")
    person = controller.person_id or ""
    view = controller.app.person_snapshot(person)
    today = datetime.now(UTC)
    points = [
        RatingPoint(today - timedelta(days=days), Assessor.SELF, "Ana", level, None)
        for days, level in ((330, 2), (200, 3), (20, 4))
    ]
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(width, 200)
    chart.set_history(view, "communication", points)
    data = chart.chart_data
    assert data is not None
    placed = chart.date_labels(data, chart.plot_rect(data))
    assert placed, "at least the first date is written"
    assert "de" in placed[0][2]  # the dates are Portuguese
    boxes = [box for _moment, box, _label in placed]
    for left, right in itertools.pairwise(boxes):
        assert left.right() < right.left(), [label for _m, _b, label in placed]
    for _moment, box, label in placed:
        assert box.width() >= chart.fontMetrics().horizontalAdvance(label)
        assert box.left() >= 0
        assert box.right() <= width
    if width >= 560:
        assert len(placed) >= 2  # room for more than one date
