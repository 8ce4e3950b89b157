"""The Skills screen: every skill that matters for the person, rated in place, with its history.

Why it reads only ``controller.snapshot``: a rating made here goes through ``controller.rate`` (one
undoable step, Ctrl+Z), the controller recomputes the snapshot and every screen, this one
included, redraws from it. The chart below the table asks ``CareerApp.history`` for the
selected skill, since the snapshot holds only the latest levels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.changes import Changes
from cxcareer.service.skill_rows import SkillRow
from cxcareer.service.texts import say_count
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.skills.history_chart import HistoryChart
from cxcareer.ui.skills.labels import level_label, not_rated
from cxcareer.ui.skills.skills_model import SELF_COLUMN, SKILL_ASPECTS, SkillsTableModel
from cxcareer.ui.skills.skills_table import SkillsTableView

__all__ = ["SkillsPage"]


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SkillsPage(QWidget):
    """The selected person's skills: filter, table of levels and the chosen skill's history."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._skill: str | None = None
        self._wanted: str | None = None  # the skill last chosen, kept while it is not listed
        self._choosing = False

        self.nobody = _wrapped_label()
        self.nobody.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = page_heading()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = _wrapped_label()

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.show_all_box = QCheckBox()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 2)
        filter_row.addWidget(self.show_all_box)
        filter_row.addStretch(1)
        self.summary = _wrapped_label()

        self.model = SkillsTableModel(controller, self, follow=False)
        self.table = SkillsTableView(self.model)

        self.detail_box = QGroupBox()
        self.levels_label = _wrapped_label()
        self.chart = HistoryChart()
        self.levels_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A long descriptor scrolls rather than losing its last lines in a short pane.
        levels_scroll = QScrollArea()
        levels_scroll.setWidgetResizable(True)
        levels_scroll.setFrameShape(QFrame.Shape.NoFrame)
        levels_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        levels_scroll.setWidget(self.levels_label)
        detail_layout = QHBoxLayout(self.detail_box)
        detail_layout.addWidget(levels_scroll, 2)
        detail_layout.addWidget(self.chart, 3)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.intro)
        content_layout.addLayout(filter_row)
        content_layout.addWidget(self.summary)
        content_layout.addWidget(self.splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.nobody)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self._focus_filter)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.show_all_box.toggled.connect(self.model.set_show_all)
        self.model.modelReset.connect(self._restore_selection)
        self.model.dataChanged.connect(self._on_model_data)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresher = RefreshOnChange.for_person(self, controller, SKILL_ASPECTS, self._changed)

        self.retranslate()
        self._on_person()

    # -- state --------------------------------------------------------------------------
    def selected_skill(self) -> str | None:
        """The skill whose history is shown."""
        return self._skill

    def select_skill(self, skill: str) -> bool:
        """Select ``skill`` in the table (False when the filter or the toggle hides it)."""
        row = self.model.row_of(skill)
        if row < 0:
            return False
        self.table.select_source_row(row)
        return True

    def rate_skill(self, skill: str) -> bool:
        """Select ``skill`` and open its self-rating editor, for "rate it in place" links from
        other screens; ``""`` picks the first listed skill the person has not rated. The filter
        and the "all skills" toggle give way when they hide it. False when it cannot be shown.
        """
        if not skill:
            rows = (self.model.skill_row(row) for row in range(self.model.rowCount()))
            skill = next((r.skill for r in rows if r is not None and r.self_level is None), "")
            if not skill:
                return False
        if self.model.row_of(skill) < 0 and self.filter_edit.text():
            self.filter_edit.clear()
        if self.model.row_of(skill) < 0 and not self.show_all_box.isChecked():
            self.show_all_box.setChecked(True)
        row = self.model.row_of(skill)
        if row < 0:
            return False
        self._wanted = skill
        self.table.select_source_row(row, SELF_COLUMN)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.table.currentIndex()
        if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(current)
        return True

    def _filter_changed(self, query: str) -> None:
        """Filter the rows, and say so: the summary names what was typed even when the number
        of matching rows stays the same (no match after "z", still none after "zz")."""
        self.model.set_query(query)
        self._update()

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_person(self) -> None:
        self._update()

    def _changed(self, changes: Changes) -> None:
        self.model.reload()
        self._update()

    def _ensure_selection(self) -> None:
        """Keep the chosen skill selected (also across people); else the first row."""
        row = self.model.row_of(self._wanted) if self._wanted is not None else -1
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        found = self.model.skill_row(row)
        self._skill = found.skill if found is not None else None
        if found is not None and self.table.source_index_of_current() != row:
            self._choosing = True  # not a choice of the person: the wanted skill stays
            try:
                self.table.select_source_row(row)
            finally:
                self._choosing = False

    def _restore_selection(self) -> None:
        self._update()

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        found = self.model.skill_row(self.table.source_index_of_current())
        if found is not None and not self._choosing:
            self._wanted = found.skill
        if found is not None and found.skill != self._skill:
            self._skill = found.skill
            self._update_detail()

    def _on_model_data(self) -> None:
        self._update()

    # -- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the screen again, in the current language."""
        self.nobody.setText(self.tr("Choose a person in the list to see and rate their skills."))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Skill name or category"))
        self.filter_edit.setAccessibleName(self.tr("Filter skills"))
        self.filter_edit.setToolTip(
            self.tr("Shows only skills whose name or category holds every word (Ctrl+F).")
        )
        self.show_all_box.setText(self.tr("Show &all skills"))
        self.show_all_box.setAccessibleName(self.tr("Show all skills"))
        self.show_all_box.setToolTip(
            self.tr("List every skill of the framework, not only those the roles ask for.")
        )
        self.table.setAccessibleName(phrases.skills_and_levels())
        self.table.setAccessibleDescription(
            self.tr(
                "One row per skill. Press F2 or Enter on a self or manager level to change it, "
                "the arrow keys to choose, Enter to record and Escape to cancel."
            )
        )
        self.detail_box.setAccessibleName(self.tr("Selected skill"))
        self.model.retranslate()
        self._update()

    def _update(self) -> None:
        view = self.controller.snapshot
        self.stack.setCurrentIndex(0 if view is None else 1)
        if view is None:
            self.chart.set_history(None, "", ())
            return
        self.heading.setText(view.person.name)
        self.intro.setText(self._intro_text())
        self.summary.setText(self._summary_text())
        self.show_all_box.setEnabled(bool(view.person.current_role or view.person.targets))
        self._ensure_selection()
        self._update_detail()

    def _intro_text(self) -> str:
        view = self.controller.snapshot
        assert view is not None
        if self.controller.read_only:
            return self.tr(
                "This database is open read-only: levels are shown but cannot be changed."
            )
        if not view.person.current_role and not view.person.targets:
            return self.tr(
                "No current role or target is chosen yet, so every skill is listed. "
                "Select a self or manager level and press F2 or Enter to change it."
            )
        return self.tr(
            "Select a self or manager level and press F2 or Enter to change it; "
            "Ctrl+Z undoes the change. A warning sign marks a level below what a target needs "
            "(measured on the lower of the self and manager levels)."
        )

    def _summary_text(self) -> str:
        view = self.controller.snapshot
        table = self.model.table
        assert view is not None
        assert table is not None
        shown = len(table.rows)
        if table.total and not shown:
            return self.tr("No skill matches “{query}”.").format(query=self.model.query.strip())
        skills = say_count("count_skills", table.total, view.lang)
        if shown < table.total:
            #: {skills} is "12 skills".
            parts = [self.tr("Showing {shown} of {skills}.").format(shown=shown, skills=skills)]
        else:
            parts = [f"{skills}."]
        for target in view.person.targets:
            found = view.gaps.get(target)
            unrated = found.unrated if found is not None else 0
            count = len(found.missing) - unrated if found is not None else 0
            title = view.role_title(target)
            if count:
                parts.append(
                    self.tr("Gaps for {target}: {count}.").format(count=count, target=title)
                )
            elif not unrated:
                parts.append(self.tr("No gaps for {target}.").format(target=title))
            if unrated:
                #: {unrated} is "3 skills not rated".
                parts.append(
                    self.tr("{target}: {unrated}.").format(
                        target=title, unrated=say_count("count_not_rated", unrated, view.lang)
                    )
                )
        return " ".join(parts)

    def _update_detail(self) -> None:
        view = self.controller.snapshot
        row = self.model.skill_row(self.model.row_of(self._skill)) if self._skill else None
        if view is None or row is None:
            self.detail_box.setTitle(self.tr("History"))
            self.levels_label.setText(self.tr("Select a skill to see its levels over time."))
            self.chart.set_history(None, "", ())
            return
        self.detail_box.setTitle(self.tr("History of {skill}").format(skill=row.name))
        self.levels_label.setText(self._levels_text(row))
        try:
            points = self.controller.app.history(view.person.id, row.skill)
        except Exception as error:  # the table still works; say why the chart is empty
            show_error(self, error)
            points = []
        self.chart.set_history(view, row.skill, points)

    def _levels_text(self, row: SkillRow) -> str:
        view = self.controller.snapshot
        assert view is not None

        def said(level: int | None) -> str:
            return level_label(view, level) if level is not None else not_rated()

        lines = [
            self.tr("Self: {own}. Manager: {manager}.").format(
                own=said(row.self_level), manager=said(row.manager_level)
            )
        ]
        for need in row.needs:
            if need.need is None:
                continue
            title = view.role_title(need.target)
            label = level_label(view, need.need)
            if need.unrated:
                lines.append(
                    self.tr("{target} needs {level}: {not_rated}").format(
                        target=title, level=label, not_rated=phrases.not_rated_yet()
                    )
                )
            elif need.gap:
                lines.append(
                    self.tr("{target} needs {level}: {points} to go.").format(
                        target=title, level=label, points=need.points
                    )
                )
            else:
                lines.append(
                    self.tr("{target} needs {level}: met.").format(target=title, level=label)
                )
        if row.description:
            lines.append(row.description)
        return "\n".join(lines)
