"""The window ``cxcareer --demo`` opens: seen through Mariana, marked as a demo, with a story.

Built as the app builds it (:func:`fill_demo`, then :func:`create_window` with the demo's user)
on a real SQLite file, so each test reads what a person trying the demo sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service.demo_team import load_demo_team
from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui import app as ui_app
from cxcareer.ui.demo_session import DemoUser, fill_demo
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.meeting.page import MeetingPage
from cxcareer.ui.people.comparison_model import FLAGGED_ROLE, SKILL_ID_ROLE
from cxcareer.ui.people.comparison_page import ComparisonPage
from cxcareer.ui.people.dock import PeopleDock


def _open(qtbot: QtBot, tmp_path: Path, settings: QSettings, lang: str) -> MainWindow:
    database = open_database(resolve_location(str(tmp_path / "demo.db")))
    demo = fill_demo(database, lang)
    assert isinstance(demo, DemoUser)
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    window = ui_app.create_window(database, settings, lang=lang, qt_app=qt_app, demo=demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, ui_settings: QSettings) -> Iterator[MainWindow]:
    window = _open(qtbot, tmp_path, ui_settings, "en")
    yield window
    window.controller.app.database.close()


def _dock_groups(window: MainWindow) -> dict[str, list[str]]:
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    model = dock.model
    groups: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        groups[str(model.data(heading))] = [
            str(model.data(model.index(child, 0, heading)))
            for child in range(model.rowCount(heading))
        ]
    return groups


def test_opens_on_mariana_as_me_with_her_team_grouped(demo_window: MainWindow) -> None:
    script = load_demo_team()
    controller = demo_window.controller
    view = controller.snapshot
    assert view is not None
    assert view.person.name == script.manager.name
    assert controller.me_id() == view.person.id
    assert controller.app.user == script.manager.name, "her one-to-ones are written by her"
    assert script.director is not None
    assert _dock_groups(demo_window) == {
        "Me (1)": [script.manager.name],
        "My team (4)": sorted(member.name for member in script.members),
        "Others (1)": [script.director.name],
    }


def test_me_is_not_written_to_the_settings(demo_window: MainWindow) -> None:
    """The demo's file is deleted on quitting: a "Me" keyed by its path would stay for ever."""
    settings = demo_window.controller.settings
    assert demo_window.controller.me_id() is not None
    assert not [key for key in settings.allKeys() if key.startswith("people/me")]


def test_self_vs_manager_flags_the_two_level_disagreement(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = demo_window.show_page("comparison")
    assert isinstance(page, ComparisonPage)
    qtbot.waitUntil(lambda: page.skills.model.rowCount() > 0)
    model = page.skills.model
    flagged = {
        model.index(row, 0).data(SKILL_ID_ROLE): model.index(row, 0).data(FLAGGED_ROLE)
        for row in range(model.rowCount())
    }
    assert [skill for skill, flag in flagged.items() if flag] == ["strategic-vision"]
    row = model.row_of("strategic-vision")
    texts = [model.index(row, column).data() for column in range(model.columnCount())]
    assert "2 apart — talk about it" in texts


def test_the_one_to_one_shows_what_moved_since_the_last_meeting(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    page = demo_window.show_page("meeting")
    assert isinstance(page, MeetingPage)
    model = page.changes_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    headings = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    entries = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
    assert entries >= 3, headings
    assert page.changes_stack.currentWidget() is not page.no_changes


def test_the_title_and_status_bar_say_it_is_a_demo(demo_window: MainWindow) -> None:
    title = demo_window.windowTitle()
    # Ending with the app's name: on X11 Qt appends " — cxcareer" to a title that does not.
    assert title.endswith(" — demo — cxcareer"), title
    assert title.startswith("Mariana Albuquerque — ")
    status = demo_window.location_label.fullText()
    assert status == "Demo data: all of it is deleted when you quit"
    assert "cxcareer-demo" not in status


def test_the_demo_mark_is_translated(qtbot: QtBot, tmp_path: Path, ui_settings: QSettings) -> None:
    window = _open(qtbot, tmp_path, ui_settings, "pt-BR")
    try:
        assert window.windowTitle().endswith(" — demonstração — cxcareer"), window.windowTitle()
        assert window.location_label.fullText() == "Dados de demonstração: tudo é apagado ao sair"
        assert "My team" not in _dock_groups(window)
        assert "Minha equipe (4)" in _dock_groups(window)
    finally:
        # The Portuguese translators are installed application-wide: take them away again.
        window.controller.set_language("en")
        window.controller.app.database.close()
    assert QCoreApplication.translate("MainWindow", "demo") == "demo"


def test_a_normal_database_keeps_its_path_in_the_status_bar(main_window: MainWindow) -> None:
    location = main_window.controller.app.database.location
    assert main_window.location_label.fullText() == str(location)
    assert main_window.windowTitle().endswith(" — cxcareer")
    assert "demo" not in main_window.windowTitle()
