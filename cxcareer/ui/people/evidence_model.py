"""Evidence for one skill: when, at which level, what kind, how strong, what and where.

Why "Verified" has an icon and a word: strength is what a manager looks at first, and it must
not depend on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.app.career import PersonView
from cxcareer.store.records import EvidenceRecord, EvidenceStrength
from cxcareer.ui.people.labels import date_text, kind_label, level_text, strength_label

__all__ = ["EVIDENCE_ID_ROLE", "EvidenceModel"]

#: The evidence entry's id.
EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class EvidenceColumn:
    DATE = 0
    LEVEL = 1
    KIND = 2
    STRENGTH = 3
    TEXT = 4
    LINK = 5
    COUNT = 6


class EvidenceModel(QAbstractTableModel):
    """Evidence entries, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[EvidenceRecord] = []
        self._view: PersonView | None = None

    def set_records(self, view: PersonView | None, records: Sequence[EvidenceRecord]) -> None:
        self.beginResetModel()
        self._view = view
        self._records = list(records) if view is not None else []
        self.endResetModel()

    def record(self, row: int) -> EvidenceRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EvidenceColumn.COUNT - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, EvidenceColumn.COUNT - 1)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else EvidenceColumn.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EvidenceColumn.DATE: self.tr("Date"),
            EvidenceColumn.LEVEL: self.tr("Level"),
            EvidenceColumn.KIND: self.tr("Kind"),
            EvidenceColumn.STRENGTH: self.tr("Strength"),
            EvidenceColumn.TEXT: self.tr("What"),
            EvidenceColumn.LINK: self.tr("Link"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        record = self.record(index.row())
        if record is None:
            return None
        column = index.column()
        if role == EVIDENCE_ID_ROLE:
            return record.id
        verified = record.strength is EvidenceStrength.VERIFIED
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == EvidenceColumn.STRENGTH
            and verified
        ):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            EvidenceColumn.TEXT,
            EvidenceColumn.LINK,
        ):
            return record.text if column == EvidenceColumn.TEXT else record.link
        return None

    def _text(self, record: EvidenceRecord, column: int) -> str | None:
        view = self._view
        assert view is not None
        if column == EvidenceColumn.DATE:
            return date_text(record.observed_on, view.lang)
        if column == EvidenceColumn.LEVEL:
            return level_text(view, record.level)
        if column == EvidenceColumn.KIND:
            return kind_label(record.kind)
        if column == EvidenceColumn.STRENGTH:
            return strength_label(record.strength)
        if column == EvidenceColumn.TEXT:
            return record.text
        if column == EvidenceColumn.LINK:
            return record.link or ""
        return None
