"""Exporting the one-to-one pack: asking how and where, and writing it on a worker thread.

Why apart from the meeting screen: the PDF pack is a separate, heavier part of the app
(:mod:`cxcareer.ui.report.pdf_pack`, imported only when a pack is written, and possibly left
out of a build); the questions before it — paper, language, private notes, then the file,
starting in the folder of the last export — are the same wherever the export starts from.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cxcareer.service.career import CareerApp
from cxcareer.service.meeting_rows import pack_file_name
from cxcareer.ui.common import phrases
from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.file_dialogs import ask_save_path, may_write
from cxcareer.ui.meeting.export_dialog import ExportOptions, ExportPackDialog

__all__ = ["PACK_MODULE", "ask_pack_export", "pack_available", "write_pack"]

PACK_MODULE = "cxcareer.ui.report.pdf_pack"


def pack_available() -> bool:
    """Whether this build can write the PDF pack."""
    try:
        return importlib.util.find_spec(PACK_MODULE) is not None
    except ModuleNotFoundError:
        return False


def ask_pack_export(
    parent: QWidget, settings: QSettings, person_name: str, lang: str, day: date
) -> tuple[ExportOptions, Path] | None:
    """Ask paper, language and private notes, then the file; None when the person cancelled.

    Says so (and returns None) when this build cannot write PDFs. The folder chosen is
    remembered for the next export.
    """
    if not pack_available():
        QMessageBox.information(
            parent,
            phrases.export_pack_title(),
            QCoreApplication.translate("PackExport", "PDF export is not part of this build."),
        )
        return None
    dialog = ExportPackDialog(person_name, lang, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    asked = ask_save_path(
        parent,
        settings,
        FileKind.PACK,
        QCoreApplication.translate("PackExport", "Save the one-to-one pack"),
        pack_file_name(person_name, day),
        (QCoreApplication.translate("PackExport", "PDF files (*.pdf)"),),
    )
    if asked is None:
        return None
    path = asked[0]
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not may_write(parent, path):
        return None
    return options, path


def write_pack(app: CareerApp, person_id: str, options: ExportOptions, path: Path) -> Path:
    """Runs on a worker thread: write the person's pack to ``path``; returns the file written.

    ``path`` was chosen through :func:`ask_pack_export`, which asked before it replaces a file.
    """
    # Imported here: the PDF pack is a separate, heavier part of the app.
    pack = importlib.import_module(PACK_MODULE)
    written: Path = pack.write_pack(
        app,
        person_id,
        path,
        lang=options.lang,
        include_private=options.include_private,
        paper=options.paper,
        force=True,
    )
    return written
