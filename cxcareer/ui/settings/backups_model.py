"""The list of backups in the database dialog: when each was taken, why, and how big it is.

Why reasons are translated here: backup file names carry a short English reason ("start",
"before-restore"); people read "When the app started" / "Antes de restaurar" instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cxcareer.service.database_care import BackupInfo
from cxcareer.service.formats import format_datetime, format_size
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["PATH_ROLE", "BackupsModel", "reason_text"]

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

TAKEN, REASON, SIZE = range(3)

_REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupsModel", "Backed up by hand"),
    "start": QT_TRANSLATE_NOOP("BackupsModel", "When the app started"),
    "periodic": QT_TRANSLATE_NOOP("BackupsModel", "While working"),
    "migration": QT_TRANSLATE_NOOP("BackupsModel", "Before a database upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before a restore"),
    "before-import": QT_TRANSLATE_NOOP("BackupsModel", "Before an import"),
    "before-delete": QT_TRANSLATE_NOOP("BackupsModel", "Before a deletion"),
}


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the current language (unknown reasons as they are)."""
    known = _REASONS.get(reason)
    return QCoreApplication.translate("BackupsModel", str(known)) if known else reason


class BackupsModel(RowTableModel[BackupInfo]):
    """Backups, newest first, as :func:`cxcareer.store.backup.list_backups` gives them."""

    COLUMNS = 3

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lang = "en"

    def set_backups(self, backups: Sequence[BackupInfo], lang: str) -> None:
        """Replace the list."""
        with self.resetting():
            self._lang = lang
            self.replace_rows(backups)

    def backup(self, row: int) -> BackupInfo | None:
        """The backup on ``row``."""
        return self.row_at(row)

    def row_of(self, path: Path) -> int:
        """The row of the backup file ``path``, or -1."""
        for number, info in enumerate(self._rows):
            if info.path == path:
                return number
        return -1

    def retranslate(self, lang: str | None = None) -> None:
        """Headers, dates and reasons in ``lang`` (default: the language shown so far)."""
        if lang is not None:
            self._lang = lang
        super().retranslate()

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        info = self.row_for(index)
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TAKEN:
                return format_datetime(info.taken_at, self._lang)
            if column == REASON:
                return reason_text(info.reason)
            if column == SIZE:
                return format_size(info.size, self._lang)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        if role == PATH_ROLE:
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
