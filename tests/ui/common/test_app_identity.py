"""The app's identity: its icon on every window, its desktop entry, and a proper About."""

from __future__ import annotations

import configparser

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer import __version__
from cxcareer.resources import resource_path
from cxcareer.ui.about_dialog import AboutDialog
from cxcareer.ui.common.app_identity import APP_ID, app_icon, set_app_identity
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow


def _opaque_pixels(image: QImage) -> int:
    points = ((x, y) for y in range(image.height()) for x in range(image.width()))
    return sum(1 for x, y in points if image.pixelColor(x, y).alpha())


def test_the_icon_is_legible_from_16_to_256_px(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert _opaque_pixels(image) > size * size // 2, f"{size} px is mostly empty"


def test_every_window_and_dialog_gets_the_app_icon(
    qapp: QApplication, main_window: MainWindow, controller: ProfileController, qtbot: QtBot
) -> None:
    set_app_identity(qapp)
    assert qapp.desktopFileName() == APP_ID
    assert not main_window.windowIcon().isNull()
    dialog = AboutDialog(controller, main_window)
    qtbot.addWidget(dialog)
    assert not dialog.windowIcon().isNull()
    assert dialog.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()


def test_help_offers_about_cxcareer_and_no_about_qt(main_window: MainWindow) -> None:
    texts = [action.text().replace("&", "") for action in main_window._menus["help"].actions()]
    assert "About cxcareer" in texts
    assert not [text for text in texts if "Qt" in text]


def test_about_shows_version_database_and_credits(
    controller: ProfileController, qtbot: QtBot
) -> None:
    dialog = AboutDialog(controller)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version.text()
    assert dialog.database.text() == str(controller.app.database.location)
    assert "SFIA" in dialog.credits.text()
    assert "MIT" in dialog.credits.text()


def test_the_desktop_entry_names_the_app_in_both_languages() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(resource_path("desktop", f"{APP_ID}.desktop"), encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"].split()[0] == APP_ID
    assert main["Icon"] == APP_ID
    assert "Office" in main["Categories"].split(";")
    for key in ("Name", "GenericName", "Comment"):
        assert main[key]
    for key in ("GenericName[pt_BR]", "Comment[pt_BR]"):
        assert main[key]
        assert main[key] != main[key.split("[")[0]]
