"""The main window: navigation, the screens, the people list, menus and shortcuts.

Why it stays small: each screen is its own widget built from the controller; this window only
places them, builds them the first time they are shown, connects the few cross-screen links
(a path chosen on Paths is highlighted on the Ladder; a role chosen anywhere opens on the
Ladder) and keeps geometry and splitter state in QSettings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from cxcareer.service.changes import Aspect, Changes
from cxcareer.ui.common.app_settings import WINDOW_GEOMETRY, WINDOW_SPLITTER, WINDOW_STATE
from cxcareer.ui.common.elided_label import ElidedLabel
from cxcareer.ui.common.splitter_state import restore_splitters, save_splitters
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.pages import PAGES, PageSpec, page_class

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """The application window; ``show_page(key)`` and ``page(key)`` serve menus and tests."""

    firstPainted = Signal()

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.error_parent = self
        # Once, while the stack is empty: Qt refuses (with a warning) a limit on a stack that
        # already holds commands, as it did when this ran again at each language change.
        controller.undo_stack.setUndoLimit(200)
        self._specs = [spec for spec in PAGES if _available(spec)]
        self._pages: dict[str, QWidget] = {}
        self._painted = False
        self._menus: dict[str, QMenu] = {}
        self._actions: dict[str, QAction] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(3)
        self.nav.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self._specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        self.people_dock = QDockWidget(self)
        self.people_dock.setObjectName("peopleDock")
        self.people_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        people = _optional_widget("cxcareer.ui.people.dock", "PeopleDock", controller)
        if people is not None:
            self.people_dock.setWidget(people)
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.people_dock)
        else:
            self.people_dock.hide()

        # A long database path gives way (its middle elided, whole in the tooltip) before
        # the window grows past the screen.
        self.location_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.location_label)

        self._build_menus()
        controller.changed.connect(self._changed)
        self.retranslate()
        self._restore_state()
        if self._specs:
            self.nav.setCurrentRow(0)

    # -- screens ------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        """The keys of the screens this build has, in navigation order."""
        return [spec.key for spec in self._specs]

    def page(self, key: str) -> QWidget:
        """The screen ``key``, built on first use (KeyError for a screen this build lacks)."""
        if key in self._pages:
            return self._pages[key]
        spec = next((s for s in self._specs if s.key == key), None)
        cls = page_class(spec) if spec is not None else None
        if cls is None:
            raise KeyError(key)
        widget = cls(self.controller)  # type: ignore[arg-type]
        widget.setObjectName(f"page-{key}")
        self._pages[key] = widget
        restore_splitters(self.controller.settings, key, widget)
        self.stack.addWidget(widget)
        self._connect_page(key, widget)
        return widget

    def show_page(self, key: str) -> QWidget:
        """Bring screen ``key`` to the front and give it the keyboard focus."""
        widget = self.page(key)
        row = self.page_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentWidget(widget)
        return widget

    def current_page_key(self) -> str | None:
        """The key of the screen in front."""
        row = self.nav.currentRow()
        return self.page_keys()[row] if 0 <= row < len(self._specs) else None

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            widget = self.page(self._specs[row].key)
            self.stack.setCurrentWidget(widget)

    def _connect_page(self, key: str, widget: QWidget) -> None:
        """Cross-screen links, made whichever of the two screens is built second."""
        role_signal = getattr(widget, "roleActivated", None)
        if role_signal is not None:
            role_signal.connect(self.open_role)
        routes_signal = getattr(widget, "routesRequested", None)
        if routes_signal is not None:
            routes_signal.connect(self.show_routes)
        rate_signal = getattr(widget, "rateRequested", None)
        if rate_signal is not None:
            rate_signal.connect(self.rate_skill)
        path_signal = getattr(widget, "pathHighlighted", None)
        if path_signal is not None:
            path_signal.connect(self._highlight_path)
        if key == "ladder" and self._pending_path is not None:
            self._highlight_path(self._pending_path)

    _pending_path: tuple[str, ...] | None = None

    def _highlight_path(self, roles: tuple[str, ...]) -> None:
        self._pending_path = tuple(roles)
        ladder = self._pages.get("ladder")
        if ladder is not None and hasattr(ladder, "highlight_path"):
            ladder.highlight_path(tuple(roles))

    def open_role(self, role_id: str) -> None:
        """Show a role on the ladder with its detail."""
        self._ask_page("ladder", "select_role", role_id)

    def show_routes(self, role_id: str) -> None:
        """Open the Paths screen aimed at ``role_id``."""
        self._ask_page("paths", "set_target", role_id)

    def rate_skill(self, skill: str) -> None:
        """Open the Skills screen with ``skill``'s rating editor ("": the first unrated one)."""
        self._ask_page("skills", "rate_skill", skill)

    def _ask_page(self, key: str, method: str, argument: str) -> None:
        """Show page ``key`` and call its ``method`` with ``argument``; nothing when the page is
        not available (an optional screen) or has no such method."""
        if key not in self.page_keys():
            return
        found = getattr(self.show_page(key), method, None)
        if found is not None:
            found(argument)

    # -- menus --------------------------------------------------------------------------
    def _action(
        self,
        key: str,
        menu: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action-{key}")
        if isinstance(shortcut, QKeySequence.StandardKey) or shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self._menus[menu].addAction(action)
        self._actions[key] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key in ("file", "edit", "view", "database", "help"):
            self._menus[key] = bar.addMenu("")
        from cxcareer.ui import actions

        actions.add_file_actions(self)
        undo = self.controller.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setObjectName("action-undo")
        redo = self.controller.undo_stack.createRedoAction(self)
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        redo.setObjectName("action-redo")
        self._menus["edit"].addAction(undo)
        self._menus["edit"].addAction(redo)
        self._menus["edit"].addSeparator()
        actions.add_edit_actions(self)
        for spec in self._specs:
            self._action(
                f"page-{spec.key}",
                "view",
                lambda key=spec.key: self.show_page(key),  # type: ignore[misc]
                spec.shortcut,
            )
        self._menus["view"].addSeparator()
        self._action("toggle-people", "view", self._toggle_people, "Ctrl+Shift+P")
        actions.add_database_actions(self)
        actions.add_help_actions(self)

    def _toggle_people(self) -> None:
        self.people_dock.setVisible(not self.people_dock.isVisible())

    def retranslate(self) -> None:
        """Every text this window owns, in the current language."""
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "database": self.tr("&Database"),
            "help": self.tr("&Help"),
        }
        for key, menu in self._menus.items():
            menu.setTitle(titles[key])
        for row, spec in enumerate(self._specs):
            item = self.nav.item(row)
            if item is not None:
                item.setText(spec.title())
            action = self._actions.get(f"page-{spec.key}")
            if action is not None:
                action.setText(spec.title())
        self.nav.setAccessibleName(self.tr("Screens"))
        self.people_dock.setWindowTitle(self.tr("People"))
        toggle = self._actions.get("toggle-people")
        if toggle is not None:
            toggle.setText(self.tr("Show or hide the people list"))
        from cxcareer.ui import actions

        actions.retranslate(self)
        self._update_title()
        self._update_status()
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, changes: Changes) -> None:
        self._update_title()
        if changes.touches(Aspect.DATABASE):
            self._update_status()

    def _update_title(self) -> None:
        parts = []
        view = self.controller.snapshot
        if view is not None:
            role = view.role_title(view.person.current_role) if view.person.current_role else ""
            suffix = f" — {role}" if role else ""
            read_only = self.tr(" (read-only)") if self.controller.read_only else ""
            parts.append(f"{view.person.name}{suffix}{read_only}")
        if self.controller.demo:  # its people are not the user's colleagues: say so
            parts.append(self.tr("demo"))
        # Last, as on X11 Qt appends the app's name to a title that does not end with it.
        parts.append("cxcareer")
        self.setWindowTitle(" — ".join(parts))

    def _update_status(self) -> None:
        if self.controller.demo:  # its temporary path means nothing to the person
            self.location_label.setText(self.tr("Demo data: all of it is deleted when you quit"))
            self.location_label.setAccessibleName(self.tr("Demo data"))
            return
        database = self.controller.app.database
        shown = str(database.location)  # the file, or the server's URL with its password hidden
        self.location_label.setToolTip("")
        if database.identity is not None:  # who the company server knows this is, not its URL
            who = database.identity.name or self.tr("Administrator")
            self.location_label.setToolTip(shown)
            shown = self.tr("{who} · company server").format(who=who)
        prefix = self.tr("Read-only: ") if self.controller.read_only else ""
        self.location_label.setText(prefix + shown)
        self.location_label.setAccessibleName(self.tr("Database location"))

    # -- state --------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.controller.settings
        geometry = WINDOW_GEOMETRY.read(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1280, 800))
        state = WINDOW_STATE.read(settings)
        if state is not None:
            self.restoreState(state)
        splitter = WINDOW_SPLITTER.read(settings)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember geometry, docks and the splitters (the window's and each screen's)."""
        settings = self.controller.settings
        WINDOW_GEOMETRY.write(settings, self.saveGeometry())
        WINDOW_STATE.write(settings, self.saveState())
        WINDOW_SPLITTER.write(settings, self.splitter.saveState())
        for key, widget in self._pages.items():
            save_splitters(settings, key, widget)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    def confirm(self, title: str, text: str) -> bool:
        """A Yes/No question; No is the default so Enter never removes anything by accident."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _available(spec: PageSpec) -> bool:
    try:
        return importlib.util.find_spec(spec.module) is not None
    except ModuleNotFoundError:
        return False


def _optional_widget(module: str, name: str, *args: object) -> QWidget | None:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError:
        return None
    if found is None:
        return None
    widget = found(*args)
    return widget if isinstance(widget, QWidget) else None
