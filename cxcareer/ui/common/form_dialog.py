"""The skeleton of a dialog that asks for a few fields: labelled rows, what is wrong, OK/Cancel.

Why one skeleton: the dialogs that add or edit a person, an action or evidence, and the one that
picks a role, all lay their fields out the same way, show the reason OK was refused in a line
under them (named for screen readers), and wire OK and Cancel the same way. Written once, each
dialog keeps only its fields and its rules, and they cannot drift apart in look or behaviour.

A subclass builds its fields, adds them with :meth:`FormDialog.add_row` and overrides:

* :meth:`FormDialog.problem_text` — why OK cannot be accepted now (``""``: it can). It is asked when
  OK is pressed; a problem is shown under the form and the dialog stays open.
* :meth:`FormDialog.can_accept` — whether OK is enabled at all (default: always); call
  :meth:`FormDialog.update_ok` when something it depends on changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FormDialog"]


class FormDialog(QDialog):
    """Rows of fields, the ``problem`` line (hidden until OK is refused), OK/Cancel ``buttons``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout()
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        """The OK button."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def add_row(self, label: str | QLabel, field: QWidget | QLayout) -> None:
        """A row: ``label`` (its ``&`` mnemonic focuses ``field``) beside or above ``field``."""
        self.form_layout.addRow(label, field)

    def problem_text(self) -> str:
        """Why OK cannot be accepted now; ``""`` when it can. Override."""
        return ""

    def problem_field(self) -> QWidget | None:
        """The field to put the cursor in when :meth:`problem_text` refuses OK (None: stay)."""
        return None

    def can_accept(self) -> bool:
        """Whether OK is enabled at all. Override, and call :meth:`update_ok` on changes."""
        return True

    def update_ok(self) -> None:
        """Enable or disable OK as :meth:`can_accept` says."""
        self.ok_button.setEnabled(self.can_accept())

    def show_problem(self, text: str) -> None:
        """Say under the form why OK was refused."""
        self.problem.setText(text)
        self.problem.show()

    def _check_and_accept(self) -> None:
        text = self.problem_text()
        if text:
            self.show_problem(text)
            field = self.problem_field()
            if field is not None:
                field.setFocus()
            return
        self.accept()
