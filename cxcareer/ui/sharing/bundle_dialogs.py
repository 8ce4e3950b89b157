"""The File menu's "Export person bundle…" and "Import person bundle…".

Why thin entry points: the main window calls exactly these two functions; each starts a flow
(:class:`~cxcareer.ui.sharing.export_flow.ExportFlow`,
:class:`~cxcareer.ui.sharing.import_flow.ImportFlow`) that owns its dialogs and background work
and lives, as a child of the window, until it finishes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QWidget

from cxcareer.ui.common import phrases
from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.file_dialogs import ask_open_path
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.sharing.export_dialog import ExportDialog
from cxcareer.ui.sharing.export_flow import ExportFlow
from cxcareer.ui.sharing.import_flow import ImportFlow

__all__ = ["export_bundle", "import_bundle", "start_import"]

#: Flows without a parent widget are kept alive here until they finish.
_RUNNING: set[QObject] = set()


def _keep(flow: ExportFlow | ImportFlow) -> None:
    _RUNNING.add(flow)
    flow.finished.connect(lambda: _RUNNING.discard(flow))
    flow.finished.connect(flow.deleteLater)


def export_bundle(controller: ProfileController, parent: QWidget | None) -> None:
    """Ask whose bundle to export and where, then write it in the background."""
    if not controller.app.people(include_archived=True):
        show_error(
            parent,
            ValueError(phrases.nobody_to_export()),
        )
        return
    dialog = ExportDialog(controller, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        choice = dialog.choice()
        if choice is not None:
            flow = ExportFlow(controller, parent)
            _keep(flow)
            flow.start(choice)

    dialog.accepted.connect(accepted)
    dialog.open()


def import_bundle(controller: ProfileController, parent: QWidget | None) -> None:
    """Ask for a bundle file, then check, preview and (once confirmed) import it."""
    if controller.read_only:
        show_error(
            parent,
            PermissionError(phrases.read_only_database()),
        )
        return
    chosen = ask_open_path(
        parent,
        controller.settings,
        FileKind.BUNDLE,
        phrases.import_bundle_title(),
        (
            QCoreApplication.translate(
                "sharing", "cxcareer bundles (*.cxbundle.json *.json);;All files (*)"
            ),
        ),
    )
    if chosen is not None:
        start_import(controller, parent, chosen)


def start_import(controller: ProfileController, parent: QWidget | None, path: Path) -> ImportFlow:
    """Check and preview ``path``; the returned flow holds its dialogs while it runs."""
    flow = ImportFlow(controller, parent)
    _keep(flow)
    flow.start(path)
    return flow
