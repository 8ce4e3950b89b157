"""Adding evidence to a skill: level, kind, strength, date, what happened and a link.

Why "Verified" is not offered here: verification is a separate step the manager takes on an
entry (it records who verified it); here a person states a claim or gives an example.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.comparison import sort_key_text
from cxcareer.store.records import EvidenceKind, EvidenceStrength
from cxcareer.ui.common.form_dialog import FormDialog
from cxcareer.ui.common.locale import write_dates_in
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.people.labels import kind_label, level_text, strength_label

__all__ = ["EvidenceDialog", "EvidenceForm"]


@dataclass(frozen=True)
class EvidenceForm:
    skill: str
    level: int
    kind: EvidenceKind
    strength: EvidenceStrength
    observed_on: date
    text: str
    link: str


class EvidenceDialog(FormDialog):
    """The fields of one evidence entry; ``form()`` once accepted."""

    def __init__(
        self, view: PersonSnapshot, skill: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence for {0}").format(view.person.name))
        self.skill = SearchCombo()
        self.skill.setAccessibleName(self.tr("Skill"))
        for skill_id in sorted(
            view.framework.skills, key=lambda s: sort_key_text(view.skill_name(s))
        ):
            self.skill.addItem(view.skill_name(skill_id), skill_id)
        if skill is not None and self.skill.findData(skill) >= 0:
            self.skill.setCurrentIndex(self.skill.findData(skill))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level shown"))
        for level in range(1, view.framework.scale.max + 1):
            self.level.addItem(level_text(view, level), level)
        current = view.levels.get(self.skill.currentData() or "", 0)
        self.level.setCurrentIndex(max(min(current, view.framework.scale.max) - 1, 0))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in EvidenceKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.strength = QComboBox()
        self.strength.setAccessibleName(self.tr("Strength"))
        for strength in (EvidenceStrength.EXAMPLE, EvidenceStrength.CLAIM):
            self.strength.addItem(strength_label(strength), strength.value)
        self.observed = QDateEdit(QDate.currentDate())
        self.observed.setCalendarPopup(True)
        write_dates_in(self.observed, view.lang)
        self.observed.setMaximumDate(QDate.currentDate())
        self.observed.setAccessibleName(self.tr("Date"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What happened"))
        self.text.setPlaceholderText(
            self.tr("What was done, for whom, with what result — in a sentence or two.")
        )
        self.link = QLineEdit()
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText(self.tr("Optional: ticket, document or certificate URL"))

        self.add_row(self.tr("&Skill:"), self.skill)
        self.add_row(self.tr("&Level shown:"), self.level)
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("S&trength:"), self.strength)
        self.add_row(self.tr("&Date:"), self.observed)
        self.add_row(self.tr("&What happened:"), self.text)
        self.add_row(self.tr("Lin&k:"), self.link)
        self.text.setFocus()

    def form(self) -> EvidenceForm:
        return EvidenceForm(
            skill=str(self.skill.currentData()),
            level=int(self.level.currentData()),
            kind=EvidenceKind(self.kind.currentData()),
            strength=EvidenceStrength(self.strength.currentData()),
            observed_on=self.observed.date().toPython(),  # type: ignore[arg-type]
            text=self.text.toPlainText().strip(),
            link=self.link.text().strip(),
        )

    def problem_text(self) -> str:
        """Evidence says what happened."""
        if not self.text.toPlainText().strip():
            return self.tr("Describe what happened.")
        return ""

    def problem_field(self) -> QWidget:
        """The description, the only field that can be missing."""
        return self.text
