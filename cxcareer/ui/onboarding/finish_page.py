"""Last step: what was saved, readiness for each target, and where to continue."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout

from cxcareer.service.readiness_words import readiness_label
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext

__all__ = ["FinishPage"]


class FinishPage(OnboardingPage):
    """A summary computed from the database, so it shows what was really stored."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.summary = QLabel()
        self.summary.setObjectName("finishSummary")
        self.summary.setWordWrap(True)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def initializePage(self) -> None:
        self._show_summary()

    def _show_summary(self) -> None:
        person_id = self.context.progress.person_id
        if person_id is None:
            self.summary.setText(self.tr("Nothing was saved yet."))
            return
        try:
            view = self.context.controller.app.person_snapshot(person_id)
        except Exception as error:  # the database went away: say so instead of a summary
            self.summary.setText(
                self.tr("Could not read your profile: {0}").format(describe_error(error))
            )
            return
        name = escape(view.person.name)
        lines = [self.tr("Your profile is ready, <b>{0}</b>.").format(name)]
        role = view.person.current_role
        if role:
            lines.append(self.tr("Current role: {0}.").format(escape(view.role_title(role))))
        for target, found in view.gaps.items():
            lines.append(
                self.tr("Ready for {role}: {percent}").format(
                    role=escape(view.role_title(target)),
                    percent=escape(readiness_label(found, view.lang)),
                )
            )
        lines.append(self.tr("Skills rated: {0}").format(len(view.self_levels)))
        self.summary.setText("<br>".join(lines))

    def retranslate(self) -> None:
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Here is where you stand."))
        self.next_steps.setText(
            self.tr(
                "The Overview shows your readiness and next moves; Skills holds your ratings "
                "and Paths the ways to your targets. Ask your manager to add their ratings, "
                "and run this set-up again any time from File › Set up my profile."
            )
        )
        if self.context.progress.person_id is not None:
            self._show_summary()

    def refresh_framework_texts(self) -> None:
        if self.context.progress.person_id is not None:
            self._show_summary()
