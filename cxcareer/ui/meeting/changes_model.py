"""What changed since the last one-to-one, as a tree: ratings, evidence, actions.

Why a tree with one branch per kind: in a meeting the manager goes through ratings, then
evidence, then actions; a group with nothing in it is left out rather than shown empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_diff import (
    ActionChange,
    ActionChangeKind,
    MeetingChanges,
    RatingChange,
)
from cxcareer.store.records import Assessor, EvidenceRecord
from cxcareer.ui.people.labels import kind_label, level_text, strength_label

__all__ = ["ChangeGroup", "ChangesModel"]

_Index = QModelIndex | QPersistentModelIndex
_Item = RatingChange | EvidenceRecord | ActionChange


class ChangeGroup:
    RATINGS = 0
    EVIDENCE = 1
    ACTIONS = 2


class ChangesModel(QAbstractItemModel):
    """Groups at the top (with counts), one row per change under them; columns: change, when."""

    COLUMNS = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None
        self._groups: list[tuple[int, list[_Item]]] = []

    def set_changes(self, view: PersonSnapshot | None, changes: MeetingChanges | None) -> None:
        self.beginResetModel()
        self._view = view
        self._groups = []
        if view is not None and changes is not None:
            found: tuple[tuple[int, list[_Item]], ...] = (
                (ChangeGroup.RATINGS, list(changes.ratings)),
                (ChangeGroup.EVIDENCE, list(changes.evidence)),
                (ChangeGroup.ACTIONS, list(changes.actions)),
            )
            for group, items in found:
                if items:
                    self._groups.append((group, items))
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self.beginResetModel()
        self.endResetModel()

    # -- structure ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: self.tr("Change"), 1: self.tr("When")}.get(section)

    # -- data ---------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        if index.internalId() == 0:
            group, items = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._group_text(group, len(items)) if index.column() == 0 else None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self._groups[int(index.internalId()) - 1][1][index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if index.column() == 1:
                return format_date(self._when(item), self._view.lang)
            return self._item_text(item, full=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _group_text(self, group: int, count: int) -> str:
        if group == ChangeGroup.RATINGS:
            return self.tr("Ratings ({0})").format(count)
        if group == ChangeGroup.EVIDENCE:
            return self.tr("Evidence ({0})").format(count)
        return self.tr("Actions ({0})").format(count)

    @staticmethod
    def _when(item: _Item) -> Any:
        if isinstance(item, RatingChange):
            return item.assessed_at.date()
        if isinstance(item, EvidenceRecord):
            return item.observed_on
        return item.at.date()

    def _item_text(self, item: _Item, *, full: bool) -> str:
        view = self._view
        assert view is not None
        if isinstance(item, RatingChange):
            who = self.tr("self") if item.assessor is Assessor.SELF else self.tr("manager")
            skill = view.skill_name(item.skill)
            after = level_text(view, item.after)
            if item.before is None:
                return self.tr("{skill}: first {who} rating, {after}").format(
                    skill=skill, who=who, after=after
                )
            arrow = "▲" if item.after > item.before else "▼"
            return self.tr("{arrow} {skill}: {who} rating {before} → {after}").format(
                arrow=arrow, skill=skill, who=who, before=level_text(view, item.before), after=after
            )
        if isinstance(item, EvidenceRecord):
            text = item.text.strip()
            first = text if full else (text.splitlines() or [""])[0]
            return self.tr("{skill} at level {level}: {text} ({kind}, {strength})").format(
                skill=view.skill_name(item.skill),
                level=item.level,
                text=first,
                kind=kind_label(item.kind).lower(),
                strength=strength_label(item.strength).lower(),
            )
        words = {
            ActionChangeKind.ADDED: self.tr("New action: {0}"),
            ActionChangeKind.DONE: self.tr("Done: {0}"),
            ActionChangeKind.DROPPED: self.tr("Dropped: {0}"),
            ActionChangeKind.REOPENED: self.tr("Reopened: {0}"),
        }
        return words[item.kind].format(item.action.title)
