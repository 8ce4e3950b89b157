"""The "Check" part of the database dialog: what an integrity check does, and what it found.

Why a box of its own: the outcome is a sentence that depends on the result and on whether the
database has backups to restore from (a SQLite file) or not (a PostgreSQL server); the dialog
runs the check and hands the result here to be said in the current language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxcareer.service import database_care

__all__ = ["IntegrityCheckBox"]


class IntegrityCheckBox(QGroupBox):
    """A note, the check ``button`` (the dialog connects it) and the ``result`` line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_row = QHBoxLayout()
        check_row.addWidget(self.button)
        check_row.addStretch(1)
        check_layout = QVBoxLayout(self)
        check_layout.addWidget(self.note)
        check_layout.addLayout(check_row)
        check_layout.addWidget(self.result)

    def show_result(self, result: database_care.CheckResult | None, *, can_restore: bool) -> None:
        """Say what ``result`` found (nothing when None); ``can_restore``: backups exist."""
        if result is None:
            self.result.setText("")
            return
        if result.ok:
            self.result.setText(self.tr("The database passed its integrity check."))
            return
        # What SQLite found (pages, "malformed") is left out: it helps nobody restore.
        text = self.tr("The database is damaged or is not a cxcareer database.")
        if can_restore:
            text += " " + self.tr(
                "Restore the newest backup that works: select it above and choose Restore."
            )
        self.result.setText(text)

    def retranslate(self) -> None:
        """The box's fixed texts in the current language (the dialog says the result again)."""
        self.setTitle(self.tr("Check"))
        self.note.setText(self.tr("Reads the whole database to find damage; nothing is changed."))
        self.button.setText(self.tr("&Check database"))
        self.button.setAccessibleName(self.tr("Check database"))
        self.result.setAccessibleName(self.tr("Check result"))
