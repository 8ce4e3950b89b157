"""Writing a bundle file in the background and saying what went into it.

Why in the background: a person with years of history and many one-to-ones makes a large
file; the window must keep painting while it is written (atomically, readable by its owner).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cxcareer.service.bundle_export import ExportSummary, export_person
from cxcareer.service.bundle_preview import ENTRY_KINDS
from cxcareer.ui.common.app_settings import FileKind, remember_folder
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.tasks import Progress, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.sharing.export_dialog import ExportChoice
from cxcareer.ui.sharing.labels import kind_label

__all__ = ["ExportFlow"]


class ExportFlow(QObject):
    """One export: write ``choice`` off the UI thread, then show a summary."""

    finished = Signal()

    def __init__(self, controller: ProfileController, widget: QWidget | None) -> None:
        super().__init__(widget)
        self.controller = controller
        self.widget = widget
        self.result: ExportSummary | None = None
        self.summary: QMessageBox | None = None
        self.done = False

    def start(self, choice: ExportChoice) -> None:
        """Write the bundle described by ``choice``."""
        database = self.controller.app.database
        me = self.controller.me_id()  # the bundle is signed as "me" (else as last time)
        remember_folder(self.controller.settings, FileKind.BUNDLE, choice.path.parent)

        def work(_progress: Progress) -> ExportSummary:
            return export_person(
                database,
                choice.person_id,
                choice.path,
                include_private=choice.include_private,
                signer=me,
                force=choice.replace,
            )

        run_in_background(
            self.widget,
            self.tr("Exporting {file}…").format(file=choice.path.name),
            work,
            self._written,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self.widget, error)
        self._finish()

    def _written(self, result: Any) -> None:
        self.result = result
        box = QMessageBox(self.widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Bundle exported"))
        box.setText(self.summary_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._finish)
        self.summary = box
        window = self.widget.window() if self.widget is not None else None
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Saved {path}").format(path=result.path), 8000)
        box.open()

    def summary_text(self) -> str:
        """Whose bundle, where, how many entries of each kind, and whether private notes went."""
        result = self.result
        if result is None:
            return ""
        lines = [
            self.tr("Saved the bundle of {name} to {path}.").format(
                name=result.person_name, path=result.path
            )
        ]
        lines += [
            self.tr("{kind}: {count}").format(kind=kind_label(kind), count=result.counts[kind])
            for kind in ENTRY_KINDS
        ]
        lines.append(
            self.tr("Signed as {name}, key {fingerprint}.").format(
                name=result.signer_name, fingerprint=result.signer_fingerprint
            )
        )
        if result.includes_private:
            lines.append(self.tr("Private one-to-one notes are included: keep the file safe."))
        else:
            lines.append(self.tr("Private one-to-one notes were left out."))
        return "\n".join(lines)

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        if self.summary is not None:
            self.summary.deleteLater()
        self.finished.emit()
