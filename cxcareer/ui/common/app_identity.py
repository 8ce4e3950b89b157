"""Who the app is to the desktop: its name, its icon and the desktop entry it belongs to.

Why once, on the application: Qt gives the application's window icon to every window and
dialog that has none of its own, and the desktop file name lets a Wayland or X11 desktop match
the running windows to ``cxcareer.desktop`` (its name, its icon in the dock). The icon is made
from the PNG renders of ``resources/icons/cxcareer.svg`` (``tools/icons/render.py``), so no
SVG plugin is needed and each size looks as drawn.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel

from cxcareer.resources import resource_path

__all__ = ["APP_ID", "LARGE_ICON", "app_icon", "app_icon_label", "set_app_identity"]

#: The application's name for settings, the desktop entry (``cxcareer.desktop``) and the icon.
APP_ID = "cxcareer"
#: The icon's size where it stands for the app inside a window (About, the empty Overview).
LARGE_ICON = 64


@cache
def app_icon() -> QIcon:
    """The app icon at every size rendered (an empty icon when the resources lack them)."""
    icon = QIcon()
    for png in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{APP_ID}.png")):
        width = int(png.parent.parent.name.split("x", 1)[0])
        icon.addFile(str(png), QSize(width, width))
    return icon


def app_icon_label(alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> QLabel:
    """A label showing the icon at :data:`LARGE_ICON` px."""
    label = QLabel()
    label.setPixmap(app_icon().pixmap(LARGE_ICON, LARGE_ICON))
    label.setAlignment(alignment)
    return label


def set_app_identity(qt_app: QApplication) -> None:
    """Name the application, give every window its icon and tie it to its desktop entry."""
    qt_app.setOrganizationName(APP_ID)
    qt_app.setApplicationName(APP_ID)
    qt_app.setApplicationDisplayName(APP_ID)
    qt_app.setDesktopFileName(APP_ID)
    qt_app.setWindowIcon(app_icon())
