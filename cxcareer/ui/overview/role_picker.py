"""A small dialog to choose one role of the person's framework (current role, a new target).

Why a dialog: the overview's empty states ("no role chosen yet", "no targets") should be one
click from fixed, without sending the person to another screen. The two questions the overview
asks with it (:func:`ask_current_role`, :func:`ask_new_target`) live here with the dialog, so the
screen keeps only what it does with the answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from cxcareer.service.career import PersonSnapshot
from cxcareer.ui.common import phrases
from cxcareer.ui.common.form_dialog import FormDialog
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.overview.roles_model import RolesModel

__all__ = ["RolePickerDialog", "ask_current_role", "ask_new_target"]


class RolePickerDialog(FormDialog):
    """Pick a role; :meth:`chosen_role` after ``exec()`` returns ``Accepted``.

    OK stays disabled when no role is left to choose (every role excluded).
    """

    def __init__(
        self,
        view: PersonSnapshot,
        title: str,
        prompt: str,
        *,
        exclude: Iterable[str] = (),
        preselect: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.model = RolesModel(self)
        self.model.set_view(view, exclude=exclude)
        self.combo = SearchCombo()
        self.combo.setModel(self.model)
        self.combo.setAccessibleName(prompt)
        self.prompt.setBuddy(self.combo)
        row = self.model.row_of(preselect)
        self.combo.setCurrentIndex(row if row >= 0 else 0)
        # The prompt is a sentence naming the person: above the list, across the dialog.
        self.form_layout.addRow(self.prompt)
        self.form_layout.addRow(self.combo)
        self.update_ok()

    def can_accept(self) -> bool:
        """A role can be chosen only when the list has one."""
        return self.model.rowCount() > 0

    def chosen_role(self) -> str | None:
        """The role id in the combo (None when the list is empty)."""
        return self.model.role_at(self.combo.currentIndex())


def ask_current_role(view: PersonSnapshot, parent: QWidget | None = None) -> str | None:
    """Ask which role the selected person holds today; None when cancelled."""
    dialog = RolePickerDialog(
        view,
        QCoreApplication.translate("RolePickerDialog", "Current role"),
        QCoreApplication.translate("RolePickerDialog", "The role {name} holds today:").format(
            name=view.person.name
        ),
        preselect=view.person.current_role,
        parent=parent,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_role()
    return None


def ask_new_target(view: PersonSnapshot, parent: QWidget | None = None) -> str | None:
    """Ask for one more target role (neither the current role nor a target yet); None: cancelled.

    The first next move is offered first: the likeliest answer.
    """
    exclude = set(view.person.targets)
    if view.person.current_role:
        exclude.add(view.person.current_role)
    preselect = view.next_moves[0].role if view.next_moves else None
    dialog = RolePickerDialog(
        view,
        phrases.add_a_target_role(),
        QCoreApplication.translate("RolePickerDialog", "A role {name} is aiming for:").format(
            name=view.person.name
        ),
        exclude=exclude,
        preselect=preselect,
        parent=parent,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_role()
    return None
