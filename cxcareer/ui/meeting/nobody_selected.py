"""What the one-to-one screen shows when nobody is selected: why, and the way out.

Why a button and not only a sentence: a one-to-one needs a person, and on a new database there
is none yet; "Add a person…" opens the People list's own dialog from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cxcareer.ui.common import phrases

__all__ = ["NobodySelected"]


class NobodySelected(QWidget):
    """A centred ``label`` and ``add_person_button``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_person_button = QPushButton()
        empty_layout = QVBoxLayout(self)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.label)
        empty_layout.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.add_person_button.clicked.connect(self.add_person)

    def retranslate(self) -> None:
        """Fixed texts in the current language."""
        self.label.setText(
            self.tr(
                "Nobody is selected. Choose a person in the People list, or add one "
                "to prepare a one-to-one with them."
            )
        )
        self.add_person_button.setText(self.tr("&Add a person…"))
        self.add_person_button.setAccessibleName(phrases.add_a_person())

    def add_person(self) -> None:
        """Open the People list's dialog for a new person (they are selected when added)."""
        window = self.window()
        dock = getattr(window, "people_dock", None)
        widget = dock.widget() if dock is not None else None
        handler = getattr(widget, "add_person", None)
        if dock is not None and handler is not None:
            dock.show()
            handler()
