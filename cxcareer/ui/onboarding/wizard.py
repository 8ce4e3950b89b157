"""The first-run wizard: language, profile, current role, targets, then a first self-rating.

Why a wizard that saves as it goes: setting up a profile is the first thing a person does and
the easiest to abandon. Every step is written when it is left (Next, Back, Skip for now, Esc or
closing the window), so coming back later starts from what was entered. The rating pages are
built once the role and targets are known: the skills of the current role and of the next move,
a few per page.

When the wizard closes, the person it set up is remembered as "me" on this database and
selected everywhere (``controller.select_person``); ``finished`` is emitted as for any dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from cxcareer.service.onboarding import OnboardingProgress
from cxcareer.service.onboarding_steps import RATINGS_PER_PAGE
from cxcareer.ui.common.app_identity import app_icon
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext
from cxcareer.ui.onboarding.finish_page import FinishPage
from cxcareer.ui.onboarding.language_page import LanguagePage
from cxcareer.ui.onboarding.profile_page import ProfilePage
from cxcareer.ui.onboarding.rating_page import RatingPage
from cxcareer.ui.onboarding.role_page import RolePage
from cxcareer.ui.onboarding.targets_page import TargetsPage

__all__ = ["OnboardingWizard"]

LANGUAGE, PROFILE, ROLE, TARGETS = 0, 1, 2, 3
#: Rating pages get ids from here on, so they sort between the targets and the last page.
FIRST_RATING = 100
FINISH = 1000
#: The app icon in each page's header, beside its title.
LOGO_SIZE = 48
#: The smallest size, in average characters and lines of the app's font: room for a tree of
#: roles and for paragraphs that read as paragraphs, whatever the font size.
MIN_COLUMNS, MIN_LINES = 116, 34


class OnboardingWizard(QWizard):
    """Set up (or go over again) the profile of the person using the app.

    Opens on the person remembered as "me" on this database when there is one, else creates a
    new person when the profile step is done.

    Signals:
        finished(int): inherited from QDialog; the person set up is selected by then.
    """

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingWizard")
        self.controller = controller
        self.progress = OnboardingProgress(controller.app, self._existing_me())
        self.context = WizardContext(controller, self.progress)
        self._closing = False
        self._plan_key: tuple[object, ...] | None = None
        self.rating_pages: list[RatingPage] = []
        self.language_page = LanguagePage(self.context)
        self.profile_page = ProfilePage(self.context)
        self.role_page = RolePage(self.context)
        self.targets_page = TargetsPage(self.context)
        self.finish_page = FinishPage(self.context)
        self.setPage(LANGUAGE, self.language_page)
        self.setPage(PROFILE, self.profile_page)
        self.setPage(ROLE, self.role_page)
        self.setPage(TARGETS, self.targets_page)
        self.setPage(FINISH, self.finish_page)
        self.setStartId(LANGUAGE)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(LOGO_SIZE, LOGO_SIZE))
        self.retranslate()
        self._fit_to_content()

    def _fit_to_content(self) -> None:
        """As large as the largest page needs, at least the minimum: no 820×640 for two choices.

        The minimum is in the font's units, so a larger system font gets a larger wizard; the
        pages' own layouts decide the rest.
        """
        metrics = self.fontMetrics()
        self.setMinimumSize(
            metrics.averageCharWidth() * MIN_COLUMNS, metrics.lineSpacing() * MIN_LINES
        )
        self.adjustSize()

    def _existing_me(self) -> str | None:
        me = self.controller.me_id()
        if me is None:
            return None
        if any(person.id == me for person in self.controller.app.people(include_archived=True)):
            return me
        return None

    # -- moving between pages ----------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        """Next: save the page; after the targets step, lay out the rating pages."""
        if not super().validateCurrentPage():
            return False
        if self.currentId() == TARGETS:
            self._build_rating_pages()
        return True

    def _build_rating_pages(self) -> None:
        plan = self.progress.rating_plan(RATINGS_PER_PAGE)
        key = (plan.next_role, plan.skills)
        if key == self._plan_key:
            return
        self._plan_key = key
        for page in self.rating_pages:
            self.removePage(self._id_of(page))
            page.deleteLater()
        self.rating_pages = []
        for number, skills in enumerate(plan.pages, start=1):
            page = RatingPage(self.context, skills, number, len(plan.pages), plan.next_role)
            self.setPage(FIRST_RATING + number - 1, page)
            self.rating_pages.append(page)

    def _id_of(self, page: OnboardingPage) -> int:
        for page_id in self.pageIds():
            if self.page(page_id) is page:
                return page_id
        raise LookupError("page not in the wizard")

    def _page_changed(self, page_id: int) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setVisible(page_id != FINISH)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.reject()

    # -- closing -----------------------------------------------------------------------
    def done(self, result: int) -> None:
        """However the wizard closes, keep the current page and select the person set up."""
        if not self._closing:
            self._closing = True
            page = self.currentPage()
            if result != QWizard.DialogCode.Accepted.value and isinstance(page, OnboardingPage):
                page.keep()
            person_id = self.progress.person_id
            if person_id is not None:
                self.controller.set_me(person_id)
                self.controller.select_person(person_id)
        super().done(result)

    # -- texts -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Window title and button texts in the current language."""
        self.setWindowTitle(self.tr("Set up my profile"))
        texts = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CustomButton1: self.tr("&Skip for now"),
        }
        for which, text in texts.items():
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr("Close the set-up; what you entered so far is kept (Esc does the same).")
        )
