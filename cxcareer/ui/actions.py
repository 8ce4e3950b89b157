"""The menu actions of the main window, with their shortcuts and translated texts.

Why apart from the window: the list of commands grows with every screen; keeping them here keeps
:mod:`cxcareer.ui.main_window` about layout. Dialogs are imported when first used, so start-up
does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

if TYPE_CHECKING:
    from cxcareer.ui.main_window import MainWindow

__all__ = [
    "add_database_actions",
    "add_edit_actions",
    "add_file_actions",
    "add_help_actions",
    "retranslate",
]


def _find(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError:
        return None


def _open_dialog(window: MainWindow, module: str, name: str) -> None:
    cls = _find(module, name)
    if cls is None:
        return
    dialog = cls(window.controller, window)
    if isinstance(dialog, QDialog):
        dialog.exec()


def _call_page(window: MainWindow, key: str, method: str) -> None:
    if key not in window.page_keys():
        return
    page = window.show_page(key)
    handler = getattr(page, method, None)
    if handler is not None:
        handler()


def _onboarding(window: MainWindow) -> None:
    _open_dialog(window, "cxcareer.ui.onboarding.wizard", "OnboardingWizard")


def add_file_actions(window: MainWindow) -> None:
    """Profile set-up, imports and exports, quit."""
    window._action("onboarding", "file", lambda: _onboarding(window), "Ctrl+Shift+N")
    window._action(
        "new-person",
        "file",
        lambda: _call_dock(window, "add_person"),
        QKeySequence.StandardKey.New,
    )
    window._menus["file"].addSeparator()
    window._action(
        "import-framework",
        "file",
        lambda: _call_page(window, "frameworks", "import_file"),
        "Ctrl+I",
    )
    window._action(
        "export-map", "file", lambda: _call_page(window, "ladder", "export_map"), "Ctrl+E"
    )
    window._action(
        "export-pack", "file", lambda: _call_page(window, "meeting", "export_pack"), "Ctrl+P"
    )
    window._menus["file"].addSeparator()
    window._action(
        "export-bundle", "file", lambda: _sharing(window, "export_bundle"), "Ctrl+Shift+E"
    )
    window._action(
        "import-bundle", "file", lambda: _sharing(window, "import_bundle"), "Ctrl+Shift+I"
    )
    window._menus["file"].addSeparator()
    window._action("quit", "file", window.close, QKeySequence.StandardKey.Quit)


def _sharing(window: MainWindow, name: str) -> None:
    handler = _find("cxcareer.ui.sharing.bundle_dialogs", name)
    if handler is not None:
        handler(window.controller, window)


def _call_dock(window: MainWindow, method: str) -> None:
    dock = window.people_dock.widget()
    handler = getattr(dock, method, None) if dock is not None else None
    if handler is not None:
        window.people_dock.show()
        handler()


def add_edit_actions(window: MainWindow) -> None:
    """Preferences (language, theme)."""
    window._action(
        "preferences",
        "edit",
        lambda: _open_dialog(window, "cxcareer.ui.settings.preferences", "PreferencesDialog"),
        QKeySequence.StandardKey.Preferences
        if not QKeySequence(QKeySequence.StandardKey.Preferences).isEmpty()
        else "Ctrl+,",
    )


def add_database_actions(window: MainWindow) -> None:
    """Backups, restore and checks, all in the database dialog."""
    window._action(
        "database",
        "database",
        lambda: _open_dialog(window, "cxcareer.ui.settings.database_dialog", "DatabaseDialog"),
        "Ctrl+Shift+D",
    )


def _about(window: MainWindow) -> None:
    _open_dialog(window, "cxcareer.ui.about_dialog", "AboutDialog")


def _formula(window: MainWindow) -> None:
    from cxcareer.service.texts import say
    from cxcareer.ui.common.locale import current_language

    QMessageBox.information(
        window,
        QCoreApplication.translate("actions", "How readiness is computed"),
        QCoreApplication.translate(
            "actions",
            "Readiness for a role = {formula}\n\nFor every skill the role requires: the level "
            "you have, counted up to the level needed, times the requirement's weight; divided "
            "by the weighted levels needed. 100% means every requirement is met.",
        ).format(formula=say("readiness_formula_terms", current_language())),
    )


def add_help_actions(window: MainWindow) -> None:
    """The readiness formula and About."""
    window._action(
        "formula", "help", lambda: _formula(window), QKeySequence.StandardKey.HelpContents
    )
    window._action("about", "help", lambda: _about(window))


def retranslate(window: MainWindow) -> None:
    """Set every action's text in the current language; hide those this build cannot do."""
    texts = {
        "onboarding": QCoreApplication.translate("actions", "Set up my &profile…"),
        "new-person": QCoreApplication.translate("actions", "&New person…"),
        "import-framework": QCoreApplication.translate("actions", "&Import framework…"),
        "export-map": QCoreApplication.translate("actions", "Export ladder &map…"),
        "export-pack": QCoreApplication.translate("actions", "Export one-to-one pac&k (PDF)…"),
        "export-bundle": QCoreApplication.translate("actions", "E&xport person bundle…"),
        "import-bundle": QCoreApplication.translate("actions", "Import person &bundle…"),
        "quit": QCoreApplication.translate("actions", "&Quit"),
        "preferences": QCoreApplication.translate("actions", "&Preferences…"),
        "database": QCoreApplication.translate("actions", "&Backups and database…"),
        "formula": QCoreApplication.translate("actions", "How &readiness is computed"),
        "about": QCoreApplication.translate("actions", "&About cxcareer"),
    }
    for key, text in texts.items():
        action = window._actions.get(key)
        if action is not None:
            action.setText(text)
    needs = {
        "onboarding": ("cxcareer.ui.onboarding.wizard", "OnboardingWizard"),
        "preferences": ("cxcareer.ui.settings.preferences", "PreferencesDialog"),
        "database": ("cxcareer.ui.settings.database_dialog", "DatabaseDialog"),
    }
    for key, (module, _name) in needs.items():
        action = window._actions.get(key)
        if action is not None:
            action.setVisible(_module_exists(module))
    pages = set(window.page_keys())
    for key, page in (
        ("import-framework", "frameworks"),
        ("export-map", "ladder"),
        ("export-pack", "meeting"),
    ):
        action = window._actions.get(key)
        if action is not None:
            action.setVisible(page in pages)
    dock = window.people_dock.widget()
    action = window._actions.get("new-person")
    if action is not None:
        action.setVisible(dock is not None and hasattr(dock, "add_person"))
    for key in ("export-bundle", "import-bundle"):
        action = window._actions.get(key)
        if action is not None:
            action.setVisible(_module_exists("cxcareer.ui.sharing.bundle_dialogs"))


def _module_exists(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
