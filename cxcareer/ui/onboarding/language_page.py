"""Step 1: welcome, and the language of the app — switching it re-translates at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout

from cxcareer.framework import SUPPORTED_LANGUAGES
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext

__all__ = ["LANGUAGE_NAMES", "LanguagePage"]

#: Each language named in itself, so anyone can find theirs whatever is showing now.
LANGUAGE_NAMES = {"en": "English", "pt-BR": "Português (Brasil)"}


class LanguagePage(OnboardingPage):
    """Welcome text and one radio button per language.

    The language preselected is the app's, which on a first start comes from the system
    locale (``QLocale.system()``, see :mod:`cxcareer.ui.app`).
    """

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.intro = QLabel()
        self.intro.setObjectName("welcomeSteps")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.choose = QLabel()
        self.choose.setWordWrap(True)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(context.read_only)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.choose)
        for number, lang in enumerate(SUPPORTED_LANGUAGES):
            button = QRadioButton(LANGUAGE_NAMES.get(lang, lang))
            button.setObjectName(f"language-{lang}")
            button.setChecked(lang == context.controller.lang)
            self.group.addButton(button, number)
            self.buttons[lang] = button
            layout.addWidget(button)
        # idClicked (no bool argument: PySide 6.12 mis-counts bools passed to Python slots in
        # some cases); arrow keys between the buttons click them too.
        self.group.idClicked.connect(self._clicked)
        layout.addSpacing(12)
        layout.addWidget(self.read_only_note)
        layout.addStretch(1)
        self.retranslate()

    def _clicked(self, number: int) -> None:
        lang = SUPPORTED_LANGUAGES[number]
        if lang != self.context.controller.lang:
            self.context.controller.set_language(lang)
            self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to cxcareer"))
        self.setSubTitle(self.tr("A few steps to see where you stand and what comes next."))
        self.intro.setText(
            self.tr(
                "Four short steps, about five minutes in all:"
                "<ol><li>your name;</li><li>the role you hold today;</li>"
                "<li>up to three roles you would like to reach;</li>"
                "<li>a first rating of a few skills.</li></ol>"
                "Everything is saved as you go. Skip any step and come back later from "
                "File › Set up my profile."
            )
        )
        self.choose.setText(self.tr("Language of the app:"))
        self.read_only_note.setText(
            self.tr("This database is open read-only: nothing you enter here can be saved.")
        )
        for lang, button in self.buttons.items():
            button.setAccessibleName(self.tr("Language: {0}").format(LANGUAGE_NAMES[lang]))
