"""A framework as a tree: tracks → roles → required skills, or categories → skills → levels.

Why one model for both trees: both are :class:`~cxcareer.service.framework_browse.OutlineNode`
trees with a name, a level and a text; the Frameworks screen shows one per tab and filters them
with a recursive proxy, so typing "coach" finds every role and level that mentions coaching.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from cxcareer.service.framework_browse import NodeKind, OutlineNode

__all__ = ["KEY_ROLE", "KIND_ROLE", "TEXT_ROLE", "OutlineModel"]

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex

NAME, LEVEL, DETAILS = range(3)


@dataclass
class _Item:
    node: OutlineNode
    parent: int  # item id of the parent; 0 = top level
    row: int
    children: list[int] = field(default_factory=list)


class OutlineModel(QAbstractItemModel):
    """Read-only tree of outline nodes; the item ids live in ``internalId``."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._items: dict[int, _Item] = {}
        self._top: list[int] = []

    def set_outline(self, outline: Sequence[OutlineNode]) -> None:
        """Replace the whole tree."""
        self.beginResetModel()
        self._items = {}
        self._top = [self._add(node, 0, row) for row, node in enumerate(outline)]
        self.endResetModel()

    def _add(self, node: OutlineNode, parent: int, row: int) -> int:
        item_id = len(self._items) + 1
        item = _Item(node, parent, row)
        self._items[item_id] = item
        item.children = [self._add(child, item_id, n) for n, child in enumerate(node.children)]
        return item_id

    def node(self, index: _Index) -> OutlineNode | None:
        """The outline node behind ``index``."""
        item = self._items.get(index.internalId()) if index.isValid() else None
        return item.node if item is not None else None

    def retranslate(self) -> None:
        """Headers and the names of unnamed groups in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        for row, item_id in enumerate(self._top):
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            del item_id

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        siblings = self._children_of(parent)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def _children_of(self, parent: _Index) -> list[int]:
        if not parent.isValid():
            return self._top
        item = self._items.get(parent.internalId())
        return item.children if item is not None else []

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        item = self._items.get(child.internalId())
        if item is None or item.parent == 0:
            return QModelIndex()
        parent = self._items[item.parent]
        return self.createIndex(parent.row, 0, item.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(parent))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {NAME: self.tr("Name"), LEVEL: self.tr("Level"), DETAILS: self.tr("Details")}
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self._name(node)
            if column == LEVEL:
                return "" if node.level is None else str(node.level)
            if column == DETAILS:
                return _first_line(node.text)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.text or None
        if role == KIND_ROLE:
            return node.kind.value
        if role == KEY_ROLE:
            return node.key
        if role == TEXT_ROLE:
            return node.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _name(self, node: OutlineNode) -> str:
        if node.name:
            return node.name
        if node.kind is NodeKind.TRACK:
            return self.tr("Roles of no track")
        if node.kind is NodeKind.CATEGORY:
            return self.tr("Skills of no category")
        return node.key

    def display_name(self, index: _Index) -> str:
        """The name shown for ``index`` (groups without a name get a translated one)."""
        node = self.node(index)
        return self._name(node) if node is not None else ""


def _first_line(text: str) -> str:
    """Long descriptors are read in the detail pane; the column shows their first line."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 120 else line[:117].rstrip() + "…"
