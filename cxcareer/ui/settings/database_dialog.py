"""The database dialog: where the data lives, its backups, a backup now, a restore, a check.

Why this shape: a restore replaces everything, so it checks the backup first, names the backup's
date in the confirmation, backs the current data up before touching it, and closes the open
database so nothing writes underneath it, then reopens it so every screen reloads. Every step
that reads or copies the file runs off the UI thread; the window never freezes on a big file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import database_care
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.database_care import BackupInfo
from cxcareer.service.formats import format_datetime
from cxcareer.service.texts import say
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import describe_error, show_error
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.common.tasks import Progress, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.settings.backups_model import BackupsModel
from cxcareer.ui.settings.integrity_check_box import IntegrityCheckBox

__all__ = ["DatabaseDialog"]


class DatabaseDialog(QDialog):
    """Location, backups (back up now, restore), and an integrity check of the open database."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.busy = False
        self._last_check: database_care.CheckResult | None = None

        self.location_title = QLabel()
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.location.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.backups_box = QGroupBox()
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        self.backups = BackupsModel(self)
        self.backups_table = read_only_table(self.backups, stretch=1, word_wrap=False)
        self.backups_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.backups_table.activated.connect(lambda _index: self.restore_selected())
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        backup_row.addWidget(self.folder_button)
        backups_layout = QVBoxLayout(self.backups_box)
        backups_layout.addWidget(self.backups_note)
        backups_layout.addWidget(self.backups_table, 1)
        backups_layout.addLayout(backup_row)

        self.check_box = IntegrityCheckBox()
        self.check_button = self.check_box.button
        self.check_button.clicked.connect(self.check_database)
        self.check_result = self.check_box.result

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.location_title)
        layout.addWidget(self.location)
        layout.addWidget(self.backups_box, 1)
        layout.addWidget(self.check_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        controller.changed.connect(self._changed)
        self.retranslate()
        self.reload()
        # Room for a long path and the longest reason, in any language; still resizable.
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(self.sizeHint().expandedTo(QSize(width, width * 3 // 4)))

    # -- state --------------------------------------------------------------------------
    @property
    def _location(self) -> Any:
        return self.controller.app.database.location

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Aspect.DATABASE):
            self.reload()

    def reload(self) -> None:
        """Read the location and the backups list again."""
        location = self._location
        self.location.setText(database_care.location_label(location))
        selected = self.selected_backup()
        try:
            found = database_care.list_backups(location)
        except OSError as error:
            found = []
            self._set_status(describe_error(error))
        self.backups.set_backups(found, self.controller.lang)
        keep = selected.path if selected is not None else None
        row = self.backups.row_of(keep) if keep is not None else -1
        if row < 0 and found:
            row = 0
        if row >= 0:
            self.backups_table.selectRow(row)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        """The backup selected in the list."""
        rows = self.backups_table.selectionModel().selectedRows()
        return self.backups.backup(rows[0].row()) if rows else None

    def select_backup_row(self, row: int) -> None:
        """Select one backup (for keyboard users and tests)."""
        self.backups_table.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        sqlite = self._location.path is not None
        read_only = self.controller.read_only
        self.backup_button.setEnabled(sqlite and not self.busy)
        self.restore_button.setEnabled(
            sqlite and not read_only and not self.busy and self.selected_backup() is not None
        )
        self.folder_button.setEnabled(sqlite)
        self.check_button.setEnabled(not self.busy)
        self.backups_table.setEnabled(sqlite)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    # -- backing up ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Take a backup now (even when nothing changed) off the UI thread."""
        if self.busy or self._location.path is None:
            return
        location = self._location
        self._set_busy(True)
        self._set_status(self.tr("Backing up…"))

        def work(_progress: Progress) -> Any:
            return database_care.back_up_now(location)

        run_in_background(
            self, self.tr("Backing up…"), work, self._backed_up, on_error=self._failed
        )

    def _backed_up(self, made: Any) -> None:
        self._set_busy(False)
        self.reload()
        row = self.backups.row_of(made)
        if row >= 0:
            self.backups_table.selectRow(row)
        self._set_status(self.tr("Backed up to {file}.").format(file=made.name))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._set_status("")
        show_error(self, error)

    def open_folder(self) -> None:
        """Show the backups folder in the file manager."""
        folder = database_care.backup_folder(self._location)
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- restoring ----------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Check the selected backup, confirm, then restore it and reopen the database."""
        info = self.selected_backup()
        if info is None or not self.restore_button.isEnabled():
            return
        self._set_busy(True)
        self._set_status(self.tr("Checking the backup…"))

        def work(_progress: Progress) -> Any:
            return database_care.backup_problems(info.path)

        run_in_background(
            self,
            self.tr("Checking the backup…"),
            work,
            lambda problems: self._backup_checked(info, problems),
            on_error=self._failed,
        )

    def _backup_checked(
        self, info: BackupInfo, problems: list[database_care.BackupProblem]
    ) -> None:
        self._set_busy(False)
        self._set_status("")
        if problems and problems[0].kind == "damaged":  # what SQLite found is left out
            said = self.tr("This backup is damaged or is not a database. Nothing was changed.")
            show_error(self, ValueError(said))
            return
        if problems:
            show_error(
                self,
                ValueError(
                    self.tr(
                        "This backup cannot be restored ({problem}). Nothing was changed."
                    ).format(problem=problems[0])
                ),
            )
            return
        if not self.confirm_restore(info):
            self._set_status(say("restore_cancelled", self.controller.lang))
            return
        self._restore(info)

    def restore_question(self, info: BackupInfo) -> str:
        """The confirmation text, naming the backup's date."""
        when = format_datetime(info.taken_at, self.controller.lang)
        return self.tr(
            "Replace the data with the backup taken on {date}?\n\n"
            "The data you have now is backed up first, so you can go back to it from this list. "
            "Changes made after {date} will not be in the restored data."
        ).format(date=when)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before restoring; No is the default."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.restore_question(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore(self, info: BackupInfo) -> None:
        location = self._location
        self._set_busy(True)
        self._set_status(self.tr("Restoring…"))
        # Nothing may write while the file is replaced: close it (and its writer lock) first.
        self.controller.app.database.close()

        def work(_progress: Progress) -> Any:
            return database_care.restore(location, info.path)

        run_in_background(
            self,
            self.tr("Restoring…"),
            work,
            lambda outcome: self._restored(info, outcome),
            on_error=self._restore_failed,
        )

    def _restored(self, info: BackupInfo, outcome: database_care.RestoreOutcome) -> None:
        self._set_busy(False)
        if not self._reopen():
            return
        when = format_datetime(info.taken_at, self.controller.lang)
        message = self.tr("Restored the backup taken on {date}.").format(date=when)
        if outcome.previous is not None:
            message += " " + self.tr(
                "The data from before the restore was saved as {file}."
            ).format(file=outcome.previous.name)
        self.reload()
        self._set_status(message)

    def _restore_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._set_status("")
        self._reopen()
        show_error(self, error)

    def _reopen(self) -> bool:
        try:
            self.controller.reopen()
        except Exception as error:
            show_error(self, error)
            return False
        self.reload()
        return True

    # -- checking -----------------------------------------------------------------------
    def check_database(self) -> None:
        """Run an integrity check of the open database off the UI thread."""
        if self.busy:
            return
        database = self.controller.app.database
        self._set_busy(True)
        self.check_result.setText(self.tr("Checking…"))

        def work(_progress: Progress) -> Any:
            return database_care.check_database(database)

        run_in_background(
            self, self.tr("Checking the database…"), work, self._checked, on_error=self._failed
        )

    def _checked(self, result: database_care.CheckResult) -> None:
        self._set_busy(False)
        self._last_check = result
        self._show_check()
        if not result.ok and self.backups.rowCount():
            self.backups_table.selectRow(0)
            self.backups_table.setFocus()

    def _show_check(self) -> None:
        self.check_box.show_result(self._last_check, can_restore=self._location.path is not None)

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Backups and database"))
        self.location_title.setText(self.tr("Your data is stored in:"))
        self.location.setAccessibleName(self.tr("Database location"))
        self.backups_box.setTitle(self.tr("Backups"))
        if self._location.path is not None:
            self.backups_note.setText(
                self.tr(
                    "cxcareer backs your data up when it starts, every half hour while you work "
                    "and before every import or restore, and keeps a thinned history of backups."
                )
            )
        else:
            self.backups_note.setText(
                self.tr(
                    "This database is on a PostgreSQL server: back it up and restore it with the "
                    "server's tools (pg_dump, pg_restore)."
                )
            )
        self.backups_table.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.folder_button.setText(self.tr("Show &folder"))
        self.folder_button.setAccessibleName(self.tr("Show the backups folder"))
        self.check_box.retranslate()
        self.status.setAccessibleName(phrases.last_step_outcome())
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
            close.setAccessibleName(self.tr("Close"))
        self.backups.retranslate(self.controller.lang)
        self._show_check()
