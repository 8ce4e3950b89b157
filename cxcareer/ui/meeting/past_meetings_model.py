"""Past one-to-ones of the selected person, newest first: date, author, notes, actions.

Why private notes show only as a mark here: the list may be on screen while the person
sits next to the manager; the notes themselves open only in the meeting's own window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.formats import format_date
from cxcareer.service.meeting_rows import MeetingRow
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["MEETING_ID_ROLE", "PastColumn", "PastMeetingsModel"]

#: The meeting's id.
MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PastColumn:
    DATE = 0
    NOTES = 1
    ACTIONS = 2
    COUNT = 3


class PastMeetingsModel(RowTableModel[MeetingRow]):
    """Rows of :func:`cxcareer.service.meeting_rows.meeting_rows`."""

    COLUMNS = PastColumn.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"

    def set_rows(self, rows: Sequence[MeetingRow], lang: str) -> None:
        with self.resetting():
            self.lang = lang
            self.replace_rows(rows)

    def meeting_row(self, row: int) -> MeetingRow | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Shared notes"), self.tr("Actions agreed"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        if role == MEETING_ID_ROLE:
            return row.meeting.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == PastColumn.NOTES:
            return row.meeting.shared_notes or None
        return None

    def _text(self, row: MeetingRow, column: int) -> str:
        meeting = row.meeting
        if column == PastColumn.DATE:
            return format_date(meeting.held_on, self.lang)
        if column == PastColumn.NOTES:
            first = (meeting.shared_notes.strip().splitlines() or [""])[0]
            text = first or self.tr("(no shared notes)")
            if meeting.private_notes:
                text = self.tr("{0} (+ private notes)").format(text)
            return text
        if column == PastColumn.ACTIONS:
            return str(len(row.agreed))
        return ""
