"""Asking before a person is deleted: what will go, that a backup is kept, and the name typed back.

Why typing the name: deletion cannot be undone inside the app, and a Yes button is pressed out
of habit. The dialog also offers archiving, which hides the person and keeps everything.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.person_removal import name_confirms
from cxcareer.store.records import HistoryCounts

__all__ = ["DeletePersonDialog"]


class DeletePersonDialog(QDialog):
    """Returns ``Accepted`` to delete, ``ARCHIVE`` to archive instead, ``Rejected`` to cancel."""

    ARCHIVE = 2

    def __init__(
        self,
        name: str,
        counts: HistoryCounts,
        *,
        backed_up: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Delete {0}?").format(name))
        what = self.tr("This deletes {name} and everything recorded about them.").format(name=name)
        tally = self.tr(
            "Assessments: {ratings} · Evidence: {evidence} · Plan actions: {actions} · "
            "One-to-ones: {meetings}"
        ).format(
            ratings=counts.assessments,
            evidence=counts.evidence,
            actions=counts.actions,
            meetings=counts.meetings,
        )
        safety = (
            self.tr("A backup of the whole database is saved first, so it can be restored.")
            if backed_up
            else self.tr("This database lives on a server: make sure it is backed up there.")
        )
        instead = self.tr("To hide someone and keep their history, archive them instead.")
        explanation = QLabel(f"{what}\n{tally}\n\n{safety}\n{instead}")
        explanation.setWordWrap(True)
        prompt = QLabel(self.tr("Type <b>{0}</b> to confirm:").format(_escape(name)))
        prompt.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the person's name to confirm"))
        prompt.setBuddy(self.typed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete for good"))
        self.delete_button.setAccessibleName(self.tr("Delete for good"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.archive_button = QPushButton(self.tr("&Archive instead"))
        self.archive_button.setAccessibleName(self.tr("Archive instead"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.accept)
        self.archive_button.clicked.connect(lambda: self.done(self.ARCHIVE))
        self.typed.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        self.typed.setFocus()

    def _check(self, text: str) -> None:
        self.delete_button.setEnabled(name_confirms(text, self._name))

    def typed_name(self) -> str:
        return self.typed.text()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
