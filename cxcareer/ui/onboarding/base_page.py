"""What every wizard page shares: the controller, the saved progress, and saving on leave.

Why a base class: "nothing is lost if the window is closed halfway" means every page must save
the same way whether it is left with Next, Back, Skip, Esc or the window's close button. Each
page says what to save in :meth:`OnboardingPage.save`; the wizard calls it at the right times.
Errors are shown in a message (never a traceback) and keep the page open on Next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWizardPage

from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.onboarding import OnboardingProgress
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.controller import ProfileController

__all__ = ["OnboardingPage", "WizardContext"]

T = TypeVar("T")


class WizardContext:
    """The controller and the onboarding progress the pages share, and the one way to write."""

    def __init__(self, controller: ProfileController, progress: OnboardingProgress) -> None:
        self.controller = controller
        self.progress = progress

    @property
    def read_only(self) -> bool:
        """True when nothing entered can be saved."""
        return bool(self.controller.read_only)

    def write(self, page: QWizardPage, fn: Callable[[OnboardingProgress], T]) -> bool:
        """Run a write; show a plain message and return False when it is refused."""
        if self.read_only:
            show_error(
                page,
                PermissionError(
                    QCoreApplication.translate(
                        "WizardContext", "This database is open read-only; nothing can be saved."
                    )
                ),
            )
            return False
        try:
            fn(self.progress)
        except Exception as error:
            show_error(page, error)
            return False
        return True


class OnboardingPage(QWizardPage):
    """A wizard page that saves what it holds when left and re-translates itself."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self.context = context
        context.controller.changed.connect(self._controller_changed)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Store what the page holds; False (after showing why) when it could not."""
        return True

    def keep(self) -> bool:
        """Save when the page is left without Next (Back, Skip, Esc, closing the window)."""
        return self.save()

    def validatePage(self) -> bool:
        """Next saves the page; a refused write keeps the person here."""
        return self.save()

    def cleanupPage(self) -> None:
        """Back keeps what was entered (the default would reset the page's fields)."""
        self.keep()

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set the page's own texts in the current language."""

    def _controller_changed(self, changes: Changes) -> None:
        if changes.touches(Aspect.LANGUAGE):
            self.refresh_framework_texts()

    def refresh_framework_texts(self) -> None:
        """Show framework content (roles, skills) in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
