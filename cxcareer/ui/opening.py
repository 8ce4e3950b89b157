"""The window shown while the app opens: the frame, the screens' names and "Opening your profile…".

Why: importing the store and the career engine, opening the database and building the screens
takes several tenths of a second. Painting this light window first (it needs nothing but Qt)
tells the person at once that the app is starting, where the real window will be. The composition
root (:mod:`cxcareer.ui.app`) builds the main window right after this one has painted, gives it
this window's geometry and closes this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QWidget,
)

from cxcareer.ui.common.app_settings import WINDOW_GEOMETRY
from cxcareer.ui.pages import PAGES

__all__ = ["OpeningWindow"]

#: The main window's menu titles, translated in its context so both windows read the same.
_MENUS = ("&File", "&Edit", "&View", "&Database", "&Help")


class OpeningWindow(QMainWindow):
    """A stand-in for the main window until it is built; it cannot be closed meanwhile."""

    firstPainted = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingWindow")
        self.painted = False
        self._closable = False
        self.nav = QListWidget()
        self.nav.setObjectName("openingNavigation")
        self.nav.setEnabled(False)
        self.nav.setSpacing(3)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.addItems([spec.title() for spec in PAGES])
        self.message = QLabel()
        self.message.setObjectName("openingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.message, 1)
        self.setCentralWidget(central)
        self.people_dock = QDockWidget(self)
        self.people_dock.setObjectName("openingPeopleDock")
        self.people_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        placeholder = QWidget()
        # about as wide as the people list it stands for, in the user's font
        placeholder.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.people_dock.setWidget(placeholder)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.people_dock)
        self._menus: list[QMenu] = [self.menuBar().addMenu("") for _title in _MENUS]
        for menu in self._menus:
            menu.setEnabled(False)
        self.statusBar()
        self.retranslate()
        geometry = WINDOW_GEOMETRY.read(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1280, 800))

    def retranslate(self) -> None:
        """The window's texts in the current language."""
        self.setWindowTitle("cxcareer")
        self.message.setText(self.tr("Opening your profile…"))
        self.message.setAccessibleName(self.tr("Opening your profile…"))
        self.nav.setAccessibleName(self.tr("Screens"))
        for menu, title in zip(self._menus, _MENUS, strict=True):
            menu.setTitle(QCoreApplication.translate("MainWindow", title))
        self.people_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "People"))
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width)

    def finish(self) -> None:
        """Close for good (the main window is shown, or opening was given up)."""
        self._closable = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closable:
            super().closeEvent(event)
        else:
            event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.firstPainted.emit()
