"""Evidence for one skill: when, at which level, what kind, how strong, what and where.

Why "Verified" has an icon and a word: strength is what a manager looks at first, and it must
not depend on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.store.records import EvidenceRecord, EvidenceStrength
from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.people.labels import kind_label, level_text, strength_label

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


class EvidenceModel(RowTableModel[EvidenceRecord]):
    """Evidence entries, newest first."""

    COLUMNS = EvidenceColumn.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_records(self, view: PersonSnapshot | None, records: Sequence[EvidenceRecord]) -> None:
        with self.resetting():
            self._view = view
            self.replace_rows(records if view is not None else ())

    def record(self, row: int) -> EvidenceRecord | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Level"),
            self.tr("Kind"),
            self.tr("Strength"),
            self.tr("What"),
            self.tr("Link"),
        )

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
            return format_date(record.observed_on, view.lang)
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
