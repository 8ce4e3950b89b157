"""Importing a bundle file: read and check, preview, confirm, back up, merge, show the result.

Why these steps in this order: a file from another laptop is read and checked off the UI
thread (a bad file lists its problems and changes nothing); the preview is a dry run of the
real merge, so its counts are what the import will do; only after "Import" is a backup taken
and the merge written, in one transaction. Dialogs are opened window-modal and non-blocking,
so the window keeps painting and tests can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cxcareer.service.bundle_preview import (
    ENTRY_KINDS,
    BundleImport,
    ImportReport,
    import_checked_bundle,
    preview_file,
)
from cxcareer.service.changes import Outcome
from cxcareer.service.formats import format_number
from cxcareer.store.errors import BundleInvalid
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.tasks import Progress, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.sharing.labels import kind_label
from cxcareer.ui.sharing.preview_dialog import PreviewDialog
from cxcareer.ui.sharing.problems_dialog import ProblemsDialog

__all__ = ["ImportFlow"]


class ImportFlow(QObject):
    """One import from start to summary; ``finished`` fires however it ends."""

    finished = Signal()

    def __init__(self, controller: ProfileController, widget: QWidget | None) -> None:
        super().__init__(widget)
        self.controller = controller
        self.widget = widget
        self.path: Path | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.summary: QMessageBox | None = None
        self.report: ImportReport | None = None
        self.backup: Path | None = None
        self.done = False

    def start(self, path: Path) -> None:
        """Read, check and preview ``path`` in the background."""
        self.path = path
        database = self.controller.app.database
        me = self.controller.me_id()

        def work(progress: Progress) -> tuple[dict[str, Any], Any]:
            return preview_file(database, path, progress, me=me)

        run_in_background(
            self.widget,
            self.tr("Reading {file}…").format(file=path.name),
            work,
            self._previewed,
            on_error=self._read_failed,
        )

    # -- reading --------------------------------------------------------------------------
    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, BundleInvalid) and self.path is not None:
            dialog = ProblemsDialog(self.path, error.problems, self.widget)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.finished.connect(self._finish)
            self.problems_dialog = dialog
            dialog.open()
            return
        show_error(self.widget, error)
        self._finish()

    def _previewed(self, result: Any) -> None:
        bundle, preview = result
        assert self.path is not None
        dialog = PreviewDialog(preview, self.path, self.widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._import(bundle))
        dialog.rejected.connect(self._finish)
        self.preview_dialog = dialog
        dialog.open()

    # -- writing --------------------------------------------------------------------------
    def _import(self, bundle: dict[str, Any]) -> None:
        database = self.controller.app.database
        dialog = self.preview_dialog
        trust_new_key = dialog is not None and dialog.new_key_accepted()

        def work(progress: Progress) -> Outcome[BundleImport]:
            return import_checked_bundle(database, bundle, progress, trust_new_key=trust_new_key)

        run_in_background(
            self.widget,
            self.tr("Importing…"),
            work,
            self._imported,
            on_error=self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, BundleInvalid) and self.path is not None:
            self._read_failed(error)  # the database changed between preview and import
            return
        show_error(self.widget, error)
        self._finish()

    def _imported(self, result: Outcome[BundleImport]) -> None:
        self.backup, self.report = result.value.backup, result.value.report
        self.controller.apply(result.changes)
        if self.controller.person_id != self.report.person_id:
            self.controller.select_person(self.report.person_id)
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Bundle imported"))
        box.setText(self.summary_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._finish)
        self.summary = box
        self._show_status(
            self.tr("Imported {file}").format(file=self.path.name if self.path else "")
        )
        box.open()

    def summary_text(self) -> str:
        """What the import did, kind by kind, and where the backup went."""
        report = self.report
        if report is None:
            return ""
        lines = [self.tr("Imported {file}.").format(file=self.path.name if self.path else "")]
        if report.added["person"]:
            lines.append(self.tr("The person was added."))
        elif report.updated["person"]:
            lines.append(self.tr("The person's profile was updated."))
        if report.added["framework"]:
            lines.append(self.tr("Their framework version was added."))
        for kind in ENTRY_KINDS:
            added, updated = report.added[kind], report.updated[kind]
            if added or updated:
                lines.append(
                    self.tr("{kind}: {added} new, {updated} updated").format(
                        kind=kind_label(kind),
                        added=format_number(added, current_language()),
                        updated=format_number(updated, current_language()),
                    )
                )
        if not report.changed:
            lines.append(self.tr("Nothing new: everything was already here."))
        if self.backup is not None:
            lines.append(self.tr("A backup was saved first: {path}").format(path=self.backup.name))
        return "\n".join(lines)

    def _show_status(self, message: str) -> None:
        window = self.widget.window() if self.widget is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        for dialog in (self.preview_dialog, self.problems_dialog, self.summary):
            if dialog is not None:
                dialog.deleteLater()
        self.finished.emit()
