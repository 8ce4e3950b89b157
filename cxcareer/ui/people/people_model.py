"""The people list as a two-level tree: headings (Me, My team, Others) and the people under them.

Why a tree model of its own: headings are not people — they cannot be selected — and a person
row carries the person's id for the dock to select, so the view never guesses from texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cxcareer.service.people_groups import Group, PeopleGroup
from cxcareer.store.records import PersonRecord

__all__ = ["PERSON_ID_ROLE", "PeopleTreeModel"]

#: The person's id on a person row (None on a heading).
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_TOP = 0  # internal id of heading rows; people rows hold their heading's row + 1


class PeopleTreeModel(QAbstractItemModel):
    """Headings with people under them; one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[PeopleGroup] = []

    # -- filling ------------------------------------------------------------------------
    def set_groups(self, groups: Sequence[PeopleGroup]) -> None:
        """Show these groups (already filtered and sorted)."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def retranslate(self) -> None:
        """Heading and "archived" texts follow a language switch."""
        if self._groups:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))
            for row in range(len(self._groups)):
                parent = self.index(row, 0)
                count = self.rowCount(parent)
                if count:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(count - 1, 0, parent)
                    )

    def index_of(self, person_id: str) -> QModelIndex:
        """The row of ``person_id`` (invalid when the person is not shown)."""
        for group_row, group in enumerate(self._groups):
            for row, person in enumerate(group.people):
                if person.id == person_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def person_at(self, index: _Index) -> PersonRecord | None:
        """The person on a row (None on a heading or an invalid index)."""
        if not index.isValid() or index.internalId() == _TOP:
            return None
        group = self._groups[index.internalId() - 1]
        return group.people[index.row()]

    def group_title(self, group: Group) -> str:
        """The heading's text in the current language."""
        return {
            Group.ME: self.tr("Me"),
            Group.TEAM: self.tr("My team"),
            Group.OTHERS: self.tr("Others"),
        }[group]

    # -- QAbstractItemModel -------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, 0, _TOP)
        if parent.internalId() != _TOP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].people):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._groups[parent.row()].people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{self.group_title(group.group)} ({len(group.people)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        person = self.person_at(index)
        if person is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{0} (archived)").format(person.name) if person.archived else person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.email or person.name
        if role == Qt.ItemDataRole.FontRole and person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if section == 0 and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("People")
        return None
