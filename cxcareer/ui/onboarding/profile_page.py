"""Step 2: your name and (optionally) email; the person is created when this step is done."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from cxcareer.service.onboarding import looks_like_email
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext

__all__ = ["ProfilePage"]


class ProfilePage(OnboardingPage):
    """Name (required) and email (optional, checked for its shape)."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        person = context.progress.person()
        self.name = QLineEdit(person.name if person else "")
        self.name.setObjectName("name")
        self.email = QLineEdit((person.email or "") if person else "")
        self.email.setObjectName("email")
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.email_label = QLabel()
        self.email_label.setBuddy(self.email)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name)
        form.addRow(self.email_label, self.email)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addSpacing(8)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.name.textChanged.connect(self._changed)
        self.email.textChanged.connect(self._changed)
        self.retranslate()

    def initializePage(self) -> None:
        self.name.setFocus()

    def isComplete(self) -> bool:
        return (
            bool(self.name.text().strip())
            and looks_like_email(self.email.text())
            and not self.context.read_only
        )

    def _changed(self) -> None:
        self.problem.setVisible(not looks_like_email(self.email.text()))
        self.completeChanged.emit()

    def save(self) -> bool:
        """Create the person (or update their name and email when they already exist)."""
        if not self.isComplete():
            return False
        return self.context.write(
            self, lambda progress: progress.save_profile(self.name.text(), self.email.text())
        )

    def keep(self) -> bool:
        """Leaving other than by Next creates nobody; an existing person's edits are kept."""
        if self.context.progress.person_id is None:
            return True
        return self.save()

    def retranslate(self) -> None:
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("Your profile is stored in this database only."))
        self.name_label.setText(self.tr("&Name:"))
        self.email_label.setText(self.tr("&Email (optional):"))
        self.name.setPlaceholderText(self.tr("e.g. Ana Souza"))
        self.email.setPlaceholderText(self.tr("e.g. ana.souza@example.com"))
        self.name.setAccessibleName(self.tr("Name"))
        self.email.setAccessibleName(self.tr("Email (optional)"))
        self.hint.setText(
            self.tr(
                "Your name is how you appear to your manager in one-to-ones and team views. "
                "The email is only shown, never used to send anything."
            )
        )
        self.problem.setText(self.tr("This does not look like an email address."))
