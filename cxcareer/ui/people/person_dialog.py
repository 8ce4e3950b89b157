"""Adding or editing a person: name, email, manager, current role and up to three targets.

Why one dialog for both: the same fields, the same checks; editing starts filled in. Roles are
listed by title in the current language, ordered by level, from the person's own framework.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cxcareer.framework import Framework, Role
from cxcareer.store.errors import NotFound
from cxcareer.store.records import MAX_TARGETS, PersonRecord
from cxcareer.ui.common.form_dialog import FormDialog
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.controller import ProfileController

__all__ = ["PersonDialog", "PersonForm"]


@dataclass(frozen=True)
class PersonForm:
    """What the dialog holds when accepted."""

    name: str
    email: str
    manager_id: str | None
    current_role: str | None
    targets: tuple[str, ...]


class PersonDialog(FormDialog):
    """Fields of a person; ``form()`` gives the values once accepted."""

    def __init__(
        self,
        controller: ProfileController,
        framework: Framework,
        person: PersonRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self._controller = controller
        self._person = person
        self.name = QLineEdit(person.name if person else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.email = QLineEdit((person.email or "") if person else "")
        self.email.setAccessibleName(self.tr("Email"))
        self.manager = QComboBox()
        self.manager.setAccessibleName(self.tr("Manager"))
        self.manager.addItem(self.tr("No manager"), None)
        for other in controller.app.people(include_archived=False):
            if person is None or other.id != person.id:
                self.manager.addItem(other.name, other.id)
        if person is not None and person.manager_id is not None:
            if self.manager.findData(person.manager_id) < 0:  # an archived manager stays
                self.manager.addItem(self._unlisted_manager(person.manager_id), person.manager_id)
            self.manager.setCurrentIndex(self.manager.findData(person.manager_id))
        elif person is None:
            me = controller.me_id()
            if me is not None and self.manager.findData(me) >= 0:
                self.manager.setCurrentIndex(self.manager.findData(me))
        if not controller.manages_people():
            # On a company server HR alone moves people and renames them (a name signs one's
            # ratings and one-to-ones, so nobody renames themself).
            self.manager.setEnabled(False)
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("On the company server HR changes names."))
            self.manager.setToolTip(self.tr("On the company server only HR changes managers."))
        roles = sorted(framework.roles.values(), key=lambda r: (r.level, controller.text(r.title)))
        self.current_role = self._role_combo(
            roles, self.tr("No current role"), self.tr("Current role")
        )
        self.targets = [
            self._role_combo(roles, self.tr("No target"), self.tr("Target role {0}").format(i))
            for i in range(1, MAX_TARGETS + 1)
        ]
        if person is not None:
            self._choose(self.current_role, person.current_role)
            for combo, target in zip(self.targets, person.targets, strict=False):
                self._choose(combo, target)

        self.add_row(self.tr("&Name:"), self.name)
        self.add_row(self.tr("&Email:"), self.email)
        self.add_row(self.tr("&Manager:"), self.manager)
        self.add_row(self.tr("&Current role:"), self.current_role)
        self.add_row(self.tr("&Main target:"), self.targets[0])
        self.add_row(self.tr("Second &target:"), self.targets[1])
        self.add_row(self.tr("Thi&rd target:"), self.targets[2])
        self.name.setFocus()

    def _unlisted_manager(self, manager_id: str) -> str:
        """An archived manager's name; a manager this login may not see (a company server
        hides an employee's manager) is kept unchanged, named by neither name nor id."""
        try:
            return self._controller.app.person(manager_id).name
        except NotFound:
            return self.tr("Unchanged (not visible to you)")

    def _role_combo(self, roles: list[Role], empty: str, accessible: str) -> QComboBox:
        combo = SearchCombo()
        combo.setAccessibleName(accessible)
        combo.addItem(empty, None)
        for role in roles:
            combo.addItem(self._controller.text(role.title), role.id)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, value: str | None) -> None:
        found = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(found, 0))

    def form(self) -> PersonForm:
        """The values as typed and chosen (targets without blanks, in order)."""
        targets = tuple(
            str(combo.currentData()) for combo in self.targets if combo.currentData() is not None
        )
        current = self.current_role.currentData()
        manager = self.manager.currentData()
        return PersonForm(
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            manager_id=str(manager) if manager is not None else None,
            current_role=str(current) if current is not None else None,
            targets=targets,
        )

    def problem_text(self) -> str:
        """A name is needed, and a target role may be chosen once only."""
        form = self.form()
        if not form.name:
            return self.tr("Type a name.")
        if len(set(form.targets)) != len(form.targets):
            return self.tr("The same target role is chosen twice.")
        return ""
