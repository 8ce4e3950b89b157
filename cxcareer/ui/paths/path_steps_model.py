"""The moves of one route, each with today's readiness and the skills it still asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from cxcareer.framework.model import MoveKind
from cxcareer.graph import MissingSkill
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months
from cxcareer.service.path_options import PathOption, PathStep
from cxcareer.service.readiness_words import readiness_label
from cxcareer.ui.overview.labels import kind_text
from cxcareer.ui.overview.missing_tree import SORT_VALUE, MissingSkillsTreeModel

__all__ = ["PathStepsModel"]


class PathStepsModel(MissingSkillsTreeModel):
    """Columns: step with its typical time (below it, a missing skill); readiness (have → need).

    Two columns only, because three routes share the width of the screen; the kind of move is
    named on the step when it is lateral (promotions are the rule) and in its tooltip.
    """

    level_column = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[PathStep, ...] = ()

    def set_option(self, view: PersonSnapshot | None, option: PathOption | None) -> None:
        """Show the steps of ``option`` (None: an empty list)."""
        self.beginResetModel()
        self._view = view
        self._steps = option.steps if view is not None and option is not None else ()
        self.endResetModel()

    def step(self, row: int) -> PathStep | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def headers(self) -> list[str]:
        return [self.tr("Step / missing skill"), self.tr("Readiness")]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == 1:
                return self.tr("For a step: readiness today. For a skill: your level → needed.")
            return None
        return super().headerData(section, orientation, role)

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
        if role == Qt.ItemDataRole.ToolTipRole:
            #: {time} is a typical duration: "6 months", "about 2 years".
            return self.tr("{kind} from {source} to {role}: {time}.").format(
                kind=kind_text(step.kind),
                source=view.role_title(step.source),
                role=view.role_title(step.role),
                time=format_months(step.months, view.lang),
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            title = view.role_title(step.role)
            months = format_months(step.months, view.lang)
            if step.kind is MoveKind.LATERAL:
                return self.tr("{number}. {role} · lateral move, {months}").format(
                    number=row + 1, role=title, months=months
                )
            return self.tr("{number}. {role} · {months}").format(
                number=row + 1, role=title, months=months
            )
        return readiness_label(step, view.lang, short=True)
