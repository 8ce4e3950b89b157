"""Base of every "role, and under it the skills still missing" tree (targets, moves, path steps).

Why a shared base: three screens list roles whose children are the person's missing skills
(have → need). The parent/child bookkeeping of a two-level :class:`QAbstractItemModel` is easy to
get subtly wrong, so it is written, and checked with ``qtmodeltester``, once. Top-level items carry
internal id 0; a skill row carries its parent's row + 1.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.graph import MissingSkill
from cxcareer.service.career import PersonSnapshot
from cxcareer.ui.overview.labels import level_change_text, level_change_tooltip

__all__ = ["ROLE_ID", "SKILL_ID", "SORT_VALUE", "MissingSkillsTreeModel"]

_Index = QModelIndex | QPersistentModelIndex

#: The role id of a row (on a skill row: the role it is missing for).
ROLE_ID = Qt.ItemDataRole.UserRole + 1
#: The skill id of a missing-skill row (None on role rows).
SKILL_ID = Qt.ItemDataRole.UserRole + 2
#: A number for sorting or tests (readiness, points to gain).
SORT_VALUE = Qt.ItemDataRole.UserRole + 3

_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class MissingSkillsTreeModel(QAbstractItemModel):
    """Role rows with their missing skills as children.

    Subclasses say how many role rows there are, which role and missing skills each has, what
    each column shows for a role row, and in which column a skill's "have → need" goes.
    """

    #: Column of a skill row that shows "have → need".
    level_column = 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None

    # -- what subclasses provide --------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def role_count(self) -> int:
        raise NotImplementedError

    def role_at(self, row: int) -> str:
        raise NotImplementedError

    def missing_at(self, row: int) -> tuple[MissingSkill, ...]:
        raise NotImplementedError

    def role_data(self, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- helpers for views and tests ----------------------------------------------------
    def role_id(self, index: _Index) -> str | None:
        """The role of a row, or of the role a skill row belongs to."""
        value = index.data(ROLE_ID) if index.isValid() else None
        return str(value) if value is not None else None

    def retranslate(self) -> None:
        """Headers and texts again, after the language changed."""
        count = self.columnCount()
        if count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
        rows = self.role_count()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, count - 1))
            for row in range(rows):
                parent = self.index(row, 0)
                children = self.rowCount(parent)
                if children:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(children - 1, count - 1, parent)
                    )

    # -- QAbstractItemModel -------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self.role_count() else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if row >= len(self.missing_at(parent.row())):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self.role_count()
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.missing_at(parent.row()))
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers())

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        if index.internalId() == 0:
            if role == ROLE_ID:
                return self.role_at(index.row())
            if role == SKILL_ID:
                return None
            return self.role_data(index.row(), index.column(), role)
        owner = index.internalId() - 1
        missing = self.missing_at(owner)
        if index.row() >= len(missing):
            return None
        return self._skill_data(owner, missing[index.row()], index.column(), role)

    def _skill_data(self, owner: int, item: MissingSkill, column: int, role: int) -> Any:
        view = self._view
        assert view is not None
        if role == ROLE_ID:
            return self.role_at(owner)
        if role == SKILL_ID:
            return str(item.skill)
        if role == SORT_VALUE:
            return item.points
        if role in _TEXT_ROLES:
            if column == 0:
                return view.skill_name(item.skill)
            if column == self.level_column:
                return level_change_text(item.have, item.need, rated=item.rated)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, self.level_column):
            return level_change_tooltip(view, item.have, item.need, rated=item.rated)
        return None
