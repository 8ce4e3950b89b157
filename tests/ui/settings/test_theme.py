"""The theme: the app's palette and stylesheet on the QApplication, and widgets that follow a
switch live (the one-to-one notes, the skill history chart, the heat-map's cells)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service.team_grid import team_grid
from cxcareer.ui.common.contrast import TEXT_MINIMUM, contrast_ratio
from cxcareer.ui.common.palette import DARK, LIGHT, current_palette
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.meeting.notes_panel import NotesPanel
from cxcareer.ui.settings.stylesheet import app_stylesheet
from cxcareer.ui.skills.history_chart import HistoryChart
from cxcareer.ui.team.heat_image import render_heat_map
from cxcareer.ui.team.team_model import TeamModel

Theme = Callable[[str], None]


def _pixel(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def test_the_qt_palette_and_the_stylesheet_come_from_the_app_palette(
    qapp: QApplication, theme: Theme
) -> None:
    theme("dark")
    role = QPalette.ColorRole
    palette = qapp.palette()
    assert palette.color(role.Window).name() == DARK.window
    assert palette.color(role.Base).name() == DARK.surface
    assert palette.color(role.Text).name() == DARK.text
    assert palette.color(role.Highlight).name() == DARK.accent
    assert palette.color(role.PlaceholderText).name() == DARK.muted
    assert qapp.styleSheet() == app_stylesheet(DARK)
    assert DARK.heading in qapp.styleSheet()
    assert current_palette() is DARK
    qapp.setStyleSheet("")  # the style under the sheet is Fusion
    assert qapp.style().name().lower() == "fusion"
    theme("light")
    assert qapp.palette().color(role.Window).name() == LIGHT.window
    assert qapp.styleSheet() == app_stylesheet(LIGHT)
    assert current_palette() is LIGHT


def test_system_follows_the_platforms_colour_scheme(qapp: QApplication, theme: Theme) -> None:
    theme("system")
    hints = QGuiApplication.styleHints()
    # The offscreen platform reports no scheme: the light palette.
    assert hints.colorScheme() == Qt.ColorScheme.Unknown
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    # The desktop switching to dark and back, as the platform announces it.
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert qapp.styleSheet() == app_stylesheet(DARK)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    # A forced theme is not overridden by the platform.
    theme("light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_private_notes_box_takes_the_theme_surface_live(qtbot: QtBot, theme: Theme) -> None:
    theme("dark")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    editor = panel.private
    middle = editor.viewport().rect().center()
    image = editor.viewport().grab().toImage()
    assert _pixel(image, middle.x(), middle.y() + 20) == DARK.surface
    assert editor.palette().color(QPalette.ColorRole.Base).name() == DARK.surface
    theme("light")
    image = editor.viewport().grab().toImage()
    assert _pixel(image, middle.x(), middle.y() + 20) == LIGHT.surface


def test_history_chart_is_painted_in_the_theme(
    qtbot: QtBot, controller: ProfileController, theme: Theme
) -> None:
    app, person = controller.app, controller.person_id
    assert person is not None
    app.rate(person, {"communication": 2})
    app.rate(person, {"communication": 3})
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.show()
    assert controller.snapshot is not None
    chart.set_history(controller.snapshot, "communication", app.history(person, "communication"))
    for palette in (DARK, LIGHT):
        theme(palette.name)
        image = chart.grab().toImage()
        assert _pixel(image, 2, image.height() - 2) == palette.surface
        colours = {
            _pixel(image, x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert palette.self_series in colours, palette.name


def _team_model(controller: ProfileController) -> TeamModel:
    app = controller.app
    boss = app.create_person("Marta Lima", current_role="support-team-lead").value
    members = [
        app.create_person(name, current_role=role, manager_id=boss.id).value
        for name, role in (("Bruno", "support-representative"), ("Carla", "support-specialist"))
    ]
    # Rated at every level from 0 up, so the cells take each gap colour (unrated cells are
    # neutral and carry no fill to check).
    skills = team_grid(app, manager_id=boss.id).skills
    for member in members:
        app.rate(member.id, {skill: index % 4 for index, skill in enumerate(skills)})
    model = TeamModel()
    model.set_grid(team_grid(app, manager_id=boss.id))
    return model


def test_heat_map_cells_are_legible_in_both_themes(
    controller: ProfileController, theme: Theme
) -> None:
    model = _team_model(controller)
    for palette in (LIGHT, DARK):
        theme(palette.name)
        checked = 0
        for row in range(model.rowCount()):
            for column in range(3, model.columnCount()):
                index = model.index(row, column)
                fill = index.data(Qt.ItemDataRole.BackgroundRole)
                if fill is None:
                    continue
                ink = index.data(Qt.ItemDataRole.ForegroundRole)
                assert fill.color().name() in palette.heat_fills()
                ratio = contrast_ratio(ink.color().name(), fill.color().name())
                assert ratio >= TEXT_MINIMUM, (palette.name, row, column, ratio)
                checked += 1
        assert checked > model.rowCount()  # the readiness cell and some skill cells


def test_heat_map_picture_is_printed_light_in_the_dark_theme(
    controller: ProfileController, theme: Theme
) -> None:
    theme("dark")
    model = _team_model(controller)
    image = render_heat_map(model, "Team")
    assert _pixel(image, 1, 1) == LIGHT.surface
    fills = {
        _pixel(image, x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert fills & set(LIGHT.heat_fills())
    assert not fills & set(DARK.heat_fills())
    # The model is back on the theme's colours afterwards.
    background = model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() in DARK.heat_fills()
