"""The person's target roles: readiness, points to gain, best route, and the missing skills.

Why a tree: the readiness number alone says "how far"; the skills under each target say "in
what", which is what a person needs to act on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from cxcareer.graph import MissingSkill
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months, percent
from cxcareer.service.overview_rows import TargetRow, target_rows
from cxcareer.service.texts import say, say_count
from cxcareer.ui.overview.labels import ready_text
from cxcareer.ui.overview.missing_tree import SORT_VALUE, MissingSkillsTreeModel

__all__ = ["TargetsModel"]


class TargetsModel(MissingSkillsTreeModel):
    """Columns: target (and, below it, a missing skill), readiness, points to gain, route."""

    level_column = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TargetRow] = []

    def set_view(self, view: PersonSnapshot | None) -> None:
        """Show the targets of ``view`` (None: nobody selected)."""
        self.beginResetModel()
        self._view = view
        self._rows = target_rows(view) if view is not None else []
        self.endResetModel()

    def target(self, row: int) -> TargetRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Target / missing skill"),
            self.tr("Readiness"),
            self.tr("Points to gain"),
            self.tr("Best route"),
        ]

    def role_count(self) -> int:
        return len(self._rows)

    def role_at(self, row: int) -> str:
        return self._rows[row].role

    def missing_at(self, row: int) -> tuple[MissingSkill, ...]:
        return self._rows[row].missing

    def role_data(self, row: int, column: int, role: int) -> Any:
        view = self._view
        assert view is not None
        target = self._rows[row]
        if role == SORT_VALUE:
            return {1: target.readiness, 2: target.points}.get(column, row)
        if role == Qt.ItemDataRole.FontRole and column == 0 and row == 0 and len(self._rows) > 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row == 0 and len(self._rows) > 1:
            return self.tr("Main target")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return view.role_title(target.role)
        if column == 1:
            if target.ready:
                shown = percent(target.readiness, view.lang)
                return ready_text(shown)
            return percent(target.readiness, view.lang)
        if column == 2:
            return str(target.points)
        return self._route_text(target)

    def _route_text(self, target: TargetRow) -> str:
        view = self._view
        assert view is not None
        if target.is_current:
            return say("path_here", view.lang)
        if view.person.current_role is None:
            return self.tr("Choose a current role first")
        if target.path_moves is None:
            return self.tr("No route from the current role")
        #: {moves} is "2 moves", {time} "6 months" or "about 2 years".
        return self.tr("{moves}, {time}").format(
            moves=say_count("count_moves", target.path_moves, view.lang),
            time=format_months(target.path_months, view.lang),
        )
