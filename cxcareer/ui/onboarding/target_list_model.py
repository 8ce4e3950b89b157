"""Roles one could aim at, as a checkable table: reachable roles first, at most three checked.

Columns: role (checkable), level, and how far it is from the current role ("1 move · about 2½
years", or "No path from your role"). The order in which roles are checked is the order of
the targets (the first one is the main target). Roles that cannot be reached are listed only
when :meth:`TargetListModel.set_show_all` is on — or when nothing can be reached at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette

from cxcareer.framework import Framework, Text
from cxcareer.service.formats import format_months
from cxcareer.service.onboarding_steps import TargetOption
from cxcareer.service.texts import say_count
from cxcareer.store.records import MAX_TARGETS
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.row_table_model import RowTableModel

__all__ = ["MAX_TARGETS", "ROLE_ID", "TargetListModel"]

#: Item data role holding the row's role id.
ROLE_ID = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class TargetListModel(RowTableModel[TargetOption]):
    """Target options with check boxes.

    Signals:
        checkedChanged(): the checked roles (or their order) changed.
        limitReached(): a fourth role was checked and refused.
    """

    checkedChanged = Signal()
    limitReached = Signal()

    COLUMNS = 3

    def __init__(
        self,
        framework: Framework,
        text: Callable[[Text | None], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._framework = framework
        self._text = text
        self._options: tuple[TargetOption, ...] = ()
        self._checked: list[str] = []
        self._show_all = False

    # -- content -----------------------------------------------------------------------
    def set_options(self, options: Sequence[TargetOption], checked: Sequence[str] = ()) -> None:
        """Offer ``options`` (already in display order) with ``checked`` ticked, in order."""
        with self.resetting():
            self._options = tuple(options)
            offered = {option.role for option in self._options}
            self._checked = [role for role in checked if role in offered][:MAX_TARGETS]
            self.replace_rows(self._visible())
        self.checkedChanged.emit()

    def set_show_all(self, show_all: bool) -> None:
        """List roles with no path from the current role too (checked ones always show)."""
        if show_all == self._show_all:
            return
        with self.resetting():
            self._show_all = show_all
            self.replace_rows(self._visible())

    def _visible(self) -> list[TargetOption]:
        any_reachable = any(option.reachable for option in self._options)
        return [
            option
            for option in self._options
            if self._show_all
            or option.reachable
            or not any_reachable
            or option.role in self._checked
        ]

    def has_unreachable(self) -> bool:
        """True when some roles cannot be reached (the "show all" switch matters)."""
        return any(not option.reachable for option in self._options)

    def has_reachable(self) -> bool:
        """True when at least one role can be reached from the current role."""
        return any(option.reachable for option in self._options)

    def checked(self) -> tuple[str, ...]:
        """The checked roles, main target first."""
        return tuple(self._checked)

    def option_at(self, row: int) -> TargetOption:
        """The option shown on ``row``."""
        return self._rows[row]

    def row_of(self, role_id: str) -> int:
        """The row showing ``role_id`` (-1: not shown)."""
        for row, option in enumerate(self._rows):
            if option.role == role_id:
                return row
        return -1

    # -- model -------------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        option = self.row_for(index)
        if option is None:
            return None
        found = self._framework.role(option.role)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self._title(option)
            if column == 1:
                name = self._text(self._framework.scale.names.get(found.level))
                return f"{found.level} · {name}" if name else str(found.level)
            return self.distance_text(option)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (
                Qt.CheckState.Checked if option.role in self._checked else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(found.description) or None
        if role == Qt.ItemDataRole.ForegroundRole and not option.reachable:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == ROLE_ID:
            return str(option.role)
        return None

    def _title(self, option: TargetOption) -> str:
        title = self._text(self._framework.role(option.role).title)
        if option.role in self._checked:
            position = self._checked.index(option.role) + 1
            return self.tr("{title} (target {n})").format(title=title, n=position)
        return title

    def distance_text(self, option: TargetOption) -> str:
        """How far the role is: moves and, when the framework says, typical months."""
        if option.moves is None:
            return self.tr("No path from your role")
        lang = current_language()
        moves = say_count("count_moves", option.moves, lang)
        if option.months:
            #: {moves} is "2 moves", {time} "6 months" or "about 2 years".
            return self.tr("{moves} · {time}").format(
                moves=moves, time=format_months(option.months, lang)
            )
        return moves

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        option = self._rows[index.row()]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            if option.role in self._checked:
                return True
            if len(self._checked) >= MAX_TARGETS:
                self.limitReached.emit()
                return False
            self._checked.append(option.role)
        else:
            if option.role not in self._checked:
                return True
            self._checked.remove(option.role)
        # Titles show the target number, so every checked row may change.
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.checkedChanged.emit()
        return True

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Role"), self.tr("Level"), self.tr("From your role"))

    def refresh_texts(self) -> None:
        """Every text changed language; rows and checks stay."""
        self.retranslate()
