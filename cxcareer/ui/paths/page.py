"""The Paths screen: choose a role to aim for, compare up to three routes, and try a what-if.

Why routes are recomputed from ``controller.snapshot``: a new rating changes each route's gap and
missing skills, and every screen must agree after it; the engine answers in milliseconds for a
real framework, so the screen simply asks again when a change concerns it (once it is shown).

Signals:
    pathHighlighted(tuple): the role ids of the route the person chose (route 1 when a target is
        first shown), for the ladder to highlight.
    roleActivated(str): a step of a route was opened (Enter or double-click).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import FrameworkError
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.path_options import (
    MAX_PATHS,
    PathsOutcome,
    PathsStatus,
    aim_options,
    default_target,
    path_options,
)
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.overview.roles_model import RolesModel
from cxcareer.ui.paths.aim_order import AimOrder
from cxcareer.ui.paths.path_card import PathCard
from cxcareer.ui.paths.what_if_panel import WhatIfPanel

__all__ = ["PathsPage"]


class PathsPage(QWidget):
    """Routes to a chosen target and a what-if; see the module docstring for its signals."""

    pathHighlighted = Signal(tuple)
    roleActivated = Signal(str)

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.outcome: PathsOutcome | None = None
        self._person: tuple[str, str] | None = None
        self._highlighted: tuple[str, ...] | None = None
        self._picked: str | None = None  # a target the person chose here or was sent to

        self.nobody = QLabel()
        self.nobody.setWordWrap(True)
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = page_heading()

        self.target_label = QLabel()
        self.roles_model = RolesModel(self)
        self.aim_model = AimOrder(self)
        self.aim_model.setSourceModel(self.roles_model)
        self.target_combo = SearchCombo()
        self.target_combo.setModel(self.aim_model)
        self.target_label.setBuddy(self.target_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.target_label)
        bar.addWidget(self.target_combo, 3)  # a long title shows whole when there is room
        bar.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cards: list[PathCard] = []
        cards_row = QHBoxLayout()
        cards_row.setContentsMargins(0, 0, 0, 0)
        for position in range(MAX_PATHS):
            card = PathCard()
            self.group.addButton(card.radio, position)
            card.chosen.connect(lambda position=position: self._route_chosen(position))
            card.roleActivated.connect(self.roleActivated)
            cards_row.addWidget(card, 1)
            self.cards.append(card)
        self.cards_area = QWidget()
        cards_layout = QVBoxLayout(self.cards_area)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addWidget(self.status)
        cards_layout.addLayout(cards_row, 1)

        self.what_if = WhatIfPanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("pathsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.cards_area)
        self.splitter.addWidget(self.what_if)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(bar)
        content_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.nobody)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.refresher = RefreshOnChange.for_person(
            self,
            controller,
            (Aspect.PROFILE, Aspect.RATINGS, Aspect.FRAMEWORK),
            self._changed,
        )
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def target(self) -> str | None:
        """The role id chosen in the target list."""
        return self.aim_model.role_at(self.target_combo.currentIndex())

    def set_target(self, role: str) -> None:
        """Show the routes to ``role`` (ignored when it is not offered: unknown or current)."""
        row = self.aim_model.row_of(role)
        if row >= 0:
            self._picked = role
            self.target_combo.setCurrentIndex(row)

    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Follow ``controller.snapshot``: keep the chosen target, unless the person changed."""
        view = self.controller.snapshot
        if view is None:
            self._person = None
            self.stack.setCurrentIndex(0)
            self.what_if.set_view(None)
            self.outcome = None
            return
        self.stack.setCurrentIndex(1)
        # Another framework is another set of roles and skills: start afresh, as for a new person.
        shown = (view.person.id, view.person.framework_version_id)
        same_person = shown == self._person
        if not same_person:
            self._picked = None
        # A role chosen here stays while it is still a goal; otherwise the default, so a
        # person given a role (or a first target) elsewhere never stays on a dead end.
        current = view.person.current_role
        picked = self._picked if self._picked != current else None
        chosen = picked or default_target(view)
        self._person = shown
        self.heading.setText(self.tr("Paths for {name}").format(name=view.person.name))
        self.target_combo.blockSignals(True)
        self.roles_model.set_view(view)
        options = aim_options(view)
        self.aim_model.set_order(
            [option.role for option in options],
            [option.role for option in options if not option.reachable],
        )
        row = self.aim_model.row_of(chosen)
        self.target_combo.setCurrentIndex(row if row >= 0 else 0)
        self.target_combo.blockSignals(False)
        self.what_if.set_view(view, keep=same_person)
        self._show_paths(new_target=not same_person)

    def _target_changed(self) -> None:
        self._picked = self.target()
        if self.controller.snapshot is not None:
            self._show_paths(new_target=True)

    def _show_paths(self, *, new_target: bool) -> None:
        view = self.controller.snapshot
        target = self.target()
        if view is None or target is None:
            return
        previous = self._chosen_roles()
        try:
            self.outcome = path_options(view, target)
        except FrameworkError as error:
            show_error(self, error)
            return
        options = self.outcome.options
        for position, card in enumerate(self.cards):
            option = options[position] if position < len(options) else None
            card.set_option(view, option)
            card.setVisible(option is not None)
        chosen = 0
        if not new_target and previous is not None:
            chosen = next((i for i, o in enumerate(options) if o.roles == previous), 0)
        if options:
            button = self.cards[chosen].radio
            if button.isChecked():
                self._route_chosen(chosen)
            else:
                button.setChecked(True)
        self._fill_status()

    def _chosen_roles(self) -> tuple[str, ...] | None:
        position = self.group.checkedId()
        if position < 0 or self.cards[position].option is None:
            return None
        option = self.cards[position].option
        return option.roles if option is not None else None

    def _route_chosen(self, position: int) -> None:
        option = self.cards[position].option
        if option is None:
            return
        if option.roles != self._highlighted:
            self._highlighted = option.roles
            self.pathHighlighted.emit(option.roles)

    def choose_route(self, rank: int) -> None:
        """Choose route ``rank`` (1 is the best), as the person would with its radio button."""
        card = self.cards[rank - 1]
        if card.option is not None:
            card.radio.setChecked(True)

    # -- texts --------------------------------------------------------------------------
    def _fill_status(self) -> None:
        view = self.controller.snapshot
        outcome = self.outcome
        if view is None or outcome is None:
            return
        target = view.role_title(outcome.target)
        current = view.person.current_role
        source = view.role_title(current) if current else ""
        if outcome.status is PathsStatus.NO_CURRENT_ROLE:
            text = self.tr(
                "Choose a current role on the Overview first: routes start from the role held "
                "today."
            )
        elif outcome.status is PathsStatus.ALREADY_THERE:
            text = self.tr("{target} is the current role. Choose another role to aim for.").format(
                target=target
            )
        elif outcome.status is PathsStatus.NO_PATH:
            text = self.tr(
                "No route leads from {source} to {target} in this framework. Try a role on the "
                "same track or one level up."
            ).format(source=source, target=target)
        elif len(outcome.options) == 1:
            text = self.tr("One route from {source} to {target}.").format(
                source=source, target=target
            )
        else:
            text = self.tr(
                "{count} routes from {source} to {target}, best first: fewest points to gain, "
                "then shortest time."
            ).format(count=len(outcome.options), source=source, target=target)
        self.status.setText(text)

    def retranslate(self) -> None:
        """Every text this screen owns, in the current language."""
        self.nobody.setText(
            self.tr(
                "Nobody is selected. Choose a person in the People list, or add one, to see "
                "their paths."
            )
        )
        self.target_label.setText(self.tr("&Aim for:"))
        self.target_combo.setAccessibleName(self.tr("Target role for the routes"))
        view = self.controller.snapshot
        if view is not None:
            self.heading.setText(self.tr("Paths for {name}").format(name=view.person.name))
        for card in self.cards:
            card.retranslate()
        self._fill_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
