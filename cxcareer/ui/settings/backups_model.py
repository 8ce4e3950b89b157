"""The list of backups in the database dialog: when each was taken, why, and how big it is.

Why reasons are translated here: backup file names carry a short English reason ("start",
"before-restore"); people read "When the app started" / "Antes de restaurar" instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cxcareer.store.backup import BackupInfo
from cxcareer.ui.settings.dates import format_datetime, format_size

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


class BackupsModel(QAbstractTableModel):
    """Backups, newest first, as :func:`cxcareer.store.backup.list_backups` gives them."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._backups: list[BackupInfo] = []
        self._lang = "en"

    def set_backups(self, backups: Sequence[BackupInfo], lang: str) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._backups = list(backups)
        self._lang = lang
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        """The backup on ``row``."""
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def row_of(self, path: Path) -> int:
        """The row of the backup file ``path``, or -1."""
        for number, info in enumerate(self._backups):
            if info.path == path:
                return number
        return -1

    def retranslate(self, lang: str) -> None:
        """Headers, dates and reasons in the current language."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._backups:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._backups) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {TAKEN: self.tr("Taken"), REASON: self.tr("Why"), SIZE: self.tr("Size")}
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        info = self._backups[index.row()]
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
