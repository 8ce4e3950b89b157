"""A search field over a list or tree of roles: rows that do not match are hidden as you type.

Why beside :mod:`cxcareer.ui.common.search_combo`: the wizard shows roles in a tree (tracks,
then roles) rather than in a drop-down, and a framework with hundreds of roles needs the same
"type part of a title" search there. Matching is the same rule (any part of the text, case and
accents ignored, :func:`cxcareer.service.skill_rows.fold`); a group row stays visible while one
of its rows matches, and a group whose own title matches keeps all its rows. Rows are hidden in
the view, never removed from the model, so selections and the model's own lookups stay valid.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeView, QWidget

from cxcareer.service.skill_rows import fold

__all__ = ["TreeFilter"]


class TreeFilter(QLineEdit):
    """A line edit that hides the rows of ``view`` whose first column does not contain it."""

    def __init__(self, view: QTreeView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.apply)
        model = view.model()
        model.modelReset.connect(self.apply)
        model.layoutChanged.connect(self.apply)
        model.rowsInserted.connect(self.apply)

    def apply(self) -> None:
        """Hide what does not match the text now in the field (everything shows when empty)."""
        self._filter(QModelIndex(), fold(self.text().strip()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks in the list and stays on the page (a dialog's default button waits)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pick_first()
            event.accept()
            return
        super().keyPressEvent(event)

    def pick_first(self) -> None:
        """Enter: make the first visible row that is not a group current, and go to the list."""
        first = self._first_leaf(QModelIndex())
        if first is not None:
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
        self.view.setFocus()

    def _first_leaf(self, parent: QModelIndex) -> QModelIndex | None:
        for index in self.visible_rows(parent):
            if not self.view.model().rowCount(index):
                return index
            found = self._first_leaf(index)
            if found is not None:
                return found
        return None

    def visible_rows(self, parent: QModelIndex | None = None) -> list[QModelIndex]:
        """The rows under ``parent`` (the top level by default) the filter leaves visible."""
        parent = parent or QModelIndex()
        model = self.view.model()
        return [
            model.index(row, 0, parent)
            for row in range(model.rowCount(parent))
            if not self.view.isRowHidden(row, parent)
        ]

    def _filter(self, parent: QModelIndex | QPersistentModelIndex, wanted: str) -> bool:
        """Show the rows under ``parent`` that match; True when any does."""
        model = self.view.model()
        any_shown = False
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            own = wanted in fold(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            if own and model.rowCount(index):
                self._filter(index, "")  # a matching group shows all it holds
                shown = True
            else:
                shown = self._filter(index, wanted) if model.rowCount(index) else own
            self.view.setRowHidden(row, parent, not shown)
            any_shown = any_shown or shown
        return any_shown
