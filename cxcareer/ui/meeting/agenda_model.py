"""Open actions to go through in the meeting, each with a box to tick it done in place.

Why ticking is a request (a signal) rather than a write inside the model: the page turns it
into an undoable command on the controller's undo stack, so Ctrl+Z puts the action back.

Signals:
    doneToggled(str, bool): the action's id and whether it was ticked (True) or unticked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.store.records import ActionRecord, ActionStatus
from cxcareer.ui.common import phrases
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["AgendaColumn", "AgendaModel"]

_Index = QModelIndex | QPersistentModelIndex


class AgendaColumn:
    TITLE = 0
    DUE = 1
    COUNT = 2


class AgendaModel(RowTableModel[ActionRecord]):
    """Rows of :func:`cxcareer.service.meeting_rows.agenda_actions`; column 0 is checkable."""

    doneToggled = Signal(str, bool)

    COLUMNS = AgendaColumn.COUNT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None
        self.today = date.today()
        self.writable = True

    def set_actions(self, view: PersonSnapshot | None, actions: Sequence[ActionRecord]) -> None:
        with self.resetting():
            self._view = view
            self.replace_rows(actions if view is not None else ())

    def action(self, row: int) -> ActionRecord | None:
        return self.row_at(row)

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Action"), self.tr("Due"))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == AgendaColumn.TITLE and self.writable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _overdue(self, action: ActionRecord) -> bool:
        return (
            action.status is ActionStatus.OPEN
            and action.due_on is not None
            and action.due_on < self.today
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        action = self.action(index.row())
        if action is None:
            return None
        column = index.column()
        done = action.status is ActionStatus.DONE
        if role == Qt.ItemDataRole.CheckStateRole and column == AgendaColumn.TITLE:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(action, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(action, column)
            if column == AgendaColumn.TITLE:
                state = self.tr("done") if done else self.tr("not done yet")
                return f"{text} — {state}"
            return text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(action.status is not ActionStatus.OPEN)
            font.setBold(self._overdue(action))
            return font
        return None

    def _text(self, action: ActionRecord, column: int) -> str | None:
        view = self._view
        assert view is not None
        if column == AgendaColumn.TITLE:
            if action.skill:
                return f"{action.title}\n{view.skill_name(action.skill)}"
            return action.title
        if column == AgendaColumn.DUE:
            if action.due_on is None:
                return "—"
            text = format_date(action.due_on, view.lang)
            if self._overdue(action):
                return phrases.late_date(text, (self.today - action.due_on).days, view.lang)
            return text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != AgendaColumn.TITLE:
            return False
        action = self.action(index.row())
        if action is None or not self.writable:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.doneToggled.emit(action.id, checked)
        return True
