"""The table of problems found in a framework file: severity, file, line, where, message.

Why a table and not a message box: a hand-written framework can have dozens of problems, and
the person fixes them in an editor line by line; a sortable list with line numbers (errors
first) is what makes that quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cxcareer.framework import Problem, Severity

__all__ = ["ProblemsModel"]

_Index = QModelIndex | QPersistentModelIndex

SEVERITY, FILE, LINE, WHERE, MESSAGE = range(5)


class ProblemsModel(QAbstractTableModel):
    """Errors first, then warnings, each in line order."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._problems = sorted(
            problems, key=lambda p: (p.severity is not Severity.ERROR, p.line, p.where)
        )
        self.endResetModel()

    def problem(self, row: int) -> Problem | None:
        """The problem on ``row``."""
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def retranslate(self) -> None:
        """Headers and severities in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._problems:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._problems) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            SEVERITY: self.tr("Kind"),
            FILE: self.tr("File"),
            LINE: self.tr("Line"),
            WHERE: self.tr("Where"),
            MESSAGE: self.tr("Problem"),
        }
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return problem.file
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == SEVERITY:
                if problem.severity is Severity.ERROR:
                    return self.tr("Error")
                return self.tr("Warning")
            if column == FILE:
                return PurePath(problem.file).name or problem.file
            if column == LINE:
                if problem.line:
                    return str(problem.line)
                return self.tr("whole file")
            if column == WHERE:
                return problem.where
            if column == MESSAGE:
                return problem.message
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            if problem.severity is Severity.ERROR:
                return QBrush(QColor(190, 30, 30))
            return QBrush(QColor(160, 100, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
