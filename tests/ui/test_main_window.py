"""The main window: every available screen opens, navigation and shortcuts reach them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow


def test_every_screen_opens(qtbot: QtBot, main_window: MainWindow) -> None:
    for key in main_window.page_keys():
        widget = main_window.show_page(key)
        assert main_window.stack.currentWidget() is widget
        assert main_window.current_page_key() == key


def test_title_names_person_and_role(main_window: MainWindow) -> None:
    assert "Ana Souza" in main_window.windowTitle()


def test_geometry_is_remembered(
    qtbot: QtBot, controller: ProfileController, ui_settings: QSettings
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    # Just above the minimum yet inside the screen (offscreen is 800 x 600), so nothing clamps it;
    # the minimum itself depends on the fonts of the machine.
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    room = window.screen().availableGeometry().size() - QSize(8, 8)
    chosen = (smallest + QSize(23, 17)).boundedTo(room).expandedTo(smallest)
    window.resize(chosen)
    window.show()
    window.close()
    again = MainWindow(controller)
    qtbot.addWidget(again)
    assert again.size() == chosen


def test_screen_splitters_are_remembered(
    qtbot: QtBot, controller: ProfileController, ui_settings: QSettings
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(QSize(1280, 800))
    window.show()
    chosen: dict[str, list[int]] = {}
    for key in window.page_keys():
        page = window.show_page(key)
        splitter = page.findChild(QSplitter)
        if splitter is None or splitter.count() < 2:
            continue
        sizes = splitter.sizes()
        total = sum(sizes)
        # Move the first divider by a fifth of the room, within what the panes allow.
        moved = [max(1, sizes[0] - total // 5), sizes[1] + total // 5, *sizes[2:]]
        splitter.setSizes(moved)
        chosen[key] = splitter.sizes()
    assert chosen, "no screen has a splitter"
    window.close()
    again = MainWindow(controller)
    qtbot.addWidget(again)
    again.resize(QSize(1280, 800))
    again.show()
    for key, sizes in chosen.items():
        splitter = again.show_page(key).findChild(QSplitter)
        assert splitter is not None
        assert splitter.sizes() == sizes, key
