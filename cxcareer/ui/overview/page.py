"""The Overview screen: current role, targets and readiness, the next moves and open actions.

Why it only reads ``controller.snapshot``: every write, wherever it is made, ends in
``controller.changed`` with a fresh snapshot, so this screen redraws from that one object (when a
change concerns it, and only once it is shown) and can never disagree with the others. The two
writes it offers (choosing the current role, adding a target) are the way out of its empty
states and go through ``controller.run``.

Signals:
    roleActivated(str): a target or next move was opened (Enter or double-click), or "Show on
        the ladder" was pressed for the current role; the main window shows that role.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.overview_rows import overview_hints
from cxcareer.store.records import PersonRecord
from cxcareer.ui.common import phrases
from cxcareer.ui.common.first_steps import FirstSteps
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.overview.actions_model import ActionsModel
from cxcareer.ui.overview.missing_tree import MissingSkillsTreeModel
from cxcareer.ui.overview.next_moves_model import NextMovesModel
from cxcareer.ui.overview.readiness_panel import ReadinessDialog
from cxcareer.ui.overview.role_picker import ask_current_role, ask_new_target
from cxcareer.ui.overview.targets_model import TargetsModel
from cxcareer.ui.overview.tree_state import expanded_roles, restore_expanded
from cxcareer.ui.overview.views import hint_label, missing_skills_tree

__all__ = ["OverviewPage"]

_Index = QModelIndex | QPersistentModelIndex


class OverviewPage(QWidget):
    """Where the selected person stands; see the module docstring for its signal."""

    roleActivated = Signal(str)

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._expanded_targets: set[str] | None = None
        self._expanded_moves: set[str] | None = None
        self._shown_person: str | None = None

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

        # Targets, with the readiness explanation one click away.
        self.targets_model = TargetsModel(self)
        self.targets_view = missing_skills_tree(self.targets_model)
        self.targets_hint = hint_label()
        self.explain_button = QPushButton()
        self.add_target_button = QPushButton()
        self.explanation = ReadinessDialog(self)
        target_buttons = QHBoxLayout()
        target_buttons.addWidget(self.explain_button)
        target_buttons.addWidget(self.add_target_button)
        target_buttons.addStretch(1)
        self.targets_box = QGroupBox()
        targets_layout = QVBoxLayout(self.targets_box)
        targets_layout.addWidget(self.targets_hint)
        targets_layout.addWidget(self.targets_view, 1)
        targets_layout.addLayout(target_buttons)

        self.moves_model = NextMovesModel(self)
        self.moves_view = missing_skills_tree(self.moves_model)
        self.moves_hint = hint_label()
        self.moves_box = QGroupBox()
        moves_layout = QVBoxLayout(self.moves_box)
        moves_layout.addWidget(self.moves_hint)
        moves_layout.addWidget(self.moves_view, 1)

        self.actions_model = ActionsModel(self)
        self.actions_view = QTableView()
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_view.verticalHeader().hide()
        self.actions_view.setWordWrap(True)
        actions_header = self.actions_view.horizontalHeader()
        actions_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        actions_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions_hint = hint_label()
        self.actions_box = QGroupBox()
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.addWidget(self.actions_hint)
        actions_layout.addWidget(self.actions_view, 1)

        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.setObjectName("overviewSplitter")
        self.rows.setChildrenCollapsible(False)
        for position, (box, stretch) in enumerate(
            ((self.targets_box, 3), (self.moves_box, 3), (self.actions_box, 2))
        ):
            self.rows.addWidget(box)
            self.rows.setStretchFactor(position, stretch)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addLayout(role_row)
        content_layout.addWidget(self.rows, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.nobody)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.targets_view.activated.connect(self._activate)
        self.targets_view.doubleClicked.connect(self._activate)
        self.moves_view.activated.connect(self._activate)
        self.moves_view.doubleClicked.connect(self._activate)
        self.targets_view.selectionModel().currentChanged.connect(self._explain_current)
        self.explain_button.clicked.connect(lambda _checked=False: self.show_explanation())
        self.add_target_button.clicked.connect(self._pick_target)
        self.choose_role_button.clicked.connect(self._pick_current_role)
        self.open_role_button.clicked.connect(self._open_current_role)
        self.refresher = RefreshOnChange.for_person(
            self,
            controller,
            (Aspect.PROFILE, Aspect.RATINGS, Aspect.ACTIONS, Aspect.FRAMEWORK),
            self._changed,
        )
        self.retranslate()
        self.reload()

    # -- data ---------------------------------------------------------------------------
    def _person_changed(self) -> None:
        self._expanded_targets = None
        self._expanded_moves = None

    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Redraw everything from ``controller.snapshot``."""
        view = self.controller.snapshot
        if view is None:
            self.stack.setCurrentIndex(0)
            for model in (self.targets_model, self.moves_model):
                model.set_view(None)
            self.actions_model.set_view(None)
            self.explanation.hide()
            return
        if view.person.id != self._shown_person:
            self._shown_person = view.person.id
            self._person_changed()
        self.stack.setCurrentIndex(1)
        chosen = self.selected_target()
        if self.targets_model.role_count():
            self._expanded_targets = expanded_roles(self.targets_view, self.targets_model)
        if self.moves_model.role_count():
            self._expanded_moves = expanded_roles(self.moves_view, self.moves_model)
        self.targets_model.set_view(view)
        self.moves_model.set_view(view)
        self.actions_model.set_view(view)
        restore_expanded(self.targets_view, self.targets_model, self._expanded_targets)
        restore_expanded(self.moves_view, self.moves_model, self._expanded_moves)
        self._select_target(chosen)
        self._fill_texts()

    def selected_target(self) -> str | None:
        """The target the explanation is about: the selected one, else the main target."""
        current = self.targets_view.currentIndex()
        role = self.targets_model.role_id(current) if current.isValid() else None
        if role is None and self.targets_model.role_count():
            role = self.targets_model.role_at(0)
        return role

    def _select_target(self, role: str | None) -> None:
        for row in range(self.targets_model.role_count()):
            if self.targets_model.role_at(row) == role:
                self.targets_view.setCurrentIndex(self.targets_model.index(row, 0))
                break
        self._explain_current()

    def _explain_current(self) -> None:
        if self.explanation.isVisible():
            self.explanation.show_for(self.controller.snapshot, self.selected_target())

    def show_explanation(self, role: str | None = None) -> None:
        """Open "How is this computed?" for ``role`` (default: the selected target)."""
        if role is not None:
            self._select_target(role)
        self.explanation.show_for(self.controller.snapshot, self.selected_target())
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
            self.role_label.setText(
                self.tr(
                    "No current role chosen yet. Choose the role {name} holds today to see "
                    "readiness, next moves and paths."
                ).format(name=view.person.name)
            )
            self.choose_role_button.setText(self.tr("Choose current role…"))
        else:
            role = view.person.current_role or ""
            self.role_label.setText(
                self.tr("Current role: {role}").format(role=view.role_title(role))
            )
            self.choose_role_button.setText(self.tr("Change current role…"))
        self.open_role_button.setVisible(not hints.no_current_role)
        self.choose_role_button.setEnabled(writable)

        self.targets_hint.setVisible(hints.no_targets)
        self.targets_view.setVisible(not hints.no_targets)
        self.explain_button.setEnabled(not hints.no_targets)
        if hints.no_targets:
            self.explanation.hide()
        self.add_target_button.setEnabled(writable and hints.can_add_target)
        self.add_target_button.setToolTip(
            "" if hints.can_add_target else self.tr("A person can have up to three targets.")
        )

        self.moves_view.setVisible(not (hints.no_current_role or hints.no_next_moves))
        self.moves_hint.setVisible(hints.no_current_role or hints.no_next_moves)
        if hints.no_current_role:
            self.moves_hint.setText(
                self.tr("Next moves appear here once a current role is chosen.")
            )
        else:
            self.moves_hint.setText(
                self.tr("No move leads on from this role in the framework: it is a top role.")
            )
        self.actions_view.setVisible(not hints.no_open_actions)
        self.actions_hint.setVisible(hints.no_open_actions)

    def retranslate(self) -> None:
        """Every text this screen owns, in the current language."""
        self.open_role_button.setText(self.tr("Show on the ladder"))
        self.open_role_button.setAccessibleName(self.tr("Show the current role on the ladder"))
        self.choose_role_button.setAccessibleName(self.tr("Choose the current role"))
        self.targets_box.setTitle(self.tr("Targets"))
        self.targets_hint.setText(
            self.tr(
                "No target roles yet. Add the role you are aiming for (up to three) to see how "
                "ready you are and the best route there."
            )
        )
        self.targets_view.setAccessibleName(self.tr("Targets and their missing skills"))
        self.explain_button.setText(self.tr("How is this computed?"))
        self.explain_button.setAccessibleName(self.tr("Show how readiness is computed"))
        self.explain_button.setToolTip(
            self.tr(
                "Shows the readiness formula with this person's numbers for the selected target."
            )
        )
        self.add_target_button.setText(self.tr("Add a target…"))
        self.add_target_button.setAccessibleName(phrases.add_a_target_role())
        self.moves_box.setTitle(self.tr("Next moves"))
        self.moves_view.setAccessibleName(self.tr("Next moves and their missing skills"))
        self.actions_box.setTitle(self.tr("Open plan actions"))
        self.actions_view.setAccessibleName(self.tr("Open plan actions"))
        self.actions_hint.setText(
            self.tr(
                "No open actions in the development plan. Agree on a next action in a one-to-one."
            )
        )
        for model in (self.targets_model, self.moves_model):
            model.retranslate()
        self.actions_model.retranslate()
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions ------------------------------------------------------------------------
    def _activate(self, index: _Index) -> None:
        model = index.model()
        if isinstance(model, MissingSkillsTreeModel):
            role = model.role_id(index)
            if role is not None:
                self.roleActivated.emit(role)

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
