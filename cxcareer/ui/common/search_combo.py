"""A drop-down that narrows as you type: the one picker for roles and skills.

Why: a framework can hold fifty roles or two thousand; scrolling a plain drop-down for the one
you mean is slow and, in a long list, hopeless. This combo box is editable: typing any part of
a title ("lider", "gerente") lists only the entries that contain it, ignoring case and accents
(:func:`cxcareer.service.skill_rows.fold`, the rule the Skills filter uses), and Enter picks the
first of them. What is typed never becomes a new entry; leaving the field with text that names
nothing puts the chosen entry's title back.

Use it as a ``QComboBox`` (``setModel``, ``addItem``, ``currentIndex``, ``currentData``); the
matching follows whatever model it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from cxcareer.service.skill_rows import fold
from cxcareer.ui.common.combo_room import ask_room_for

__all__ = ["SearchCombo"]

#: The role under which the completer reads each entry's folded title.
_FOLDED_ROLE = Qt.ItemDataRole.UserRole + 731


class _FoldedTitles(QIdentityProxyModel):
    """A model as it is, with each title also lower-cased and without accents.

    An editable combo box reads its titles in the edit role, which list models made for
    display do not answer: here the edit role gives the display text.
    """

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == _FOLDED_ROLE:
            return fold(str(super().data(index, Qt.ItemDataRole.DisplayRole) or ""))
        if role == Qt.ItemDataRole.EditRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class _FoldingCompleter(QCompleter):
    """Matches the folded typed text anywhere in the folded titles; inserts the real title."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


#: The width a picker asks for, in average characters.
_ROOM_CHARACTERS = 16


class SearchCombo(QComboBox):
    """An editable combo box whose list filters as you type; never adds what is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.line = QLineEdit(self)
        self.setLineEdit(self.line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Room for a short title (the list is searched; a long title shows from its start).
        ask_room_for(self, _ROOM_CHARACTERS)
        self._titles = _FoldedTitles(self)
        self.finder = _FoldingCompleter(self)
        self.finder.setCompletionRole(_FOLDED_ROLE)
        self.finder.setFilterMode(Qt.MatchFlag.MatchContains)
        self.finder.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # already folded
        self.finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.finder.setMaxVisibleItems(12)
        self._follow(self.model())
        line = self.line
        line.returnPressed.connect(self._pick_first_match)
        # The whole title a hover away, however narrow the box (set as the text changes, since
        # owners fill the box with its signals blocked).
        line.textChanged.connect(line.setToolTip)
        line.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._show_start)

    def setAccessibleName(self, name: str) -> None:
        """Name the field typed into as well: screen readers announce it, not the box."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    # -- the model -----------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel) -> None:
        """Show ``model``; rows stay the model's rows (``currentIndex`` is one of them)."""
        if isinstance(model, QStandardItemModel):  # what addItem fills: it has an edit role
            super().setModel(model)
        else:
            self._titles.setSourceModel(model)
            super().setModel(self._titles)
        self._follow(model)

    def _follow(self, model: QAbstractItemModel) -> None:
        if self._titles.sourceModel() is not model:
            self._titles.setSourceModel(model)
        self.finder.setModel(self._titles)
        self.finder.setCompletionColumn(self.modelColumn())
        self.setCompleter(self.finder)

    # -- what typing finds -----------------------------------------------------------------
    def matches(self, text: str) -> list[int]:
        """Rows whose title contains ``text`` (case and accents ignored), in list order."""
        wanted = fold(text)
        column = self.modelColumn()
        model = self.model()
        return [
            row
            for row in range(model.rowCount())
            if wanted in fold(str(model.index(row, column).data() or ""))
        ]

    def _pick_first_match(self) -> None:
        """Enter: the entry whose title was typed or chosen in the list, else the first match."""
        text = self.line.text()
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row < 0:
            rows = self.matches(text)
            row = rows[0] if rows else -1
        popup = self.finder.popup()
        if popup is not None:
            popup.hide()
        if row >= 0:
            self.setCurrentIndex(row)
        self._settle()

    def _show_start(self) -> None:
        """A chosen title shows from its first letter (a line edit would otherwise show its
        end when the box is narrower than the title)."""
        self.line.setCursorPosition(0)

    def _settle(self) -> None:
        """Leave the field showing the chosen entry's title, whatever half-word was typed."""
        title = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""
        if self.line.text() != title:
            self.line.setText(title)
        self.line.setCursorPosition(0)
