"""Choosing a framework file to import, and the import step that runs off the UI thread.

Why apart from the page: where the file comes from (a file dialog that starts in the folder of
the last import) and what the worker does with it (check, back up, store only a valid file) are
the two ends of an import; the page in between shows progress and the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from cxcareer.framework.load import LoadReport
from cxcareer.service.backups import backup_now
from cxcareer.service.career import CareerApp
from cxcareer.store.records import FrameworkImport
from cxcareer.ui.common.app_settings import FRAMEWORKS_FOLDER

__all__ = ["check_and_import", "choose_framework_file"]


def choose_framework_file(parent: QWidget, settings: QSettings) -> Path | None:
    """Ask for a YAML or JSON file, starting where the last one was; None when cancelled."""
    start = FRAMEWORKS_FOLDER.read(settings) or (
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FrameworkFile", "Import framework"),
        start,
        QCoreApplication.translate(
            "FrameworkFile", "Framework files (*.yaml *.yml *.json);;All files (*)"
        ),
    )
    if not chosen:
        return None
    FRAMEWORKS_FOLDER.write(settings, str(Path(chosen).parent))
    return Path(chosen)


def check_and_import(app: CareerApp, path: Path) -> tuple[LoadReport, FrameworkImport | None]:
    """Runs on a worker thread: check, back up, then store only a valid file."""
    report = app.check_framework_file(path)
    if not report.ok:
        return report, None
    backup_now(app.database.location, "before-import")
    return report, app.import_framework(path)
