"""Shared and private notes of the meeting being written.

Why the private notes look different and say where they live: a manager must never wonder
whether the person will see them. They are kept only in this database, shown only to their
author, and left out of every export unless the author ticks a box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cxcareer.ui.common import phrases
from cxcareer.ui.common.wrapped_height import keep_wrapped_height

__all__ = ["NotesPanel"]


class NotesPanel(QWidget):
    """Two text boxes; ``changed`` fires on every edit.

    Signals:
        changed(): either text changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared_label = QLabel()
        self.shared = QPlainTextEdit()
        self.shared.setTabChangesFocus(True)
        self.shared_label.setBuddy(self.shared)
        self.private_label = QLabel()
        bold = QFont(self.private_label.font())
        bold.setBold(True)
        self.private_label.setFont(bold)
        self.private_hint = keep_wrapped_height(QLabel())
        self.private = QPlainTextEdit()
        self.private.setTabChangesFocus(True)
        self.private_label.setBuddy(self.private)
        # Three lines each at the least (a scroll area's default is taller), so the notes, the
        # new actions and the hint above fit a 1024×700 screen; they grow with the window.
        for edit in (self.shared, self.private):
            edit.setMinimumHeight(3 * edit.fontMetrics().lineSpacing() + 2 * edit.frameWidth() + 8)
        self.private_frame = QFrame()
        self.private_frame.setObjectName("privateNotes")
        self.private_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.private_frame.setStyleSheet(
            "QFrame#privateNotes { border: 1px dashed palette(mid); border-radius: 4px; }"
        )
        inner = QVBoxLayout(self.private_frame)
        inner.addWidget(self.private_label)
        inner.addWidget(self.private_hint)
        inner.addWidget(self.private, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shared_label)
        layout.addWidget(self.shared, 3)
        layout.addWidget(self.private_frame, 2)
        self.shared.textChanged.connect(self.changed)
        self.private.textChanged.connect(self.changed)
        self.private_hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.retranslate()

    def retranslate(self) -> None:
        self.shared_label.setText(self.tr("S&hared notes"))
        self.shared.setAccessibleName(self.tr("Shared notes"))
        self.shared.setPlaceholderText(
            self.tr("What you talked about and agreed. The person can read these.")
        )
        self.private_label.setText(self.tr("&Private notes"))
        self.private_hint.setText(phrases.private_notes_stay_here())
        self.private.setAccessibleName(self.tr("Private notes, only for you"))
        self.private.setPlaceholderText(self.tr("Only you will see these."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def texts(self) -> tuple[str, str]:
        """(shared, private), trimmed."""
        return self.shared.toPlainText().strip(), self.private.toPlainText().strip()

    def set_texts(self, shared: str, private: str) -> None:
        self.shared.setPlainText(shared)
        self.private.setPlainText(private)

    def set_read_only(self, read_only: bool) -> None:
        self.shared.setReadOnly(read_only)
        self.private.setReadOnly(read_only)
