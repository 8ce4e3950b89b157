"""Every main screen rendered in English and Brazilian Portuguese: not blank, nothing clipped
(measured by :mod:`tests.ui.clipping`, which ``test_clipping`` runs on the demo at screen sizes).

The pictures in ``docs/screenshots`` are made from the demo by ``python -m tools.screenshots``;
this only checks the screens. Screens this build does not have yet are skipped by asking the
window. The selected person gets a manager, a peer and ratings first, so
the screens show real content rather than empty states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from cxcareer.store.records import Assessor
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.main_window import MainWindow
from tests.ui.clipping import clipped_in

KEYS = ("overview", "ladder", "skills", "paths", "frameworks", "comparison", "meeting", "team")
LANGUAGES = ("en", "pt-BR")
MIN_COLOURS = 6

Switch = Callable[[str], None]


@pytest.fixture
def language(qapp: QApplication, main_window: MainWindow, tmp_path: Path) -> Iterator[Switch]:
    """Switches the app's translators and the controller; English again afterwards."""
    installed: list[QTranslator] = []

    def use(lang: str) -> None:
        installed[:] = switch_translators(qapp, installed, lang, cache_dir=tmp_path / "qm")
        main_window.controller.set_language(lang)
        QApplication.processEvents()

    yield use
    remove_translators(qapp, installed)
    main_window.controller.set_language("en")


@pytest.fixture
def filled(main_window: MainWindow) -> MainWindow:
    """The window on a small team: the selected person has a manager, ratings and a peer."""
    controller = main_window.controller
    app = controller.app
    view = controller.snapshot
    assert view is not None
    person = view.person.id
    boss = app.create_person("Marta Lima", current_role="support-team-lead").value
    app.set_manager(person, boss.id)
    app.create_person(
        "Bruno Alves",
        current_role="support-specialist",
        targets=["support-team-lead"],
        manager_id=boss.id,
    )
    skills = list(view.framework.skills)[:10]
    app.rate(person, {skill: 1 + n % 3 for n, skill in enumerate(skills)})
    app.rate(
        person,
        {skill: 1 + (n + 1) % 3 for n, skill in enumerate(skills)},
        assessor=Assessor.MANAGER,
    )
    controller.set_me(boss.id)
    controller.select_person(person)
    return main_window


def _screens(window: MainWindow) -> list[str]:
    available = set(window.page_keys())
    return [key for key in KEYS if key in available]


def _distinct_colours(image: QImage, step: int = 3) -> int:
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }
    return len(colours)


def _settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_screen_renders(
    qtbot: QtBot, filled: MainWindow, language: Switch, lang: str
) -> None:
    language(lang)
    keys = _screens(filled)
    assert keys, "the window has no screens"
    blank: list[str] = []
    for key in keys:
        page = filled.show_page(key)
        _settle(qtbot)
        if _distinct_colours(page.grab().toImage()) < MIN_COLOURS:
            blank.append(key)
    assert not blank, f"blank screens in {lang}: {', '.join(blank)}"


def test_no_text_is_clipped_in_portuguese(
    qtbot: QtBot, filled: MainWindow, language: Switch
) -> None:
    language("pt-BR")
    clipped = [f"navigation: {miss}" for miss in clipped_in(filled.nav)]
    for key in _screens(filled):
        page = filled.show_page(key)
        _settle(qtbot)
        clipped.extend(f"{key}: {miss}" for miss in clipped_in(page))
    assert not clipped, "clipped in pt-BR:\n" + "\n".join(clipped)
