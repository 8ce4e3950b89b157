"""Large frameworks on the Ladder: it opens readable on the person's track, filters by track,
and Fit never shrinks text below the readable zoom.

The framework is made by the benchmark generator (``bench/generate.py``), smaller than the
2,000-role benchmark so the test stays quick, yet far too big to fit readably in a window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from bench.generate import generate_document, write_files
from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.map_focus import READABLE_ZOOM
from cxcareer.ui.ladder.page import LadderPage


@pytest.fixture
def big_page(
    qtbot: QtBot, career_app: CareerApp, controller: ProfileController, tmp_path: Path
) -> LadderPage:
    """Bia, on a 400-role framework of 8 tracks, currently in a level-3 role of track 5."""
    doc = generate_document(roles=400, skills=80, moves=1200, tracks=8, seed=3)
    _json, yaml_path = write_files(doc, tmp_path / "big")
    version = career_app.import_framework(yaml_path).value.version
    framework = career_app.framework(version.id)
    role = next(r for r in framework.roles.values() if r.track == "track-05" and r.level == 3)
    bia = career_app.create_person(
        "Bia", current_role=str(role.id), framework_version_id=version.id
    ).value
    controller.select_person(bia.id)
    page = LadderPage(controller)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _visible_roles(page: LadderPage) -> set[str]:
    return {role for role, box in page.map.boxes.items() if box.isVisible()}


def _on_screen(page: LadderPage, role: str) -> bool:
    shown = page.map.mapToScene(page.map.viewport().rect()).boundingRect()
    return shown.contains(page.map.boxes[role].boundingRect().center())


def test_opens_readable_on_the_persons_track(big_page: LadderPage) -> None:
    data = big_page.data
    assert data is not None
    assert data.current is not None
    assert big_page.map.zoom() >= READABLE_ZOOM
    assert _on_screen(big_page, data.current)


def test_fit_never_goes_below_the_readable_zoom(big_page: LadderPage) -> None:
    scene = big_page.map.scene().sceneRect()
    viewport = big_page.map.viewport().size()
    whole = min(viewport.width() / scene.width(), viewport.height() / scene.height())
    assert whole < READABLE_ZOOM, "the test framework must be too big to fit readably"
    for _ in range(12):
        big_page.map.zoom_out()
    assert big_page.map.zoom() < READABLE_ZOOM
    big_page.fit_button.click()
    assert big_page.map.zoom() >= READABLE_ZOOM
    assert big_page.map.zoom() <= 1.0
    assert big_page.data is not None
    assert _on_screen(big_page, str(big_page.data.current))


def test_the_track_filter_shows_one_track_alone(big_page: LadderPage) -> None:
    data = big_page.data
    assert data is not None
    combo = big_page.track_filter
    assert combo.itemData(0) is None
    assert [combo.itemData(i) for i in range(1, combo.count())] == [
        f"track-{t:02d}" for t in range(8)
    ]
    assert combo.itemText(1) == data.track_name("track-00")
    big_page.show_track("track-02")
    visible = _visible_roles(big_page)
    expected = {r for r, role in data.framework.roles.items() if role.track == "track-02"}
    assert visible == expected
    for edge in big_page.map.edges:
        both_in = edge.route.source in expected and edge.route.target in expected
        assert edge.isVisible() == both_in
    assert big_page.map.zoom() >= READABLE_ZOOM
    assert _listed_tracks(big_page) == ["track-02"]  # the role list follows the filter
    big_page.show_track(None)
    assert _visible_roles(big_page) == set(big_page.map.boxes)
    assert _listed_tracks(big_page) == [f"track-{t:02d}" for t in range(8)]


def _listed_tracks(page: LadderPage) -> list[str | None]:
    tracks = page.roles_model.track_rows()
    return [
        track for row, track in enumerate(tracks) if not page.list.isRowHidden(row, QModelIndex())
    ]


def test_a_role_chosen_elsewhere_is_never_left_hidden(big_page: LadderPage) -> None:
    data = big_page.data
    assert data is not None
    big_page.show_track("track-02")
    big_page.select_role(str(data.current))  # the current role is on track 5
    assert big_page.track_filter.currentData() is None
    assert big_page.map.boxes[str(data.current)].isVisible()
    assert big_page.selected_role() == data.current


def test_builtin_ladder_filter_and_fit(qtbot: QtBot, controller: ProfileController) -> None:
    page = LadderPage(controller)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.show_track("quality")
    assert page.map.focus.track == "quality"
    visible = _visible_roles(page)
    assert "qa-lead" in visible
    assert "support-representative" not in visible
    page.fit_button.click()
    assert page.map.zoom() >= READABLE_ZOOM
