"""Choosing a framework file to import: a file dialog that starts where the last one was.

Why apart from the page: where the file comes from is one end of an import; the page shows
progress and the outcome, and the import itself (check, back up, store only a valid file) is
the service's (:func:`cxcareer.service.framework_import.import_framework_file`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.file_dialogs import ask_open_path

__all__ = ["choose_framework_file"]


def choose_framework_file(parent: QWidget, settings: QSettings) -> Path | None:
    """Ask for a YAML or JSON file, starting where the last one was; None when cancelled."""
    return ask_open_path(
        parent,
        settings,
        FileKind.FRAMEWORK,
        QCoreApplication.translate("FrameworkFile", "Import framework"),
        (
            QCoreApplication.translate(
                "FrameworkFile", "Framework files (*.yaml *.yml *.json);;All files (*)"
            ),
        ),
    )
