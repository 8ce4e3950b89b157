"""The top row of the one-to-one screen: who it is with, the meeting's date, and the export.

Why the date lives here: every part of the screen is read for this date (what changed up to it,
the actions open on it, the meeting saved with it); the date field shows it in the app's
language rather than the system's, so it reads "3 mar 2025" in a Portuguese app.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.locale import write_dates_in

__all__ = ["MeetingHeader"]


class MeetingHeader(QWidget):
    """``heading``, the meeting ``date_edit`` with its label, and ``export_button``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_heading()
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_edit)
        self.export_button = QPushButton()
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.export_button)

    def day(self) -> date:
        """The date in the date field."""
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def set_day(self, day: date) -> None:
        """Put ``day`` in the date field."""
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def retranslate(self, lang: str) -> None:
        """Fixed texts, and dates written the way people of ``lang`` write them."""
        self.date_label.setText(self.tr("Meeting da&te:"))
        self.date_edit.setAccessibleName(self.tr("Meeting date"))
        write_dates_in(self.date_edit, lang)
        self.export_button.setText(self.tr("E&xport pack…"))
        self.export_button.setAccessibleName(self.tr("Export the one-to-one pack as PDF"))
        self.export_button.setToolTip(self.tr("Export the one-to-one pack as PDF (Ctrl+P)"))
