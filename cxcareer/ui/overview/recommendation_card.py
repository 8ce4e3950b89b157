"""The card the Overview opens on: one recommended move, how ready the person is, and the three
skills to develop first, each with a suggested action that goes into the plan in one click.

Why one card: the best career tools answer "where do I stand and what do I do next?" before
anything else. The card shows the person's first target (else the engine's best next move,
:func:`cxcareer.service.overview_rows.recommended_move`) with a painted readiness bar, the count
of required skills nobody rated (a 0 nobody gave is not a gap), and per skill the level dots and
an action built from the framework's own words for the next level. Its empty states say what to
do and offer the button that does it.

Signals:
    routesRequested(str): show the routes to the recommended role (the Paths screen).
    rateRequested(str): rate a skill ("" for "the unrated ones") on the Skills page.
    addRequested(str): add the suggested action of this skill to the plan.
    chooseRoleRequested(): choose the current role (no role and no target yet).
    addTargetRequested(): add a target (nothing to recommend from a top role).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_months, percent
from cxcareer.service.overview_rows import TOP_SKILLS, Recommendation, SkillToDevelop
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.texts import say, say_count
from cxcareer.ui.common import phrases
from cxcareer.ui.common.elided_label import ElidedLabel
from cxcareer.ui.overview.labels import kind_text
from cxcareer.ui.overview.level_dots import LevelDots
from cxcareer.ui.overview.readiness_bar import ReadinessBar
from cxcareer.ui.overview.views import hint_label

__all__ = ["RecommendationCard", "SkillLine"]

#: The room a skill's name gets on the card, in average characters.
_NAME_CHARACTERS = 24


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


@dataclass
class SkillLine:
    """The widgets of one skill to develop (kept for tests and for refilling in place)."""

    name: QPushButton
    dots: LevelDots
    levels: QLabel
    action: ElidedLabel
    button: QPushButton
    skill: SkillToDevelop | None = None

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.dots, self.levels, self.action, self.button)


class RecommendationCard(QFrame):
    """See the module docstring; ``show_for(view, recommendation)`` fills it."""

    routesRequested = Signal(str)
    rateRequested = Signal(str)
    addRequested = Signal(str)
    chooseRoleRequested = Signal()
    addTargetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self._view: PersonSnapshot | None = None
        self._shown: Recommendation | None = None
        self._writable = True

        self.kicker = hint_label()
        self.title = _bold(hint_label(), 1.25)
        self.open_button = QPushButton()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.facts = hint_label()

        self.bar = ReadinessBar()
        self.readiness = _bold(QLabel())
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.bar, 1)
        bar_row.addWidget(self.readiness)

        self.unrated_note = hint_label()
        self.rate_all_button = QPushButton()
        unrated_row = QHBoxLayout()
        unrated_row.addWidget(self.unrated_note, 1)
        unrated_row.addWidget(self.rate_all_button)

        self.skills_title = _bold(QLabel())
        self.skills_note = hint_label()
        self.lines: list[SkillLine] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(3, 1)
        for position in range(TOP_SKILLS):
            line = SkillLine(QPushButton(), LevelDots(), QLabel(), ElidedLabel(), QPushButton())
            line.name.setFlat(True)
            line.name.setStyleSheet("text-align: left; font-weight: bold; padding: 1px 2px;")
            line.levels.setTextFormat(Qt.TextFormat.PlainText)
            line.action.setContentsMargins(4, 0, 0, 6)
            row = position * 2
            grid.addWidget(line.name, row, 0)
            grid.addWidget(line.dots, row, 1)
            grid.addWidget(line.levels, row, 2)
            grid.addWidget(line.button, row, 4)
            grid.addWidget(line.action, row + 1, 0, 1, 5)
            line.name.clicked.connect(lambda _c=False, ln=line: self._rate(ln))
            line.button.clicked.connect(lambda _c=False, ln=line: self._act(ln))
            self.lines.append(line)

        self.empty = hint_label()
        self.empty_button = QPushButton()

        self.measure = QWidget()
        measure_layout = QVBoxLayout(self.measure)
        measure_layout.setContentsMargins(0, 0, 0, 0)
        measure_layout.addLayout(bar_row)
        measure_layout.addLayout(unrated_row)
        measure_layout.addWidget(self.skills_title)
        measure_layout.addWidget(self.skills_note)
        measure_layout.addLayout(grid)

        layout = QVBoxLayout(self)
        layout.addWidget(self.kicker)
        layout.addLayout(title_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.measure)
        layout.addWidget(self.empty)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.open_button.clicked.connect(self._open_role)
        self.rate_all_button.clicked.connect(lambda _c=False: self.rateRequested.emit(""))
        self.empty_button.clicked.connect(self._empty_action)
        self.retranslate()

    # -- filling ------------------------------------------------------------------------
    def recommendation(self) -> Recommendation | None:
        return self._shown

    def show_for(
        self, view: PersonSnapshot | None, shown: Recommendation | None, *, writable: bool
    ) -> None:
        """Show ``shown`` for the person of ``view`` (None: an empty state)."""
        self._view, self._shown, self._writable = view, shown, writable
        self._fill()

    def _fill(self) -> None:
        view, shown = self._view, self._shown
        has_move = view is not None and shown is not None
        self.measure.setVisible(has_move)
        self.open_button.setVisible(has_move)
        self.facts.setVisible(has_move)
        self.empty.setVisible(not has_move)
        self.empty_button.setVisible(not has_move)
        if view is None:
            return
        if shown is None:
            self._fill_empty(view)
            return
        self.kicker.setText(
            self.tr("Your target") if shown.is_target else self.tr("Suggested next move")
        )
        self.title.setText(view.role_title(shown.role))
        self.facts.setText(self._facts_text(view, shown))
        measured = shown.requirements > 0
        self.bar.set_value(shown.readiness if measured else None)
        self.bar.setAccessibleName(self.tr("Readiness: {value}").format(value=self._ready(shown)))
        self.readiness.setText(self._ready(shown))
        self.unrated_note.setVisible(shown.unrated > 0)
        self.rate_all_button.setVisible(shown.unrated > 0)
        self.rate_all_button.setEnabled(self._writable)
        if shown.unrated:
            self.unrated_note.setText(
                self.tr("{unrated}: they count as 0 until rated, so rate them first.").format(
                    unrated=say_count("count_not_rated", shown.unrated, view.lang)
                )
            )
        self.skills_title.setVisible(bool(shown.skills))
        self.skills_note.setVisible(not shown.skills)
        if not measured:
            self.skills_note.setText(
                self.tr(
                    "The framework lists no skill requirements for this role, so there is no "
                    "readiness to measure."
                )
            )
        elif not shown.skills:
            self.skills_note.setText(self.tr("You meet every skill requirement of this role."))
        for position, line in enumerate(self.lines):
            item = shown.skills[position] if position < len(shown.skills) else None
            self._fill_line(view, line, item)

    def _ready(self, shown: Recommendation) -> str:
        """ "62% ready · 3 skills not rated", or "no requirements defined"."""
        view = self._view
        assert view is not None
        if shown.requirements == 0:
            return readiness_label(shown, view.lang)
        ready = self.tr("{percent} ready").format(percent=percent(shown.readiness, view.lang))
        if not shown.unrated:
            return ready
        unrated = say_count("count_not_rated", shown.unrated, view.lang)
        return say("readiness_with_unrated", view.lang, percent=ready, unrated=unrated)

    def _facts_text(self, view: PersonSnapshot, shown: Recommendation) -> str:
        parts: list[str] = []
        if shown.kind is not None:
            parts.append(kind_text(shown.kind))
        elif shown.moves is not None:
            parts.append(say_count("count_moves", shown.moves, view.lang))
        elif view.person.current_role is None:
            parts.append(self.tr("choose a current role to see the route"))
        else:
            parts.append(self.tr("no route from the current role"))
        if shown.months:
            parts.append(
                self.tr("typically {time}").format(time=format_months(shown.months, view.lang))
            )
        return " · ".join(parts)

    def _fill_line(
        self, view: PersonSnapshot, line: SkillLine, item: SkillToDevelop | None
    ) -> None:
        line.skill = item
        for widget in line.widgets():
            widget.setVisible(item is not None)
        if item is None:
            return
        name = view.skill_name(item.skill)
        # A long skill name ("Sistemas de gestão do conhecimento") is shortened to about 24
        # characters, whole in the tooltip: the card must leave room for its action at 1024 px.
        metrics = line.name.fontMetrics()
        shown = metrics.elidedText(
            name, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * _NAME_CHARACTERS
        )
        line.name.setText(shown.replace("&", "&&"))
        line.name.setToolTip(self.tr("Rate {skill} on the Skills page").format(skill=name))
        line.name.setAccessibleName(self.tr("Rate {skill}").format(skill=name))
        line.dots.set_levels(item.have, item.need, rated=item.rated)
        if item.rated:
            levels = self.tr("{have} → {need}").format(have=item.have, need=item.need)
            said = self.tr("{skill}: level {have}, needed {need}").format(
                skill=name, have=item.have, need=item.need
            )
        else:
            levels = self.tr("{not_rated} → {need}").format(
                not_rated=phrases.not_rated(), need=item.need
            )
            said = self.tr("{skill}: not rated, needed {need}").format(skill=name, need=item.need)
        line.levels.setText(levels)
        line.dots.setAccessibleName(said)
        line.dots.setToolTip(said)
        action = item.action or self.tr(
            "Not rated yet: rate it to see the gap and a suggested action."
        )
        line.action.setText(action)
        line.action.setAccessibleDescription(action)
        if not item.rated:
            line.button.setText(self.tr("Rate…"))
            line.button.setAccessibleName(self.tr("Rate {skill}").format(skill=name))
            line.button.setEnabled(self._writable)
        elif item.planned:
            line.button.setText(self.tr("In the plan ✓"))
            line.button.setAccessibleName(
                self.tr("{skill} already has an open plan action").format(skill=name)
            )
            line.button.setEnabled(False)
        else:
            line.button.setText(self.tr("Add to plan"))
            line.button.setAccessibleName(
                self.tr("Add the suggested action for {skill} to the plan").format(skill=name)
            )
            line.button.setEnabled(self._writable)

    def _fill_empty(self, view: PersonSnapshot) -> None:
        self.kicker.setText(self.tr("Your next move"))
        self.empty_button.setEnabled(self._writable)
        if view.person.current_role is None:
            self.title.setText(self.tr("Where do you stand today?"))
            self.empty.setText(
                self.tr(
                    "Choose the role {name} holds today, or add a target role: the overview "
                    "then shows the move to work on, how ready {name} is and what to practise."
                ).format(name=view.person.name)
            )
            self.empty_button.setText(phrases.choose_current_role())
        else:
            self.title.setText(view.role_title(view.person.current_role))
            self.empty.setText(
                self.tr(
                    "No move leads on from this role in the framework. Add a target role to "
                    "see how ready you are for it and what to practise."
                )
            )
            self.empty_button.setText(phrases.add_a_target())

    # -- actions ------------------------------------------------------------------------
    def _open_role(self) -> None:
        if self._shown is not None:
            self.routesRequested.emit(self._shown.role)

    def _rate(self, line: SkillLine) -> None:
        if line.skill is not None:
            self.rateRequested.emit(line.skill.skill)

    def _act(self, line: SkillLine) -> None:
        item = line.skill
        if item is None:
            return
        if not item.rated:
            self.rateRequested.emit(item.skill)
        elif not item.planned:
            self.addRequested.emit(item.skill)

    def _empty_action(self) -> None:
        view = self._view
        if view is not None and view.person.current_role is None:
            self.chooseRoleRequested.emit()
        else:
            self.addTargetRequested.emit()

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        # The header already shows the current role on the ladder; here the next question is
        # how to get there.
        self.open_button.setText(self.tr("See the routes…"))
        self.open_button.setAccessibleName(self.tr("See the routes to the recommended role"))
        self.rate_all_button.setText(self.tr("Rate skills…"))
        self.rate_all_button.setAccessibleName(self.tr("Rate the skills not rated yet"))
        self.skills_title.setText(self.tr("Top skills to develop"))
        self.setAccessibleName(self.tr("Recommended next move"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
