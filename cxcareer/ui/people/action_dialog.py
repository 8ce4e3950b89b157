"""Adding or editing a development action: what, who owns it, by when, for which skill and role.

Why the due date has its own check box: many actions have no date, and a date field always
shows one; an unticked box says "no due date" plainly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.comparison import scope_roles, sort_key_text
from cxcareer.store.records import ActionRecord
from cxcareer.ui.common import phrases
from cxcareer.ui.common.form_dialog import FormDialog
from cxcareer.ui.common.locale import write_dates_in
from cxcareer.ui.common.search_combo import SearchCombo

__all__ = ["ActionDialog", "ActionForm"]


@dataclass(frozen=True)
class ActionForm:
    title: str
    owner: str
    due_on: date | None
    skill: str | None
    target_role: str | None


class ActionDialog(FormDialog):
    """The fields of an action; ``form()`` once accepted."""

    def __init__(
        self,
        view: PersonSnapshot,
        owner: str,
        action: ActionRecord | None = None,
        *,
        skill: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.title = QLineEdit(action.title if action else "")
        self.title.setAccessibleName(self.tr("Action"))
        self.title.setPlaceholderText(self.tr("e.g. Shadow a team lead for two weeks"))
        self.owner = QLineEdit(action.owner if action else owner)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        due = action.due_on if action and action.due_on else date.today() + timedelta(days=30)
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        write_dates_in(self.due, view.lang)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.setChecked(action is None or action.due_on is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.skill = SearchCombo()
        self.skill.setAccessibleName(self.tr("Skill"))
        self.skill.addItem(phrases.no_particular_skill(), None)
        for skill_id in sorted(
            view.framework.skills, key=lambda s: sort_key_text(view.skill_name(s))
        ):
            self.skill.addItem(view.skill_name(skill_id), skill_id)
        chosen_skill = action.skill if action else skill
        if chosen_skill is not None and self.skill.findData(chosen_skill) < 0:
            # Kept from before a switch of framework: offered as it was, or OK would drop it.
            self.skill.addItem(view.skill_name(chosen_skill), chosen_skill)
        if chosen_skill is not None:
            self.skill.setCurrentIndex(max(self.skill.findData(chosen_skill), 0))
        self.role = SearchCombo()
        self.role.setAccessibleName(self.tr("Target role"))
        self.role.addItem(self.tr("No particular role"), None)
        in_scope = [r for r in scope_roles(view) if r != view.person.current_role]
        others = sorted(
            (r for r in view.framework.roles if r not in in_scope),
            key=lambda r: (view.framework.roles[r].level, sort_key_text(view.role_title(r))),
        )
        for role_id in [*in_scope, *others]:
            self.role.addItem(view.role_title(role_id), role_id)
        chosen_role = action.target_role if action else (in_scope[0] if in_scope else None)
        if chosen_role is not None and self.role.findData(chosen_role) < 0:
            self.role.addItem(view.role_title(chosen_role), chosen_role)
        if chosen_role is not None:
            self.role.setCurrentIndex(max(self.role.findData(chosen_role), 0))

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.add_row(self.tr("&Action:"), self.title)
        self.add_row(self.tr("&Owner:"), self.owner)
        self.add_row(self.tr("Due date:"), due_row)
        self.add_row(self.tr("&Skill:"), self.skill)
        self.add_row(self.tr("&Target role:"), self.role)
        self.title.setFocus()

    def form(self) -> ActionForm:
        skill = self.skill.currentData()
        role = self.role.currentData()
        return ActionForm(
            title=self.title.text().strip(),
            owner=self.owner.text().strip(),
            due_on=self.due.date().toPython() if self.has_due.isChecked() else None,  # type: ignore[arg-type]
            skill=str(skill) if skill is not None else None,
            target_role=str(role) if role is not None else None,
        )

    def problem_text(self) -> str:
        """An action says what it is and who owns it."""
        form = self.form()
        if not form.title:
            return phrases.action_needs_title()
        if not form.owner:
            return phrases.action_needs_owner()
        return ""
