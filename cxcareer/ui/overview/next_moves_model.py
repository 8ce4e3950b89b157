"""The moves open from the current role, best first, each with the skills it still asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from cxcareer.graph import MissingSkill, NextMove
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months, percent
from cxcareer.ui.overview.labels import kind_text, ready_text
from cxcareer.ui.overview.missing_tree import SORT_VALUE, MissingSkillsTreeModel

__all__ = ["NextMovesModel"]


class NextMovesModel(MissingSkillsTreeModel):
    """Columns: next role (and, below it, a missing skill), readiness, kind of move, typical time.

    The order is the engine's ranking (readiness first, promotions before lateral moves).
    """

    level_column = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[NextMove, ...] = ()

    def set_view(self, view: PersonSnapshot | None) -> None:
        """Show the next moves of ``view`` (None: nobody selected)."""
        self.beginResetModel()
        self._view = view
        self._steps = view.next_moves if view is not None else ()
        self.endResetModel()

    def step(self, row: int) -> NextMove | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Next move / missing skill"),
            self.tr("Readiness"),
            self.tr("Kind"),
            self.tr("Typical time"),
        ]

    def role_count(self) -> int:
        return len(self._steps)

    def role_at(self, row: int) -> str:
        return self._steps[row].role

    def missing_at(self, row: int) -> tuple[MissingSkill, ...]:
        return self._steps[row].missing

    def role_data(self, row: int, column: int, role: int) -> Any:
        view = self._view
        assert view is not None
        step = self._steps[row]
        if role == SORT_VALUE:
            return step.readiness if column == 1 else row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return view.role_title(step.role)
        if column == 1:
            if step.readiness >= 1.0:
                return ready_text(percent(step.readiness, view.lang))
            return percent(step.readiness, view.lang)
        if column == 2:
            return kind_text(step.kind)
        return format_months(step.months, view.lang)
