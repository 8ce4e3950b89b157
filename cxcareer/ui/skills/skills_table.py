"""The Skills table view: sortable, with levels edited by F2, Enter or a double-click.

Why a subclass: Qt's table starts editing on F2 but treats Enter as "activate"; people rating a
list of skills expect Enter to open the level and Enter again to record it.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.skills.level_delegate import LevelDelegate
from cxcareer.ui.skills.skills_model import (
    MANAGER_COLUMN,
    SELF_COLUMN,
    SKILL_COLUMN,
    SORT_ROLE,
    SkillsTableModel,
)

__all__ = ["SkillsTableView"]


class SkillsTableView(QTableView):
    """Shows a :class:`SkillsTableModel` through a sorting proxy (``self.proxy``)."""

    def __init__(self, model: SkillsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.delegate = LevelDelegate(self)
        self.setItemDelegateForColumn(SELF_COLUMN, self.delegate)
        self.setItemDelegateForColumn(MANAGER_COLUMN, self.delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        keep_readable(self, SKILL_COLUMN)

    def source_index_of_current(self) -> int:
        """The source model row of the current cell, -1 when none."""
        current = self.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else -1

    def select_source_row(self, row: int, column: int = SKILL_COLUMN) -> None:
        """Make source ``row`` current and selected, and scroll to it."""
        index = self.proxy.mapFromSource(self.source.index(row, column))
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                event.accept()
                return
        super().keyPressEvent(event)
