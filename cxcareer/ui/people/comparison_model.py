"""Self vs manager as a table: skill, self level, manager level, needed level, gap, evidence.

Why flags carry an icon *and* words: a wide disagreement must be seen by people who do not see
colour, and read out by screen readers, so the "Difference" cell says "3 apart — talk about it"
beside a warning icon; the row order (flagged first) comes from :mod:`cxcareer.app.comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.app.career import PersonView
from cxcareer.app.comparison import ComparisonRow
from cxcareer.ui.people.labels import level_text

__all__ = ["FLAGGED_ROLE", "SKILL_ID_ROLE", "Column", "ComparisonModel"]

#: The skill id of a row.
SKILL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True on rows whose self and manager levels are two or more apart.
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column:
    SKILL = 0
    SELF = 1
    MANAGER = 2
    NEEDED = 3
    DIFFERENCE = 4
    EVIDENCE = 5
    COUNT = 6


class ComparisonModel(QAbstractTableModel):
    """Rows of :func:`cxcareer.app.comparison.compare` for one person's view."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComparisonRow] = []
        self._view: PersonView | None = None

    def set_rows(self, view: PersonView | None, rows: Sequence[ComparisonRow]) -> None:
        """Show ``rows``; names come from ``view`` in its language."""
        self.beginResetModel()
        self._view = view
        self._rows = list(rows) if view is not None else []
        self.endResetModel()

    def row_of(self, skill: str) -> int:
        """The row showing ``skill`` (-1: not shown)."""
        return next((i for i, row in enumerate(self._rows) if row.skill == skill), -1)

    def comparison(self, row: int) -> ComparisonRow | None:
        """The comparison on ``row`` (None when out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """Re-read every text after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Column.COUNT - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, Column.COUNT - 1)
            )

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.SKILL: self.tr("Skill"),
            Column.SELF: self.tr("Self"),
            Column.MANAGER: self.tr("Manager"),
            Column.NEEDED: self.tr("Needed"),
            Column.DIFFERENCE: self.tr("Difference"),
            Column.EVIDENCE: self.tr("Evidence"),
        }
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        row = self.comparison(index.row())
        if row is None:
            return None
        column = index.column()
        if role == SKILL_ID_ROLE:
            return row.skill
        if role == FLAGGED_ROLE:
            return row.flagged
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.DIFFERENCE and row.flagged:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and row.flagged and column == Column.DIFFERENCE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.EVIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: ComparisonRow, column: int) -> str | None:
        view = self._view
        assert view is not None
        if column == Column.SKILL:
            return view.skill_name(row.skill)
        if column == Column.SELF:
            return level_text(view, row.self_level)
        if column == Column.MANAGER:
            return level_text(view, row.manager_level)
        if column == Column.NEEDED:
            return level_text(view, row.needed) if row.needed_for else "—"
        if column == Column.DIFFERENCE:
            difference = row.difference
            if difference is None:
                return "—"
            if row.flagged:
                return self.tr("{0} apart — talk about it").format(abs(difference))
            if difference == 0:
                return self.tr("agree")
            return f"{difference:+d}".replace("-", "−")
        if column == Column.EVIDENCE:
            return str(row.evidence)
        return None

    def _tooltip(self, row: ComparisonRow, column: int) -> str | None:
        view = self._view
        assert view is not None
        if column == Column.NEEDED and row.needed_for:
            return self.tr("Needed for {0}").format(view.role_title(row.needed_for))
        if column == Column.DIFFERENCE and row.difference is not None:
            return self.tr("Manager level minus self level: {0:+d}").format(row.difference)
        if column in (Column.SELF, Column.MANAGER):
            level = row.self_level if column == Column.SELF else row.manager_level
            if level:
                return view.descriptor(row.skill, level) or None
        return None
