"""What-if: raise skills in imagination, see readiness before → after and which roles open up.

Why nothing here writes: the imagined levels live only in this panel, on top of the person's
snapshot, and go to the engine (:func:`cxcareer.service.what_if_plan.evaluate`), never to the
store. A real rating that catches up with an imagined level simply drops it from the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.what_if_plan import WhatIfResult, evaluate, prune, raise_levels, with_change
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.paths.skills_model import SkillsModel
from cxcareer.ui.paths.what_if_changes_model import WhatIfChangesModel
from cxcareer.ui.paths.what_if_model import WhatIfModel

__all__ = ["WhatIfPanel"]


def _table(model: WhatIfChangesModel | WhatIfModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_readable(table, 0)
    return table


class WhatIfPanel(QGroupBox):
    """Pick skill and level, raise it, repeat; remove one rise or reset them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: str | None = None
        self._view: PersonSnapshot | None = None
        self._changes: dict[str, int] = {}
        self.result: WhatIfResult | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.skill_label = QLabel()
        self.skills_model = SkillsModel(self)
        self.skill_combo = SearchCombo()
        self.skill_combo.setModel(self.skills_model)
        self.skill_label.setBuddy(self.skill_combo)
        self.level_label = QLabel()
        self.level_spin = QSpinBox()
        self.level_label.setBuddy(self.level_spin)
        self.level_name = QLabel()
        self.level_name.setWordWrap(True)
        self.raise_button = QPushButton()
        self.raise_button.setDefault(False)
        self.raise_button.setAutoDefault(True)
        picker = QHBoxLayout()
        picker.addWidget(self.skill_label)
        picker.addWidget(self.skill_combo, 2)
        picker.addWidget(self.level_label)
        picker.addWidget(self.level_spin)
        picker.addWidget(self.level_name, 1)
        picker.addWidget(self.raise_button)

        self.changes_model = WhatIfChangesModel(self)
        self.changes_view = _table(self.changes_model)
        self.remove_button = QPushButton()
        self.reset_button = QPushButton()
        change_buttons = QHBoxLayout()
        change_buttons.addWidget(self.remove_button)
        change_buttons.addWidget(self.reset_button)
        change_buttons.addStretch(1)

        self.result_model = WhatIfModel(self)
        self.result_view = _table(self.result_model)
        self.newly_ready = QLabel()
        self.newly_ready.setWordWrap(True)
        self.newly_ready.setTextFormat(Qt.TextFormat.PlainText)

        self.changes_title = QLabel()
        self.result_title = QLabel()
        grid = QGridLayout()
        grid.addWidget(self.changes_title, 0, 0)
        grid.addWidget(self.result_title, 0, 1)
        grid.addWidget(self.changes_view, 1, 0)
        grid.addWidget(self.result_view, 1, 1)
        grid.addLayout(change_buttons, 2, 0)
        grid.addWidget(self.newly_ready, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(picker)
        layout.addLayout(grid, 1)

        self.skill_combo.activated.connect(self._skill_chosen)
        self.skill_combo.currentIndexChanged.connect(self._skill_changed)
        self.level_spin.valueChanged.connect(self._level_changed)
        self.raise_button.clicked.connect(self._raise_chosen)
        self.remove_button.clicked.connect(self._remove_selected)
        self.reset_button.clicked.connect(self.reset)
        self.changes_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()

    # -- state --------------------------------------------------------------------------
    @property
    def changes(self) -> dict[str, int]:
        """The imagined levels, skill -> level (a copy)."""
        return dict(self._changes)

    def set_view(self, view: PersonSnapshot | None, *, keep: bool = True) -> None:
        """Follow a new snapshot; ``keep=False`` (another person) forgets every rise."""
        chosen = self._wanted or self._chosen_skill()
        self._view = view
        if view is None or not keep:
            self._changes = {}
        else:
            self._changes = prune(view, self._changes)
        self.skills_model.set_view(view)
        row = self.skills_model.row_of(chosen)
        self.skill_combo.setCurrentIndex(row if row >= 0 else 0)
        if self._wanted is None:  # the first skill shown counts as chosen until one is picked
            self._wanted = self._chosen_skill()
        self._skill_changed()
        self._evaluate()

    def raise_skill(self, skill: str, level: int) -> bool:
        """Imagine ``skill`` at ``level``; False (with a message) when the level is not a rise."""
        view = self._view
        if view is None:
            return False
        try:
            self._changes = with_change(view, self._changes, skill, level)
        except ValueError as error:
            show_error(self, error, title=self.tr("What if"))
            return False
        self._evaluate()
        return True

    def remove_skill(self, skill: str) -> None:
        """Forget the imagined level of ``skill``."""
        self._changes.pop(skill, None)
        self._evaluate()

    def reset(self) -> None:
        """Forget every imagined level."""
        self._changes = {}
        self._evaluate()
        self.skill_combo.setFocus()

    def _evaluate(self) -> None:
        view = self._view
        self.result = evaluate(view, self._changes) if view is not None else None
        self.changes_model.set_changes(view, self.result.changes if self.result else ())
        self.result_model.set_result(view, self.result)
        self._fill_summary()
        self._update_buttons()

    # -- controls -----------------------------------------------------------------------
    def _skill_chosen(self) -> None:
        """The person picked a skill: keep it chosen, even across a framework without it."""
        self._wanted = self._chosen_skill()

    def _chosen_skill(self) -> str | None:
        return self.skills_model.skill_at(self.skill_combo.currentIndex())

    def _skill_changed(self) -> None:
        view = self._view
        skill = self._chosen_skill()
        levels = raise_levels(view, skill) if view is not None and skill is not None else ()
        self.level_spin.blockSignals(True)
        if levels:
            self.level_spin.setRange(levels[0], levels[-1])
            self.level_spin.setValue(self._changes.get(skill or "", levels[0]))
        else:
            self.level_spin.setRange(0, 0)
        self.level_spin.blockSignals(False)
        self.level_spin.setEnabled(bool(levels))
        self._level_changed()
        self._update_buttons()

    def _level_changed(self) -> None:
        view = self._view
        skill = self._chosen_skill()
        if view is None or skill is None or not self.level_spin.isEnabled():
            self.level_name.setText(self.tr("Already at the top of the scale."))
            self.level_name.setToolTip("")
            return
        level = self.level_spin.value()
        self.level_name.setText(view.scale_name(level))
        self.level_name.setToolTip(view.descriptor(skill, level))

    def _raise_chosen(self) -> None:
        skill = self._chosen_skill()
        if skill is not None and self.level_spin.isEnabled():
            self.raise_skill(skill, self.level_spin.value())

    def _remove_selected(self) -> None:
        rows = self.changes_view.selectionModel().selectedRows()
        if not rows:
            return
        change = self.changes_model.change(rows[0].row())
        if change is not None:
            self.remove_skill(change.skill)

    def _update_buttons(self) -> None:
        has_view = self._view is not None
        self.raise_button.setEnabled(has_view and self.level_spin.isEnabled())
        self.remove_button.setEnabled(self.changes_view.selectionModel().hasSelection())
        self.reset_button.setEnabled(bool(self._changes))

    # -- texts --------------------------------------------------------------------------
    def _fill_summary(self) -> None:
        view = self._view
        result = self.result
        if view is None or result is None or not result.changes:
            self.newly_ready.setText(
                self.tr("Raise one or more skills to see which roles would open up.")
            )
            return
        if result.newly_ready:
            names = ", ".join(view.role_title(role) for role in result.newly_ready)
            self.newly_ready.setText(self.tr("Newly ready: {roles}.").format(roles=names))
            return
        if result.rows:
            self.newly_ready.setText(
                self.tr("Readiness rises, but no role becomes fully ready yet.")
            )
            return
        self.newly_ready.setText(self.tr("No role's readiness changes with these levels."))

    def retranslate(self) -> None:
        """Every text this panel owns, in the current language."""
        self.setTitle(self.tr("What if…"))
        self.intro.setText(
            self.tr(
                "Raise skills in imagination and see how readiness would change. Nothing is "
                "saved: the ratings stay as they are."
            )
        )
        self.skill_label.setText(self.tr("&Skill:"))
        self.skill_combo.setAccessibleName(self.tr("Skill to raise"))
        self.level_label.setText(self.tr("&Level:"))
        self.level_spin.setAccessibleName(self.tr("Imagined level"))
        self.raise_button.setText(self.tr("&Raise"))
        self.raise_button.setAccessibleName(self.tr("Raise the skill to this level"))
        self.changes_title.setText(self.tr("Raised skills"))
        self.changes_view.setAccessibleName(self.tr("Raised skills"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected raised skill"))
        self.reset_button.setText(self.tr("Rese&t all"))
        self.reset_button.setAccessibleName(self.tr("Forget every raised skill"))
        self.result_title.setText(self.tr("Roles that would change"))
        self.result_view.setAccessibleName(self.tr("Roles whose readiness would change"))
        self.changes_model.retranslate()
        self.result_model.retranslate()
        self._level_changed()
        self._fill_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
