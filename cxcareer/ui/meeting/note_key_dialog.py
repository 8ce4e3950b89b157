"""The first private note on a company server: make the author's key, and offer its backup.

Why a dialog before the note is saved: on a company server a private note is sealed with a key
that only this computer holds (:mod:`cxcareer.service.note_seal`), so nobody else — the
server's administrator included — can read it. That is only a promise worth making if the
person knows the price: lose the key without a backup and the notes are gone for everyone.
So the key is made here, shown as one line to write down, with a button that saves a copy to a
file (a USB stick, say), and the note is saved only when the person goes on.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import company_server
from cxcareer.service.note_seal import NoteKey
from cxcareer.service.problems import describe_problem
from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.file_dialogs import ask_save_path
from cxcareer.ui.common.heading import page_heading

__all__ = ["NoteKeyDialog"]


class NoteKeyDialog(QDialog):
    """Shows the new key; "Save a copy…" writes its backup; Continue saves the note."""

    def __init__(self, key: NoteKey, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteKeyDialog")
        self.key = key
        self.lang = lang
        self.backed_up = False
        self.setWindowTitle(self.tr("Your private-notes key"))
        heading = page_heading()
        heading.setText(self.tr("Your private notes are locked with a key of your own"))
        self.explanation = QLabel(
            self.tr(
                "On the company server your private notes are stored locked, and only the key "
                "now kept on this computer opens them: not your colleagues, not HR, not the "
                "server's administrator. If this key is lost and there is no copy, those notes "
                "can never be read again, by anyone. Save a copy now and keep it away from this "
                "computer (a USB stick, a password manager), or write down the line below."
            )
        )
        self.explanation.setWordWrap(True)
        self.line = QLineEdit(key.text())
        self.line.setReadOnly(True)
        self.line.setCursorPosition(0)  # the start of the line, where it says what it is
        self.line.setObjectName("noteKeyLine")
        self.line.setAccessibleName(self.tr("Your key"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("noteKeySave")
        self.save_button.clicked.connect(self.save_copy)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("noteKeyStatus")
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save the note"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.status.setText(self.tr("Copied. Paste it into a password manager, then clear it."))

    def save_copy(self) -> bool:
        """Ask where and write the backup (never over an existing file); True when written."""
        chosen = ask_save_path(
            self,
            QSettings(),
            FileKind.KEY,
            self.tr("Save a copy of your key"),
            "cxcareer-private-notes.key",
            [self.tr("Key files (*.key)")],
        )
        if chosen is None:
            return False
        path, _filter = chosen
        try:
            company_server.key_backup(path)
        except ValueError as error:
            self.status.setText(describe_problem(error, self.lang) or str(error))
            return False
        except OSError as error:
            self.status.setText(f"{path}: {error.strerror or error}")
            return False
        self.backed_up = True
        self.status.setText(self.tr("A copy is in {0}. Keep it safe.").format(path))
        return True
