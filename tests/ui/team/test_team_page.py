"""The Team screen: heat-map model, sorting, opening a person, CSV and PNG exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cxcareer.service.team_grid import team_grid
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.settings.preferences import PreferencesDialog
from cxcareer.ui.team.page import TeamPage
from cxcareer.ui.team.rotated_header import RotatedHeader
from cxcareer.ui.team.team_model import FIXED_COLUMNS, PERSON_ROLE, TeamModel


def _add_team(controller: ProfileController) -> str:
    app = controller.app
    boss = app.create_person("Marta Lima", current_role="support-team-lead").value
    for name, role in (("Bruno", "support-representative"), ("Carla", "support-specialist")):
        app.create_person(name, current_role=role, manager_id=boss.id)
    controller.set_me(boss.id)
    return boss.id


def test_model_passes_modeltester(
    qtmodeltester: ModelTester, controller: ProfileController
) -> None:
    boss = _add_team(controller)
    model = TeamModel()
    model.set_grid(team_grid(controller.app, manager_id=boss))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Bruno"
    assert "%" in model.index(0, 3).data()
    gap_text = model.index(0, 4).data()
    # Nobody rated Bruno yet: a needed skill shows "?" (not rated), never a gap from 0.
    assert gap_text in ("—", "?") or gap_text.isdigit()


def test_page_shows_my_team_sorts_and_opens_person(
    qtbot: QtBot, controller: ProfileController
) -> None:
    _add_team(controller)
    page = TeamPage(controller)
    qtbot.addWidget(page)
    page.show()
    assert page.scope.currentText() == "Team of Marta Lima"
    assert page.proxy.rowCount() == 2
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data() == "Carla"
    carla = page.proxy.index(0, 0).data(PERSON_ROLE)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    with qtbot.waitSignal(page.personActivated, timeout=2000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert controller.person_id == carla


def test_rating_updates_the_visible_grid(qtbot: QtBot, controller: ProfileController) -> None:
    _add_team(controller)
    page = TeamPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.scope.setCurrentIndex(page.scope.findData(""))
    ana_row = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "Ana Souza"
    )
    before = page.model.grid.rows[ana_row].readiness
    assert controller.snapshot is not None
    needed = controller.snapshot.framework.role("support-specialist").requires
    controller.rate({r.skill: r.level for r in needed})
    after = page.model.grid.rows[ana_row].readiness
    assert after is not None
    assert before is not None
    assert after > before


def test_exports(qtbot: QtBot, controller: ProfileController, tmp_path: Path) -> None:
    _add_team(controller)
    page = TeamPage(controller)
    qtbot.addWidget(page)
    page.show()
    csv_path = page.export_csv(tmp_path / "team.csv")
    assert csv_path is not None
    assert csv_path.read_text(encoding="utf-8-sig").startswith("Person,Role,Aim,Readiness")
    png_path = page.export_png(tmp_path / "team.png")
    assert png_path is not None
    image = QImage(str(png_path))
    assert not image.isNull()
    assert image.width() > 400
    assert image.height() > 100


def test_skill_titles_are_rotated_so_columns_stay_narrow(
    qtbot: QtBot, controller: ProfileController
) -> None:
    _add_team(controller)
    page = TeamPage(controller)
    qtbot.addWidget(page)
    page.show()
    header = page.table.horizontalHeader()
    assert isinstance(header, RotatedHeader)
    metrics = header.fontMetrics()
    for column in range(FIXED_COLUMNS, page.model.columnCount()):
        title = header.title_at(column)
        assert title
        if metrics.horizontalAdvance(title) > 4 * metrics.height():
            # A long name is written upwards: its column is far narrower than the name.
            assert header.sectionSize(column) < metrics.horizontalAdvance(title) / 2
    assert header.height() >= max(
        header.sectionSizeFromContents(c).height() for c in range(page.model.columnCount())
    )
    # Sorting still works from the rotated sections.
    page.table.sortByColumn(FIXED_COLUMNS, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == FIXED_COLUMNS


def _role_titles(page: TeamPage) -> set[str]:
    return {str(page.model.index(row, 1).data()) for row in range(page.model.rowCount())}


def _skill_headers(page: TeamPage) -> list[str]:
    model = page.model
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
        for c in range(FIXED_COLUMNS, model.columnCount())
    ]


def test_switching_language_there_and_back_rereads_the_names(
    qtbot: QtBot, main_window: MainWindow, controller: ProfileController
) -> None:
    """After pt-BR and back to English in Preferences, the heat-map speaks English again."""
    _add_team(controller)
    page = main_window.show_page("team")
    assert isinstance(page, TeamPage)
    english = _role_titles(page)
    assert "Customer Support Representative" in english
    headers = _skill_headers(page)

    dialog = PreferencesDialog(controller, main_window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("pt-BR"))
    assert "Representante de Suporte ao Cliente" in _role_titles(page)
    main_window.show_page("overview")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    main_window.show_page("team")
    assert _role_titles(page) == english
    assert _skill_headers(page) == headers


def test_a_skill_nobody_rated_is_a_question_not_a_gap(controller: ProfileController) -> None:
    boss = _add_team(controller)
    bruno = next(p for p in controller.app.people() if p.name == "Bruno")
    controller.app.rate(bruno.id, {"communication": 1})
    model = TeamModel()
    model.set_grid(team_grid(controller.app, manager_id=boss))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Bruno")
    texts = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c)
        for c in range(FIXED_COLUMNS, model.columnCount())
    }
    rated = texts["Communication"]
    assert rated.data().isdigit()
    unrated = [index for name, index in texts.items() if index.data() == "?"]
    assert unrated, "Bruno's other needed skills were never rated"
    assert "not rated yet" in unrated[0].data(Qt.ItemDataRole.ToolTipRole)
    assert unrated[0].data(Qt.ItemDataRole.BackgroundRole) is None
    assert "not rated" in model.index(row, 3).data()


def test_skill_titles_break_between_words_only(controller: ProfileController) -> None:
    boss = _add_team(controller)
    controller.app.set_lang("pt-BR")  # "(executabilidade)" is longer than a title line
    model = TeamModel()
    grid = team_grid(controller.app, manager_id=boss)
    model.set_grid(grid)
    for column in range(FIXED_COLUMNS, model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        name = grid.skill_names[grid.skills[column - FIXED_COLUMNS]]
        assert title.split() == name.split(), f"{name!r} was cut inside a word: {title!r}"
