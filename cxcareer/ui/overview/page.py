"""The Overview screen: the one recommended move first, then the other targets and moves, and the
open plan actions.

Why it leads with one card: a person opening the app wants to know where they stand and what
to do next before anything else (as Lattice, Progression and Culture Amp show it). The card
(:class:`~cxcareer.ui.overview.recommendation_card.RecommendationCard`) holds the first target
(else the engine's best next move), its readiness, the three skills to develop first and an
action for each that goes into the plan in one click (Ctrl+Z takes it back). Below it one table
lists the other targets and moves, beside the open actions.

Why it only reads ``controller.snapshot``: every write, wherever it is made, ends in
``controller.changed`` with a fresh snapshot, so this screen redraws from that one object (when a
change concerns it, and only once it is shown) and can never disagree with the others. Its writes
(current role, a target, a suggested action) go through ``controller.run`` or its undo stack.

Signals:
    roleActivated(str): a role was opened (Enter or a double-click in the table, or "Show on
        the ladder" for the current role).
    routesRequested(str): the routes to the recommended role (the card's "See the routes…").
    rateRequested(str): rate this skill ("": the unrated ones) on the Skills page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.overview_rows import overview_hints, recommended_move
from cxcareer.store.records import PersonRecord
from cxcareer.ui.common import phrases
from cxcareer.ui.common.first_steps import FirstSteps
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.overview.actions_model import ActionsModel
from cxcareer.ui.overview.moves_model import ROLE_ID, MovesModel
from cxcareer.ui.overview.readiness_panel import ReadinessDialog
from cxcareer.ui.overview.recommendation_card import RecommendationCard
from cxcareer.ui.overview.role_picker import ask_current_role, ask_new_target
from cxcareer.ui.overview.views import hint_label

__all__ = ["OverviewPage"]

_Index = QModelIndex | QPersistentModelIndex


class OverviewPage(QWidget):
    """Where the selected person stands; see the module docstring for its signals."""

    roleActivated = Signal(str)
    routesRequested = Signal(str)
    rateRequested = Signal(str)

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

        self.nobody = FirstSteps(controller)

        self.heading = page_heading()

        self.role_label = QLabel()
        self.role_label.setWordWrap(True)
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_role_button = QPushButton()
        self.choose_role_button = QPushButton()
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_label, 1)
        role_row.addWidget(self.open_role_button)
        role_row.addWidget(self.choose_role_button)

        self.card = RecommendationCard()

        # The other targets and moves, with the readiness explanation one click away.
        self.moves_model = MovesModel(self)
        self.moves_view = read_only_table(self.moves_model, stretch=0)
        self.moves_hint = hint_label()
        self.moves_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.explain_button = QPushButton()
        self.add_target_button = QPushButton()
        self.explanation = ReadinessDialog(self)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.explain_button)
        move_buttons.addWidget(self.add_target_button)
        move_buttons.addStretch(1)
        self.moves_box = QWidget()
        moves_layout = QVBoxLayout(self.moves_box)
        moves_layout.addWidget(self.moves_hint)
        moves_layout.addWidget(self.moves_view, 1)
        moves_layout.addLayout(move_buttons)

        self.actions_model = ActionsModel(self)
        self.actions_view = read_only_table(self.actions_model, stretch=0)
        self.actions_hint = hint_label()
        self.actions_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.actions_box = QWidget()
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addWidget(self.actions_hint)
        actions_layout.addWidget(self.actions_view, 1)

        # Tabs rather than side by side: each list gets the page's whole width.
        self.rows = QTabWidget()
        self.rows.setObjectName("overviewLists")
        self.rows.addTab(self.moves_box, "")
        self.rows.addTab(self.actions_box, "")

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(role_row)
        content_layout.addWidget(self.card)
        content_layout.addWidget(self.rows, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.nobody)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.moves_view.activated.connect(self._activate)
        self.moves_view.doubleClicked.connect(self._activate)
        self.moves_view.selectionModel().currentChanged.connect(self._explain_current)
        self.explain_button.clicked.connect(lambda _checked=False: self.show_explanation())
        self.add_target_button.clicked.connect(self._pick_target)
        self.choose_role_button.clicked.connect(self._pick_current_role)
        self.open_role_button.clicked.connect(self._open_current_role)
        self.card.routesRequested.connect(self.routesRequested)
        self.card.rateRequested.connect(self.rateRequested)
        self.card.addRequested.connect(self.add_suggested_action)
        self.card.chooseRoleRequested.connect(self._pick_current_role)
        self.card.addTargetRequested.connect(self._pick_target)
        self.refresher = RefreshOnChange.for_person(
            self,
            controller,
            (Aspect.PROFILE, Aspect.RATINGS, Aspect.ACTIONS, Aspect.FRAMEWORK),
            self._changed,
        )
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Redraw everything from ``controller.snapshot``."""
        view = self.controller.snapshot
        if view is None:
            self.stack.setCurrentIndex(0)
            self.card.show_for(None, None, writable=False)
            self.moves_model.set_view(None, None)
            self.actions_model.set_view(None)
            self.explanation.hide()
            return
        self.stack.setCurrentIndex(1)
        chosen = self.explained_role()
        leading = recommended_move(view)
        self.card.show_for(view, leading, writable=not self.controller.read_only)
        self.moves_model.set_view(view, leading)
        self.actions_model.set_view(view)
        self._select_move(chosen)
        self._fill_texts()

    def explained_role(self) -> str | None:
        """The role "How is this computed?" is about: the selected row, else the card's role."""
        current = self.moves_view.currentIndex()
        if current.isValid():
            role = current.data(ROLE_ID)
            if role is not None:
                return str(role)
        leading = self.card.recommendation()
        return leading.role if leading is not None else None

    def _select_move(self, role: str | None) -> None:
        for row in range(self.moves_model.rowCount()):
            if self.moves_model.role_at(row) == role:
                self.moves_view.setCurrentIndex(self.moves_model.index(row, 0))
                break
        self._explain_current()

    def _explain_current(self) -> None:
        if self.explanation.isVisible():
            self.explanation.show_for(self.controller.snapshot, self.explained_role())

    def show_explanation(self, role: str | None = None) -> None:
        """Open "How is this computed?" for ``role`` (default: the selected row, else the
        recommended move)."""
        if role is not None:
            self.moves_view.clearSelection()
            self.moves_view.setCurrentIndex(QModelIndex())
            self._select_move(role)
        shown = role if role is not None else self.explained_role()
        self.explanation.show_for(self.controller.snapshot, shown)
        self.explanation.show()
        self.explanation.raise_()
        self.explanation.activateWindow()

    # -- texts --------------------------------------------------------------------------
    def _fill_texts(self) -> None:
        view = self.controller.snapshot
        if view is None:
            return
        hints = overview_hints(view)
        writable = not self.controller.read_only
        self.heading.setText(view.person.name)
        if hints.no_current_role:
            self.role_label.setText(self.tr("No current role chosen yet."))
            self.choose_role_button.setText(phrases.choose_current_role())
        else:
            role = view.person.current_role or ""
            self.role_label.setText(
                self.tr("Current role: {role}").format(role=view.role_title(role))
            )
            self.choose_role_button.setText(self.tr("Change current role…"))
        self.open_role_button.setVisible(not hints.no_current_role)
        # Without a role the card offers the same choice as its one way forward: once is enough.
        self.choose_role_button.setVisible(not hints.no_current_role)
        self.choose_role_button.setEnabled(writable)

        listed = self.moves_model.rowCount() > 0
        self.moves_view.setVisible(listed)
        self.moves_hint.setVisible(not listed)
        if hints.no_targets:
            self.moves_hint.setText(
                self.tr(
                    "No target roles yet. Add the role you are aiming for (up to three) to see "
                    "how ready you are and the best route there."
                )
            )
        elif hints.no_current_role:
            self.moves_hint.setText(
                self.tr("Next moves appear here once a current role is chosen.")
            )
        else:
            self.moves_hint.setText(self.tr("No other target or move to list."))
        self.explain_button.setEnabled(self.explained_role() is not None)
        if self.explained_role() is None:
            self.explanation.hide()
        self.add_target_button.setEnabled(writable and hints.can_add_target)
        self.add_target_button.setToolTip(
            "" if hints.can_add_target else self.tr("A person can have up to three targets.")
        )
        self.actions_view.setVisible(not hints.no_open_actions)
        self.actions_hint.setVisible(hints.no_open_actions)
        self.rows.setTabText(
            0,
            self.tr("Targets and other moves ({count})").format(count=self.moves_model.rowCount()),
        )
        self.rows.setTabText(
            1, self.tr("Open plan actions ({count})").format(count=self.actions_model.rowCount())
        )

    def retranslate(self) -> None:
        """Every text this screen owns, in the current language."""
        self.open_role_button.setText(phrases.show_on_the_ladder())
        self.open_role_button.setAccessibleName(self.tr("Show the current role on the ladder"))
        self.choose_role_button.setAccessibleName(self.tr("Choose the current role"))
        self.moves_view.setAccessibleName(self.tr("Targets and other moves"))
        self.explain_button.setText(self.tr("How is this computed?"))
        self.explain_button.setAccessibleName(self.tr("Show how readiness is computed"))
        self.explain_button.setToolTip(
            self.tr("Shows the readiness formula with this person's numbers for the selected role.")
        )
        self.add_target_button.setText(phrases.add_a_target())
        self.add_target_button.setAccessibleName(phrases.add_a_target_role())
        self.actions_view.setAccessibleName(self.tr("Open plan actions"))
        self.actions_hint.setText(
            self.tr(
                "No open actions in the development plan. Add a suggested action above, or "
                "agree on one in a one-to-one."
            )
        )
        self.moves_model.retranslate()
        self.actions_model.retranslate()
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ------------------------------------------------------------------------
    def _activate(self, index: _Index) -> None:
        role = index.data(ROLE_ID) if index.isValid() else None
        if role is not None:
            self.roleActivated.emit(str(role))

    def add_suggested_action(self, skill: str) -> bool:
        """Put the card's suggested action for ``skill`` into the plan as one undoable step;
        False when there is none or the write was refused."""
        view = self.controller.snapshot
        leading = self.card.recommendation()
        if view is None or leading is None or self.controller.read_only:
            return False
        item = next((s for s in leading.skills if s.skill == skill and s.action), None)
        if item is None:
            return False
        # Imported here: the plan's commands reach the store, which the overview's first
        # paint must not wait for (tests/ui/test_opening.py).
        from cxcareer.ui.people.commands import AddActionCommand

        command = AddActionCommand(
            self.controller,
            view.person.id,
            item.action,
            skill=item.skill,
            target_role=leading.role,
            text=self.tr("Add “{action}” to the plan").format(action=item.action),
        )
        self.controller.undo_stack.push(command)
        return not command.failed

    def _open_current_role(self) -> None:
        view = self.controller.snapshot
        if view is not None and view.person.current_role:
            self.roleActivated.emit(view.person.current_role)

    def _pick_current_role(self) -> None:
        view = self.controller.snapshot
        if view is None:
            return
        role = ask_current_role(view, self)
        if role is not None:
            self.set_current_role(role)

    def _pick_target(self) -> None:
        view = self.controller.snapshot
        if view is None:
            return
        role = ask_new_target(view, self)
        if role is not None:
            self.add_target(role)

    def set_current_role(self, role: str) -> bool:
        """Record ``role`` as the selected person's current role; False when refused."""
        person_id = self.controller.person_id
        if person_id is None:
            return False

        def write(app: CareerApp) -> Outcome[PersonRecord]:
            return app.update_person(person_id, current_role=role)

        return self.controller.run(write) is not None

    def add_target(self, role: str) -> bool:
        """Append ``role`` to the selected person's targets; False when refused."""
        view = self.controller.snapshot
        if view is None:
            return False
        person_id = view.person.id
        roles = [*view.person.targets, role]

        def write(app: CareerApp) -> Outcome[PersonRecord]:
            return app.set_targets(person_id, roles)

        return self.controller.run(write) is not None
