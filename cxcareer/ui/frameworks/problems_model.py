"""The table of problems found in a framework file: severity, file, line, where, message.

Why a table and not a message box: a hand-written framework can have dozens of problems, and
the person fixes them in an editor line by line; a sortable list with line numbers (errors
first) is what makes that quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from cxcareer.framework import Problem, Severity
from cxcareer.ui.common.palette import colour, current_palette
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["ProblemsModel", "problem_order"]

_Index = QModelIndex | QPersistentModelIndex

SEVERITY, FILE, LINE, WHERE, MESSAGE = range(5)


def problem_order(problem: Problem) -> tuple[bool, int, str]:
    """Errors first, then warnings, each in line order."""
    return (problem.severity is not Severity.ERROR, problem.line, problem.where)


class ProblemsModel(RowTableModel[Problem]):
    """Errors first, then warnings, each in line order."""

    COLUMNS = 5

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Replace the list."""
        self.replace_rows(sorted(problems, key=problem_order))

    def problem(self, row: int) -> Problem | None:
        """The problem on ``row``."""
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Kind"),
            self.tr("File"),
            self.tr("Line"),
            self.tr("Where"),
            self.tr("Problem"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        problem = self.row_for(index)
        if problem is None:
            return None
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
                return QBrush(colour(current_palette().error))
            return QBrush(colour(current_palette().warning))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
