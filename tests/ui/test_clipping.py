"""Every page of the demo at 1024×700 and 1366×768, in both languages and both themes: no text
is wider or taller than its room, and nothing lies beyond the screen.

Why the demo: it is what a new user sees first, and its long names, comments and Portuguese
titles are the ones that clipped. The demo database is built once and copied for each case,
so the whole matrix stays within a few seconds per case. The checker itself is
:mod:`tests.ui.clipping`; the last test proves it catches a label made too narrow.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.service.demo import create_demo
from cxcareer.store.database import open_database, resolve_location
from cxcareer.ui.common.elided_label import ElidedLabel
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.settings.theme import apply_theme
from tests.ui.clipping import Clip, clipped_in, off_screen, overlapping_in

SIZES = ((1024, 700), (1366, 768))
#: What a window's title bar takes of the screen's height.
TITLE_BAR = 30
LANGUAGES = ("en", "pt-BR")
THEMES = ("light", "dark")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A demo database built once for the module: (file, manager id, manager name)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(resolve_location(str(path)))
    app = CareerApp(database, lang="en", user="")
    app.builtin_version()
    team = create_demo(app)
    database.close()
    return path, team.manager.id, team.manager.name


@pytest.fixture
def demo_window(
    qtbot: QtBot,
    qapp: QApplication,
    demo_file: tuple[Path, str, str],
    tmp_path: Path,
) -> Iterator[MainWindow]:
    """The main window on a copy of the demo, looking at the manager, as ``--demo`` opens."""
    source, manager_id, manager_name = demo_file
    copy = tmp_path / "demo.db"
    shutil.copy(source, copy)
    app = CareerApp(open_database(resolve_location(str(copy))), lang="en", user=manager_name)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = ProfileController(app, settings)
    controller.set_me(manager_id)
    controller.select_person(manager_id)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    yield window
    window.close()
    app.database.close()


@pytest.fixture
def look(qapp: QApplication, tmp_path: Path) -> Iterator[list[QTranslator]]:
    """Restores English and the platform's theme after a case switched them."""
    installed: list[QTranslator] = []
    yield installed
    remove_translators(qapp, installed)
    apply_theme(qapp, "system")


def _settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(5)


def _misses(window: MainWindow, qtbot: QtBot, width: int, height: int) -> dict[str, list[Clip]]:
    """Every page's misses at one window size; "window" holds the window's own."""
    height -= TITLE_BAR  # the window's own height on a screen of that size
    window.resize(width, height)
    _settle(qtbot)
    found: dict[str, list[Clip]] = {}
    dock_width = window.people_dock.width()
    for key in window.page_keys():
        window.show_page(key)
        _settle(qtbot)
        misses = clipped_in(window.page(key)) + overlapping_in(window.page(key))
        misses += off_screen(window, width, height)
        if window.people_dock.width() < dock_width:
            misses.append(
                Clip("peopleDock", f"{dock_width}px", f"narrows to {window.people_dock.width()}px")
            )
        found[key] = misses
    window_misses = []
    hint = window.minimumSizeHint()  # every page is built now: the widest one counts
    if hint.width() > width or hint.height() > height:
        window_misses.append(
            Clip(
                "MainWindow",
                f"{hint.width()}×{hint.height()}",
                f"minimum size does not fit {width}×{height}",
            )
        )
    window_misses += clipped_in(window.nav)
    people = window.people_dock.widget()
    if people is not None:
        window_misses += clipped_in(people)
    found["window"] = window_misses
    return found


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_fits(
    qtbot: QtBot,
    qapp: QApplication,
    demo_window: MainWindow,
    look: list[QTranslator],
    tmp_path: Path,
    lang: str,
    theme: str,
) -> None:
    apply_theme(qapp, theme)
    look[:] = switch_translators(qapp, look, lang, cache_dir=tmp_path / "qm")
    demo_window.controller.set_language(lang)
    demo_window.show()
    failures: list[str] = []
    for width, height in SIZES:
        for key, misses in _misses(demo_window, qtbot, width, height).items():
            failures.extend(f"{width}×{height} {lang} {theme} {key}: {miss}" for miss in misses)
    unique = list(dict.fromkeys(failures))
    assert not unique, f"{len(unique)} texts do not fit:\n" + "\n".join(unique)


def test_the_checker_reports_a_label_made_too_narrow(qtbot: QtBot) -> None:
    row = QWidget()
    row.setObjectName("row")
    layout = QHBoxLayout(row)
    label = QLabel("Responsável pela ação combinada")
    label.setObjectName("owner")
    layout.addWidget(label)
    layout.addWidget(QPushButton("OK"))
    qtbot.addWidget(row)
    row.show()
    row.resize(600, 60)
    _settle(qtbot)
    assert clipped_in(row) == []

    label.setFixedWidth(label.sizeHint().width() // 2)
    _settle(qtbot)
    (miss,) = clipped_in(row)
    assert miss.where == "owner"
    assert miss.text == "Responsável pela ação combinada"
    assert miss.available < miss.needed
    assert "too wide" in str(miss)


def test_the_checker_accepts_elided_text_only_with_a_tooltip(qtbot: QtBot) -> None:
    row = QWidget()
    layout = QHBoxLayout(row)
    label = ElidedLabel("Gerente de Desempenho de Suporte ao Cliente")
    label.setObjectName("title")
    layout.addWidget(label)
    qtbot.addWidget(row)
    row.show()
    label.setFixedWidth(80)
    _settle(qtbot)
    assert label.text().endswith("…")
    assert clipped_in(row) == []

    plain = QLabel("Gerente de…")
    plain.setProperty("fullText", "Gerente de Desempenho de Suporte ao Cliente")
    layout.addWidget(plain)
    _settle(qtbot)
    (miss,) = clipped_in(row)
    assert miss.text == "Gerente de Desempenho de Suporte ao Cliente"
    assert "without the whole text in its tooltip" in miss.problem
