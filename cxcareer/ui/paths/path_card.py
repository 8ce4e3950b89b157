"""One ranked route, shown as a card: choose it, read its totals, open its steps.

Why cards side by side: comparing routes is the point of the screen — "fewer points but longer"
against "quicker but a bigger jump" — so up to three sit next to each other with the same
layout, and the radio button makes choosing one (to see it on the ladder) a keyboard action.

Signals:
    chosen(): this route's radio button was checked by the person.
    roleActivated(str): a step was opened (Enter or double-click).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months
from cxcareer.service.path_options import PathOption
from cxcareer.service.texts import say_count
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.common.wrap_rows import wrap_rows
from cxcareer.ui.overview.tree_state import expanded_roles, restore_expanded
from cxcareer.ui.paths.path_steps_model import PathStepsModel

__all__ = ["PathCard"]

_Index = QModelIndex | QPersistentModelIndex


class PathCard(QFrame):
    """A route's rank, totals and steps; see the module docstring for its signals."""

    chosen = Signal()
    roleActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.option: PathOption | None = None
        self._view: PersonSnapshot | None = None
        self._expanded: set[str] | None = None

        self.radio = QRadioButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PathStepsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wrap_rows(self.tree)
        keep_readable(self.tree, 0, least_characters=12)  # three cards share the width

        layout = QVBoxLayout(self)
        layout.addWidget(self.radio)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

        self.radio.toggled.connect(self._toggled)
        self.tree.activated.connect(self._activate)
        self.tree.doubleClicked.connect(self._activate)

    def set_option(self, view: PersonSnapshot | None, option: PathOption | None) -> None:
        """Show ``option``; the open steps stay open when the same route is shown again."""
        same_route = (
            self.option is not None and option is not None and self.option.roles == option.roles
        )
        self._expanded = expanded_roles(self.tree, self.model) if same_route else None
        self.option = option
        self._view = view
        self.model.set_option(view, option)
        restore_expanded(self.tree, self.model, self._expanded)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts again in the current language."""
        option = self.option
        self.model.retranslate()
        if option is None:
            self.radio.setText("")
            self.summary.clear()
            return
        if option.rank == 1:
            self.radio.setText(self.tr("Route {rank} (best)").format(rank=option.rank))
        else:
            self.radio.setText(self.tr("Route {rank}").format(rank=option.rank))
        path = option.path
        lang = self._view.lang if self._view is not None else current_language()
        #: {points} is "3 points", {time} "6 months" or "about 2 years", {moves} "2 moves".
        self.summary.setText(
            self.tr("{points} to gain · {time} · {moves}").format(
                points=say_count("count_points", path.gap, lang),
                time=format_months(path.months, lang),
                moves=say_count("count_moves", path.moves, lang),
            )
        )
        self.radio.setAccessibleName(
            self.tr("Choose route {rank} to see it on the ladder").format(rank=option.rank)
        )
        self.tree.setAccessibleName(
            self.tr("Steps of route {rank} and their missing skills").format(rank=option.rank)
        )

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.chosen.emit()

    def _activate(self, index: _Index) -> None:
        role = self.model.role_id(index)
        if role is not None:
            self.roleActivated.emit(role)
