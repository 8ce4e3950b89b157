"""One row per requirement of a role: the numbers that add up to the person's readiness."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_number
from cxcareer.service.readiness_terms import ReadinessExplanation, ReadinessTerm
from cxcareer.ui.common import phrases
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["ReadinessTermsModel"]

_Index = QModelIndex | QPersistentModelIndex


class ReadinessTermsModel(RowTableModel[ReadinessTerm]):
    """Columns: skill, weight w, have, need, w × min(have, need), w × need."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    def set_explanation(
        self, view: PersonSnapshot | None, explanation: ReadinessExplanation | None
    ) -> None:
        """Show the terms of ``explanation`` (None: nothing to explain)."""
        with self.resetting():
            self._view = view
            self.replace_rows(
                explanation.terms if view is not None and explanation is not None else ()
            )

    def term(self, row: int) -> ReadinessTerm | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (
            self.tr("Skill"),
            self.tr("Weight (w)"),
            self.tr("You have"),
            self.tr("Needed"),
            self.tr("w × min(have, need)"),
            self.tr("w × need"),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        tooltip = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        if tooltip and section == 4:
            return self.tr("A level above the one needed counts only up to the one needed.")
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if not index.isValid() or view is None:
            return None
        term = self.term(index.row())
        if term is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and not term.rated:
            return self.tr("Nobody has rated this skill yet: it counts as 0 until rated.")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if term.met:
                return self.tr("Met: you have the level this role needs.")
            return self.tr("Levels to gain: {points}.").format(points=term.need - term.have)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            name = view.skill_name(term.skill)
            return name if not term.met else self.tr("{skill} ✓").format(skill=name)
        if column == 2 and not term.rated:
            return self.tr("{not_rated} (0)").format(not_rated=phrases.not_rated())
        values = (term.weight, term.have, term.need, term.weighted_have, term.weighted_need)
        return format_number(values[column - 1], view.lang)
