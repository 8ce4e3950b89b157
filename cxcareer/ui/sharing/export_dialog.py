"""Choosing what to export: whose bundle, whether private notes go too, and where it is saved.

Why a dialog rather than a bare file chooser: private one-to-one notes must never leave the
database by accident, so the choice is explicit, off by default and explained right where it
is made; the file name (``<name>-<date>.cxbundle.json``) follows the person chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.bundle_export import bundle_file_name
from cxcareer.service.export_files import check_target
from cxcareer.store.errors import TargetRefused
from cxcareer.ui.common import phrases
from cxcareer.ui.common.app_settings import FileKind, remembered_folder
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.common.file_dialogs import ask_save_path
from cxcareer.ui.common.window_title import room_for_title
from cxcareer.ui.controller import ProfileController

__all__ = ["BUNDLE_SUFFIX", "ExportChoice", "ExportDialog"]

BUNDLE_SUFFIX = ".cxbundle.json"


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog holds when accepted; ``replace``: the person agreed to replace ``path``."""

    person_id: str
    path: Path
    include_private: bool
    replace: bool = False


class ExportDialog(QDialog):
    """Person, private notes, file; ``choice()`` gives them once accepted."""

    def __init__(
        self,
        controller: ProfileController,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._today = today or date.today()
        self._confirmed_overwrite: Path | None = None
        self.setWindowTitle(self.tr("Export person bundle"))
        room_for_title(self)

        intro = QLabel(
            self.tr(
                "Save one person's profile, ratings, evidence, plan and one-to-ones in a file "
                "that another cxcareer can import, for example your manager's laptop. "
                "Importing merges: nothing on the other side is lost."
            )
        )
        intro.setWordWrap(True)

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person to export"))
        for record in controller.app.people(include_archived=True):
            self.person.addItem(record.name, record.id)
        chosen = self.person.findData(controller.person_id) if controller.person_id else -1
        self.person.setCurrentIndex(max(chosen, 0))

        self.private = QCheckBox(self.tr("Include my private &notes"))
        self.private.setAccessibleName(self.tr("Include private one-to-one notes"))
        self.private.setChecked(False)
        self.private_warning = QLabel(
            self.tr(
                "Private one-to-one notes will leave this database: anyone who gets the file "
                "can read them, and the other cxcareer will store them. Only include them when "
                "the file goes to your own other computer."
            )
        )
        self.private_warning.setWordWrap(True)
        self.private_warning.setAccessibleName(self.tr("Warning about private notes"))
        self.private_warning.setStyleSheet("font-weight: bold;")
        self.private_warning.setVisible(False)
        self.private.toggled.connect(self.private_warning.setVisible)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to save"))
        self.path.setClearButtonEnabled(True)
        # Wide enough to read a whole file name; the dialog can still grow.
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance("x" * 48))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the file to save"))
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person)
        form.addRow(person_label, self.person)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Export"))
        save.setAccessibleName(self.tr("Export the bundle"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.private)
        layout.addWidget(self.private_warning)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._settings = controller.settings
        self._folder = remembered_folder(controller.settings, FileKind.BUNDLE)
        self._suggest()
        self.person.currentIndexChanged.connect(self._suggest)
        self.person.setFocus()

    def _suggest(self) -> None:
        """Name the file after the person chosen, in the folder the path points to now."""
        current = self.path.text().strip()
        folder = Path(current).parent if current else self._folder
        name = self.person.currentText() or "person"
        self.path.setText(str(folder / bundle_file_name(name, self._today)))

    def _browse(self) -> None:
        asked = ask_save_path(
            self,
            self._settings,
            FileKind.BUNDLE,
            self.tr("Export person bundle"),
            self.path.text(),
            (self.tr("cxcareer bundles (*.cxbundle.json);;All files (*)"),),
        )
        if asked is not None:
            self.path.setText(str(_with_suffix(asked[0])))

    def choice(self) -> ExportChoice | None:
        """The person, file and private-notes choice as they stand (None: nobody to export)."""
        person = self.person.currentData()
        text = self.path.text().strip()
        if person is None or not text:
            return None
        path = _with_suffix(Path(text))
        replace = self._confirmed_overwrite == path
        return ExportChoice(str(person), path, self.private.isChecked(), replace)

    def _check_and_accept(self) -> None:
        choice = self.choice()
        problem = ""
        if self.person.currentData() is None:
            problem = phrases.nobody_to_export()
        elif choice is None:
            problem = self.tr("Choose the file to save.")
        else:
            problem = self._target_problem(choice)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self._grow_to_fit()
            return
        self.accept()

    def _grow_to_fit(self) -> None:
        """Grow (never shrink) to the height the wrapped texts need at this width: a refusal
        of two or three lines otherwise squeezes every line of the dialog and cuts them."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def _target_problem(self, choice: ExportChoice) -> str:
        """Why ``choice.path`` cannot be written ("" when it can): an existing file needs a
        second press of Export; a folder, link or database never (the store's sentence)."""
        try:
            check_target(choice.path, force=choice.replace)
        except TargetRefused as refused:
            if refused.reason != "exists":
                return describe_error(refused)
            self._confirmed_overwrite = choice.path
            return self.tr(
                "{file} already exists. Press Export again to replace it, or choose another name."
            ).format(file=choice.path.name)
        return ""


def _with_suffix(path: Path) -> Path:
    """Add ``.cxbundle.json`` to a name typed without an extension."""
    return path if path.suffix else path.with_name(path.name + BUNDLE_SUFFIX)
