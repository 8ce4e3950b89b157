"""Every skill of the person's framework with today's level, for choosing one to raise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.framework.model import Skill
from cxcareer.service.career import PersonSnapshot

__all__ = ["SKILL_ID", "SkillsModel"]

_Index = QModelIndex | QPersistentModelIndex

#: The skill id of a row.
SKILL_ID = Qt.ItemDataRole.UserRole + 1


class SkillsModel(QAbstractListModel):
    """One row per skill, by name in the current language: "Name (today: 2)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None
        self._skills: list[Skill] = []

    def set_view(self, view: PersonSnapshot | None) -> None:
        """List the skills of ``view``'s framework."""
        self.beginResetModel()
        self._view = view
        skills = list(view.framework.skills.values()) if view is not None else []
        if view is not None:
            skills.sort(key=lambda skill: view.skill_name(skill.id).casefold())
        self._skills = skills
        self.endResetModel()

    def row_of(self, skill_id: str | None) -> int:
        """The row showing ``skill_id`` (-1: not listed)."""
        for row, skill in enumerate(self._skills):
            if skill.id == skill_id:
                return row
        return -1

    def skill_at(self, row: int) -> str | None:
        return self._skills[row].id if 0 <= row < len(self._skills) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._skills)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if not index.isValid() or view is None or not 0 <= index.row() < len(self._skills):
            return None
        skill = self._skills[index.row()]
        if role == SKILL_ID:
            return skill.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{skill} (today: {level})").format(
                skill=view.skill_name(skill.id), level=view.levels.get(skill.id, 0)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.text(skill.description) or None
        return None
