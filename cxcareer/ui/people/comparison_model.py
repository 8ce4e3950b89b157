"""Self vs manager as a table: skill, self level, manager level, needed level, gap, evidence.

Why flags carry an icon *and* words: a wide disagreement must be seen by people who do not see
colour, and read out by screen readers, so the "Difference" cell says "3 apart — talk about it"
beside a warning icon; the row order (flagged first) comes from :mod:`cxcareer.service.comparison`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.comparison import ComparisonRow
from cxcareer.ui.common.row_table_model import RowTableModel
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


class ComparisonModel(RowTableModel[ComparisonRow]):
    """Rows of :func:`cxcareer.service.comparison.compare` for one person's view."""

    COLUMNS = Column.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_rows(self, view: PersonSnapshot | None, rows: Sequence[ComparisonRow]) -> None:
        """Show ``rows``; names come from ``view`` in its language."""
        with self.resetting():
            self._view = view
            self.replace_rows(rows if view is not None else ())

    def row_of(self, skill: str) -> int:
        """The row showing ``skill`` (-1: not shown)."""
        return next((i for i, row in enumerate(self._rows) if row.skill == skill), -1)

    def comparison(self, row: int) -> ComparisonRow | None:
        """The comparison on ``row`` (None when out of range)."""
        return self.row_at(row)

    # -- QAbstractTableModel ------------------------------------------------------------
    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Skill"),
            self.tr("Self"),
            self.tr("Manager"),
            self.tr("Needed"),
            self.tr("Difference"),
            self.tr("Evidence"),
        )

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
