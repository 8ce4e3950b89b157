"""Self vs manager for one person: the comparison table, and for the chosen skill its rating
history, a rating form and its evidence.

Why the detail sits under the table: in a one-to-one the conversation goes down the flagged
skills one by one; choosing a row shows both views' history with the comments that explain
them and the evidence behind them, and the manager's answer is recorded on the spot.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.comparison import FLAG_DIFFERENCE, compare, scope_roles
from cxcareer.service.development import evidence_counts
from cxcareer.store.records import Assessor
from cxcareer.ui.common.combo_room import ask_room_for
from cxcareer.ui.common.elided_title import ElidedTitleBox
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.comparison_model import Column, ComparisonModel
from cxcareer.ui.people.evidence_panel import EvidencePanel
from cxcareer.ui.people.history_model import HistoryModel
from cxcareer.ui.people.rating_form import RatingForm

__all__ = ["SkillsPanel"]

ALL_ROLES = "__all__"


class SkillsPanel(QWidget):
    """The comparison and the selected skill's detail; ``reload()`` after any change."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._skill: str | None = None
        self._reloading = False

        self.scope_label = QLabel()
        self.scope = QComboBox()
        ask_room_for(self.scope, 22)
        self.scope_label.setBuddy(self.scope)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.legend, 1)

        self.model = ComparisonModel(self)
        self.table = read_only_table(self.model, stretch=Column.SKILL)
        self.table.setAlternatingRowColors(True)

        self.history_box = ElidedTitleBox()
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(True)
        history_header = self.history.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_readable(self.history, HistoryModel.COLUMNS - 1)  # comments wrap as sentences
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rating = RatingForm()
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.rating)

        self.evidence = EvidencePanel(controller)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        lower.addWidget(self.history_box)
        lower.addWidget(self.evidence)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.rating.submitted.connect(self._record_rating)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.scope_label.setText(self.tr("&Roles:"))
        self.scope.setAccessibleName(self.tr("Roles to compare"))
        self.legend.setText(
            self.tr(
                "⚠ marks skills where self and manager are {0} or more levels apart; they "
                "come first."
            ).format(FLAG_DIFFERENCE)
        )
        self.table.setAccessibleName(self.tr("Self and manager levels by skill"))
        self.history.setAccessibleName(self.tr("Rating history of the selected skill"))
        self.model.retranslate()
        self.history_model.retranslate()
        self._update_titles()
        self._fill_scope()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_titles(self) -> None:
        view = self.controller.snapshot
        if view is None or self._skill is None:
            self.history_box.setTitle(self.tr("History"))
        else:
            self.history_box.setTitle(
                self.tr("History of {0}").format(view.skill_name(self._skill))
            )

    # -- data ---------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        view = self.controller.snapshot
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        if view is not None:
            roles = scope_roles(view)
            if len(roles) > 1:
                self.scope.addItem(self.tr("Current and target roles"), ALL_ROLES)
            for role in roles:
                if role == view.person.current_role:
                    text = self.tr("{0} (current)").format(view.role_title(role))
                else:
                    text = self.tr("{0} (target)").format(view.role_title(role))
                self.scope.addItem(text, role)
            if not roles:
                self.scope.addItem(self.tr("All skills (no role chosen)"), ALL_ROLES)
        found = self.scope.findData(chosen) if chosen is not None else -1
        self.scope.setCurrentIndex(found if found >= 0 else 0)
        self.scope.blockSignals(False)

    def reset_scope(self) -> None:
        """Forget the chosen roles (another person is shown next)."""
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.blockSignals(False)
        self._skill = None

    def reload(self, *, rescope: bool = False) -> None:
        """Recompute rows from ``controller.snapshot``; the selected skill stays selected."""
        if rescope:
            self._fill_scope()
        view = self.controller.snapshot
        if view is None:
            self.model.set_rows(None, [])
            self._show_skill(None)
            return
        chosen = self.scope.currentData()
        roles = None if chosen in (None, ALL_ROLES) else [str(chosen)]
        counts = evidence_counts(self.controller.app, view.person.id)
        rows = compare(view, roles, counts)
        keep = self._skill
        self._reloading = True
        try:
            self.model.set_rows(view, rows)
            row = self.model.row_of(keep) if keep else -1
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._reloading = False
        shown = self.model.comparison(row)
        self._show_skill(shown.skill if shown is not None else None, view)

    def select_skill(self, skill: str) -> None:
        """Select ``skill``'s row (if shown)."""
        row = self.model.row_of(skill)
        if row >= 0:
            self.table.selectRow(row)

    def selected_skill(self) -> str | None:
        return self._skill

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return
        row = self.model.comparison(current.row()) if current.isValid() else None
        skill = row.skill if row is not None else None
        if skill != self._skill:
            self._show_skill(skill, self.controller.snapshot)

    def _show_skill(self, skill: str | None, view: PersonSnapshot | None = None) -> None:
        self._skill = skill
        if view is None or skill is None:
            self.history_model.set_points(None, [])
            self.rating.set_skill(None, None)
            self.evidence.show_skill(None, None)
        else:
            points = self.controller.app.history(view.person.id, skill)
            self.history_model.set_points(view, points)
            self.rating.set_sides(self.controller.rating_sides(view.person.id))
            self.rating.set_skill(view, skill)
            if self.controller.read_only:
                self.rating.record.setEnabled(False)
            self.evidence.show_skill(view, skill)
        self._update_titles()

    def _record_rating(self, skill: str, level: int, assessor: str, comment: str) -> None:
        comments = {skill: comment} if comment else None
        self.controller.rate({skill: level}, assessor=Assessor(assessor), comments=comments)
