"""The Ladder screen: map, list and detail in step, keyboard use, highlighting and export."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.page import LadderPage
from cxcareer.ui.main_window import MainWindow


def test_opens_on_the_current_role_with_the_best_route(page: LadderPage) -> None:
    assert page.selected_role() == "support-representative"
    assert page.detail.detail is not None
    assert page.detail.detail.role == "support-representative"
    box = page.map.boxes["support-representative"]
    assert box.current
    assert box.selected
    assert page.map.boxes["support-specialist"].target
    assert page.map.path[0] == "support-representative"
    assert page.map.path[-1] == "support-specialist"
    assert any(edge.on_path for edge in page.map.edges)
    assert page.map.boxes["qa-lead"].meta.endswith("ready")


def test_selecting_in_the_list_selects_on_the_map_and_shows_detail(page: LadderPage) -> None:
    index = page.roles_model.index_of("qa-lead")
    page.list.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert page.map.selected_role == "qa-lead"
    assert page.map.boxes["qa-lead"].selected
    assert not page.map.boxes["support-representative"].selected
    assert page.detail.detail is not None
    assert page.detail.title.text() == "Quality Assurance Lead"


def test_clicking_a_box_selects_it_in_the_list(qtbot: QtBot, page: LadderPage) -> None:
    page.map.fit()
    box = page.map.boxes["cx-analyst"].boundingRect().center()
    point = page.map.mapFromScene(box)
    qtbot.mouseClick(page.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.selected_role() == "cx-analyst"
    assert page.roles_model.role_of(page.list.currentIndex()) == "cx-analyst"
    assert page.detail.detail is not None
    assert page.detail.detail.role == "cx-analyst"


def test_keyboard_moves_between_roles_and_enter_opens_detail(
    qtbot: QtBot, page: LadderPage
) -> None:
    page.map.setFocus()
    qtbot.keyClick(page.map, Qt.Key.Key_Up)
    assert page.selected_role() == "support-specialist"
    assert page.roles_model.role_of(page.list.currentIndex()) == "support-specialist"
    qtbot.keyClick(page.map, Qt.Key.Key_Right)
    assert page.selected_role() == "cx-analyst"
    assert page.map.accessibleDescription().startswith("Customer Experience Analyst. Level 3")
    qtbot.keyClick(page.map, Qt.Key.Key_Down)
    assert page.selected_role() == "cx-assistant"
    page.map.select_role("vp-customer-support")
    qtbot.keyClick(page.map, Qt.Key.Key_Tab)
    assert page.selected_role() == "chief-customer-officer"
    qtbot.keyClick(page.map, Qt.Key.Key_Backtab)
    assert page.selected_role() == "vp-customer-support"
    with qtbot.waitSignal(page.map.roleActivated) as blocker:
        qtbot.keyClick(page.map, Qt.Key.Key_Return)
    assert blocker.args == ["vp-customer-support"]
    assert page.detail.detail is not None
    assert page.detail.detail.role == "vp-customer-support"


def test_zoom_and_fit_keys(qtbot: QtBot, page: LadderPage) -> None:
    page.map.resetTransform()
    qtbot.keyClick(page.map, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.map.zoom() == pytest.approx(1.25)
    qtbot.keyClick(page.map, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.map.zoom() == pytest.approx(1.0)
    qtbot.keyClick(page.map, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.map.zoom() <= 1.0
    for _ in range(30):
        page.map.zoom_out()
    assert page.map.zoom() == pytest.approx(0.1)


def test_a_way_out_opens_that_role(qtbot: QtBot, page: LadderPage) -> None:
    model = page.detail.ways_out_model
    row = next(r for r in range(model.rowCount()) if model.role_at(r) == "cx-assistant")
    page.detail.ways_out.activated.emit(model.index(row, 0))
    assert page.selected_role() == "cx-assistant"
    assert page.map.boxes["cx-assistant"].selected


def test_highlight_path_from_elsewhere(page: LadderPage) -> None:
    route = ("support-representative", "cx-assistant", "cx-analyst")
    page.highlight_path(route)
    on = {(e.route.source, e.route.target) for e in page.map.edges if e.on_path}
    assert on == {("support-representative", "cx-assistant"), ("cx-assistant", "cx-analyst")}
    assert page.map.boxes["cx-analyst"].on_path
    page.controller.refresh()
    assert page.map.path == route


def test_main_window_links_paths_and_roles(main_window: MainWindow) -> None:
    main_window.open_role("head-of-cx")
    ladder = main_window.page("ladder")
    assert isinstance(ladder, LadderPage)
    assert ladder.selected_role() == "head-of-cx"
    assert main_window.current_page_key() == "ladder"


def test_without_a_person_the_builtin_ladder_is_shown(
    qtbot: QtBot, controller: ProfileController
) -> None:
    controller.select_person(None)
    widget = LadderPage(controller)
    qtbot.addWidget(widget)
    assert widget.selected_role() is None
    assert len(widget.map.boxes) == 18
    assert widget.map.boxes["qa-lead"].meta == "Level 4"
    assert widget.detail.empty.isVisibleTo(widget.detail)


def test_export_writes_png_svg_and_pdf(page: LadderPage, tmp_path: Path) -> None:
    png, svg, pdf = tmp_path / "map.png", tmp_path / "map.svg", tmp_path / "map.pdf"
    assert page.export_to(png)
    assert page.export_to(svg)
    assert page.export_to(pdf)
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() > 500
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml")
    assert "<svg" in text
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".map-")]


def test_export_replaces_an_old_file_and_reports_errors(
    page: LadderPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "map.png"
    target.write_bytes(b"old")
    shown: list[str] = []
    monkeypatch.setattr(
        "cxcareer.ui.ladder.page.show_error",
        lambda _parent, error, title="": shown.append(str(error)),
    )
    assert not page.export_to(target)  # never replaced unless the person said so
    assert target.read_bytes() == b"old"
    assert page.export_to(target, replace=True)
    assert not QImage(str(target)).isNull()
    assert not page.export_to(tmp_path / "missing-folder" / "map.svg")
    assert not page.export_to(tmp_path / "map.gif")
    assert len(shown) == 3
    assert "already exists" in shown[0]
    assert "gif" in shown[2]


def test_export_dialog_adds_the_chosen_suffix(
    page: LadderPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen = str(tmp_path / "ladder")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *_args, **_kwargs: (chosen, page.tr("SVG drawing (*.svg)")),
    )
    page.export_map()
    assert (tmp_path / "ladder.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_a_new_rating_updates_boxes_in_place(page: LadderPage) -> None:
    box = page.map.boxes["support-specialist"]
    before = box.meta
    assert page.controller.rate({"communication": 3, "problem-solving": 3})
    assert page.map.boxes["support-specialist"] is box
    assert box.meta != before
    assert page.selected_role() == "support-representative"
    listed = page.roles_model.data(
        page.roles_model.index_of("support-specialist").siblingAtColumn(3)
    )
    assert listed.split(" · ")[0] in box.meta


def test_tab_past_the_last_role_leaves_the_map(qtbot: QtBot, page: LadderPage) -> None:
    from cxcareer.service.ladder_navigation import reading_order

    assert page.map.layout_ is not None
    last = reading_order(page.map.layout_)[-1]
    page.map.setFocus()
    page.map.select_role(last)
    qtbot.keyClick(page.map, Qt.Key.Key_Tab)
    assert page.selected_role() == last
    qtbot.waitUntil(lambda: not page.map.hasFocus())


def test_ctrl_wheel_zooms(qtbot: QtBot, page: LadderPage) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    page.map.resetTransform()
    centre = QPointF(page.map.viewport().rect().center())
    event = QWheelEvent(
        centre,
        page.map.viewport().mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    page.map.wheelEvent(event)
    assert page.map.zoom() == pytest.approx(1.15)


def test_choosing_a_target_on_paths_highlights_its_route_on_the_map(
    main_window: MainWindow,
) -> None:
    from cxcareer.ui.paths.page import PathsPage

    paths = main_window.show_page("paths")
    assert isinstance(paths, PathsPage)
    paths.set_target("head-of-cx")
    paths.choose_route(2 if paths.cards[1].option is not None else 1)
    chosen = paths._chosen_roles()
    assert chosen is not None
    assert chosen[-1] == "head-of-cx"
    ladder = main_window.show_page("ladder")
    assert isinstance(ladder, LadderPage)
    assert ladder.map.path == chosen
    on = {(e.route.source, e.route.target) for e in ladder.map.edges if e.on_path}
    assert on == set(itertools.pairwise(chosen))


def test_a_route_from_a_role_left_behind_is_dropped(page: LadderPage) -> None:
    """A route chosen on Paths starts at the current role; once the person holds another role,
    the map shows their best path again instead of the stale route (seen in the UX walk)."""
    route = ("support-representative", "cx-assistant", "cx-analyst")
    page.highlight_path(route)
    assert page.map.path == route
    controller = page.controller
    person = controller.person_id
    assert person is not None
    controller.run(lambda app: app.update_person(person, current_role="support-specialist"))
    assert page.map.path != route
    assert page.map.path == page.data.best_path  # type: ignore[union-attr]
    assert not page.map.boxes["cx-assistant"].on_path
