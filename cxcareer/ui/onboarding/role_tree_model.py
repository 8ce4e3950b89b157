"""The roles of a framework as a two-level tree: tracks, then their roles (entry roles first).

Columns: the role's title and its level (number and scale name). Track rows are not
selectable; a role row carries its id under :data:`ROLE_ID`. Framework texts come through the
``text`` function given, so a language switch is one :meth:`RoleTreeModel.refresh_texts` away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cxcareer.framework import Framework, Role, Text
from cxcareer.service.onboarding_steps import TrackGroup, role_groups

__all__ = ["ENTRY", "ROLE_ID", "RoleTreeModel"]

#: Item data role holding a role row's id (None on track rows).
ROLE_ID = Qt.ItemDataRole.UserRole + 1
#: Item data role: True on entry roles (where people often start).
ENTRY = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
#: Internal id of track rows; a role row's internal id is its track's row plus one.
_NO_PARENT = 0


class RoleTreeModel(QAbstractItemModel):
    """Tracks and their roles; ``index_of(role_id)`` finds a role's row for selection."""

    COLUMNS = 2

    def __init__(
        self,
        framework: Framework,
        text: Callable[[Text | None], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._framework = framework
        self._text = text
        self._groups: tuple[TrackGroup, ...] = role_groups(framework)

    # -- structure ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        group = child.internalId()
        if group == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(group - 1, 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _NO_PARENT:
            return 0
        return len(self._groups[parent.row()].roles)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data --------------------------------------------------------------------------
    def role_at(self, index: _Index) -> Role | None:
        """The role on ``index``'s row (None for track rows)."""
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId() - 1].roles[index.row()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.role_at(index)
        if found is None:
            return self._track_data(index, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return self._text(found.title)
            return self.level_text(found.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(found.description) or None
        if role == ROLE_ID:
            return str(found.id)
        if role == ENTRY:
            return found.entry
        return None

    def _track_data(self, index: _Index, role: int) -> Any:
        group = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            if group.track is None:
                return self.tr("Other roles")
            return self._text(self._framework.tracks[group.track].name)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def level_text(self, level: int) -> str:
        """A level as "3 · Apply" (the number alone when the scale has no name for it)."""
        name = self._text(self._framework.scale.names.get(level))
        return f"{level} · {name}" if name else str(level)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Role"), self.tr("Level"))[section] if 0 <= section < 2 else None

    # -- lookups and language ----------------------------------------------------------
    def index_of(self, role_id: str) -> QModelIndex:
        """The first-column index of ``role_id`` (invalid when the framework lacks it)."""
        for group_row, group in enumerate(self._groups):
            for row, role in enumerate(group.roles):
                if role.id == role_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def refresh_texts(self) -> None:
        """Every text changed language; rows and selection stay."""
        for group_row, group in enumerate(self._groups):
            parent = self.index(group_row, 0)
            self.dataChanged.emit(parent, self.index(group_row, self.COLUMNS - 1))
            if group.roles:
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.roles) - 1, self.COLUMNS - 1, parent),
                )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
