"""Every main screen rendered in English and Brazilian Portuguese: not blank, nothing clipped.

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
from PySide6.QtGui import QFontMetrics, QImage, Qt, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cxcareer.store.records import Assessor
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.main_window import MainWindow

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


def _plain(text: str) -> str:
    """The text as drawn: ``&&`` is one ampersand, a single ``&`` marks a shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_needs(label: QLabel) -> int:
    text = label.text()
    kind = label.textFormat()
    rich = kind == Qt.TextFormat.RichText or (
        kind == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return int(document.idealWidth())
    metrics = QFontMetrics(label.font())
    return max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))


def _clipped(widget: QWidget) -> tuple[int, int] | None:
    """(needed, available) width when the widget's text does not fit, else None."""
    style = widget.style()
    metrics = QFontMetrics(widget.font())
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text().strip():
            return None
        needed = _label_needs(widget)
        indent = max(widget.indent(), 0)
        available = widget.contentsRect().width() - 2 * widget.margin() - indent
    elif isinstance(widget, QPushButton):
        if not widget.text().strip():
            return None
        needed = metrics.horizontalAdvance(_plain(widget.text()))
        if not widget.icon().isNull():
            needed += widget.iconSize().width() + 4
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        available = widget.width() - margin - 2 * frame
    elif isinstance(widget, QCheckBox):
        if not widget.text().strip():
            return None
        needed = metrics.horizontalAdvance(_plain(widget.text()))
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, widget)
        available = widget.width() - indicator - spacing
    else:
        return None
    return (needed, available) if needed > available + 1 else None


def _clipped_texts(window: MainWindow, key: str, page: QWidget) -> list[str]:
    found: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        result = _clipped(widget)
        if result is not None:
            needed, available = result
            name = widget.objectName() or type(widget).__name__
            text = widget.text()  # type: ignore[attr-defined]
            found.append(f"{key}/{name}: {text!r} needs {needed}px, has {available}px")
    return found


def _clipped_navigation(window: MainWindow) -> list[str]:
    nav = window.nav
    metrics = QFontMetrics(nav.font())
    available = nav.viewport().width()
    margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
    found: list[str] = []
    for row in range(nav.count()):
        item = nav.item(row)
        needed = metrics.horizontalAdvance(item.text()) + 2 * (nav.spacing() + margin)
        if needed > available:
            found.append(f"navigation: {item.text()!r} needs {needed}px, has {available}px")
    return found


def test_no_text_is_clipped_in_portuguese(
    qtbot: QtBot, filled: MainWindow, language: Switch
) -> None:
    language("pt-BR")
    clipped = _clipped_navigation(filled)
    for key in _screens(filled):
        page = filled.show_page(key)
        _settle(qtbot)
        clipped.extend(_clipped_texts(filled, key, page))
    assert not clipped, "clipped in pt-BR:\n" + "\n".join(clipped)
