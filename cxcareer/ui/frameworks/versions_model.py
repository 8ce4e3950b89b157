"""The table of stored framework versions: name, id, version, when imported, how many people use it.

Why the selected person's version is bold: switching is about "which version am I measured on",
so the current one must stand out without an extra column.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.service.formats import format_datetime
from cxcareer.service.framework_browse import VersionRow
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["SORT_ROLE", "VERSION_ID_ROLE", "VersionsModel"]

VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

NAME, FRAMEWORK, VERSION, IMPORTED, PEOPLE = range(5)


class VersionsModel(RowTableModel[VersionRow]):
    """Rows of :class:`VersionRow`; ``current`` is the selected person's version id."""

    COLUMNS = 5

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._current: str | None = None
        self._lang = "en"

    def set_rows(self, rows: Sequence[VersionRow], current: str | None, lang: str) -> None:
        """Replace every row."""
        with self.resetting():
            self._current = current
            self._lang = lang
            self.replace_rows(rows)

    def row_of(self, version_id: str) -> int:
        """The row showing ``version_id``, or -1."""
        for number, row in enumerate(self._rows):
            if row.version_id == version_id:
                return number
        return -1

    def version(self, row: int) -> VersionRow | None:
        """The version shown on ``row``."""
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Framework id"),
            self.tr("Version"),
            self.tr("Imported"),
            self.tr("People"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == IMPORTED:
                return row.imported_at.timestamp()
            if column == PEOPLE:
                return row.people
            return self._display(row, column)
        if role == VERSION_ID_ROLE:
            return row.version_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row.version_id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: VersionRow, column: int) -> str:
        if column == NAME:
            if row.builtin:
                return self.tr("{name} (built in)").format(name=row.name)
            return row.name
        if column == FRAMEWORK:
            return row.framework_id
        if column == VERSION:
            return row.version
        if column == IMPORTED:
            return format_datetime(row.imported_at, self._lang)
        if column == PEOPLE:
            return str(row.people)
        return ""

    def _tooltip(self, row: VersionRow) -> str:
        lines = [self.tr("File: {file}").format(file=row.filename)]
        if row.version_id == self._current:
            lines.append(self.tr("The selected person is measured on this version."))
        return "\n".join(lines)
