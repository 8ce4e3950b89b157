"""The ladder map in the dark theme: a dark canvas with legible headers, labels and legend, a
live switch between themes, and exports that are always drawn in the print palette."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsTextItem

from cxcareer.ui.common.contrast import TEXT_MINIMUM, contrast_ratio
from cxcareer.ui.common.palette import DARK, LIGHT, PRINT, Palette
from cxcareer.ui.ladder.ladder_map import LadderMap
from cxcareer.ui.ladder.page import LadderPage
from cxcareer.ui.ladder.readiness_colours import band_for

Theme = Callable[[str], None]


def _texts(view: LadderMap) -> list[QGraphicsTextItem]:
    return [item for item in view.scene().items() if isinstance(item, QGraphicsTextItem)]


def _assert_drawn_in(view: LadderMap, palette: Palette) -> None:
    canvas = view.scene().backgroundBrush().color().name()
    assert canvas == palette.canvas
    texts = _texts(view)
    assert len(texts) > 10  # track headers, level names, legend
    for item in texts:
        ink = item.defaultTextColor().name()
        ratio = contrast_ratio(ink, canvas)
        assert ratio >= TEXT_MINIMUM, (item.toPlainText(), ink, canvas, ratio)
    current = view.boxes["support-representative"]
    assert current.colours is palette
    assert view.data is not None
    readiness = view.data.readiness["support-specialist"]
    assert view.boxes["support-specialist"].fill == band_for(readiness).fill(palette)


def test_dark_theme_draws_a_dark_canvas_with_legible_texts(page: LadderPage, theme: Theme) -> None:
    theme("dark")
    _assert_drawn_in(page.map, DARK)


def test_switching_theme_redraws_the_map_live_keeping_route_and_selection(
    page: LadderPage, theme: Theme
) -> None:
    page.map.select_role("qa-lead")
    route = page.map.path
    assert route
    theme("dark")
    _assert_drawn_in(page.map, DARK)
    assert page.map.selected_role == "qa-lead"
    assert page.map.boxes["qa-lead"].selected
    assert page.map.path == route
    assert any(edge.on_path for edge in page.map.edges)
    theme("light")
    _assert_drawn_in(page.map, LIGHT)
    assert page.map.selected_role == "qa-lead"


def _header_ink(image: QImage, view: LadderMap, scale: float) -> float:
    """The strongest contrast against the canvas inside the first track header's text."""
    source = view.scene().sceneRect()
    header = next(item for item in _texts(view) if item.pos().y() < 20)
    area = header.sceneBoundingRect()
    left, top = (area.left() - source.left()) * scale, (area.top() - source.top()) * scale
    best = 1.0
    for x in range(int(left), int(left + area.width() * scale), 2):
        for y in range(int(top), int(top + area.height() * scale)):
            best = max(best, contrast_ratio(image.pixelColor(x, y).name(), PRINT.canvas))
    return best


def test_export_in_the_dark_theme_is_drawn_in_the_print_palette(
    page: LadderPage, theme: Theme, tmp_path: Path
) -> None:
    theme("dark")
    png = tmp_path / "map.png"
    assert page.export_to(png)
    image = QImage(str(png))
    assert not image.isNull()
    assert image.pixelColor(1, 1).name() == PRINT.canvas
    scale = image.width() / page.map.scene().sceneRect().width()
    # The header sits where it sits on screen; its text is dark ink on the white page.
    assert _header_ink(image, page.map, scale) >= TEXT_MINIMUM
    # On screen the map is dark again, with its route.
    _assert_drawn_in(page.map, DARK)
    assert page.map.path


def test_the_role_list_readiness_cells_are_legible(page: LadderPage, theme: Theme) -> None:
    for palette in (DARK, LIGHT):
        theme(palette.name)
        model = page.roles_model
        index = model.index_of("support-specialist").siblingAtColumn(3)
        fill = index.data(Qt.ItemDataRole.BackgroundRole).name()
        ink = index.data(Qt.ItemDataRole.ForegroundRole).name()
        assert contrast_ratio(ink, fill) >= TEXT_MINIMUM, (palette.name, ink, fill)


def test_lanes_headers_and_legend_outlive_a_walk_over_the_scene(page: LadderPage) -> None:
    """PySide forgot backdrop items nobody held: a walk over ``scene.items()`` (the track
    filter does one) deleted every lane, header and legend text, leaving boxes on a blank map."""
    before = len(_texts(page.map))
    assert before > 10
    page.map.focus.apply()
    for _walk in range(2):
        assert len(_texts(page.map)) == before
