"""What the Overview shows when nobody is selected: where this leaves you and what to do now.

Why more than one line: after "Skip for now" on a first start there is nobody in the database,
and a sentence in an empty grey pane leaves a new user nowhere. This says what the app is for,
lists what can be done without a profile, and offers each as a button — starting the set-up
again first.

Why the buttons trigger the main window's own actions (found by object name, ``action-<key>``
from :mod:`cxcareer.ui.actions`) instead of opening things themselves: the menu entry and the
button stay one command, hidden together when this build lacks it (no wizard, no People list).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxcareer.service.changes import Aspect, Changes
from cxcareer.ui.common.app_identity import app_icon_label
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.controller import ProfileController

__all__ = ["FirstSteps"]


class FirstSteps(QWidget):
    """``heading``, ``body`` and one button per way on: ``set_up``, ``add_person``, ``ladder``."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.controller = controller
        icon = app_icon_label(Qt.AlignmentFlag.AlignHCenter)
        self.heading = page_heading()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body = QLabel()
        self.body.setObjectName("firstStepsText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.set_up = QPushButton()
        self.set_up.setObjectName("firstStepsSetUp")
        self.set_up.setDefault(True)
        self.add_person = QPushButton()
        self.add_person.setObjectName("firstStepsAddPerson")
        self.ladder = QPushButton()
        self.ladder.setObjectName("firstStepsLadder")
        self._actions = {
            self.set_up: "action-onboarding",
            self.add_person: "action-new-person",
            self.ladder: "action-page-ladder",
        }
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button, action in self._actions.items():
            button.clicked.connect(lambda _checked=False, name=action: self._trigger(name))
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(icon)
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.body)
        column.addSpacing(12)
        column.addLayout(buttons)
        # A readable measure: the paragraphs keep to about 80 characters however wide the
        # window. Centred by stretches, not an alignment flag: an aligned widget gets its size
        # hint's height, too short for wrapped text narrower than the hint.
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().averageCharWidth() * 84)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        controller.changed.connect(self._changed)
        self.retranslate()

    # -- what it says ------------------------------------------------------------------
    def nobody_yet(self) -> bool:
        """True when the database holds no one (a first start, the set-up skipped)."""
        try:
            return not self.controller.app.people(include_archived=True)
        except Exception:  # the database went away: the window says so elsewhere
            return False

    def retranslate(self) -> None:
        """Texts in the current language, for an empty database or for nobody selected."""
        if self.nobody_yet():
            self.heading.setText(self.tr("Your profile is not set up yet"))
            intro = self.tr(
                "cxcareer shows where you stand in your career, how ready you are for the "
                "roles you aim at and which skills to develop next."
            )
        else:
            self.heading.setText(self.tr("Nobody is selected"))
            intro = self.tr(
                "Choose a person in the People list to see where they stand, or set up your "
                "own profile."
            )
        self.body.setText(
            "<p>{intro}</p><p>{now}</p><ul><li>{set_up}</li><li>{team}</li><li>{ladder}</li></ul>".format(
                intro=intro,
                now=self.tr("What you can do now:"),
                set_up=self.tr(
                    "Set up your profile: your role, where you would like to go and a first "
                    "rating of your skills, in about five minutes."
                ),
                team=self.tr(
                    "Add the people you manage, to prepare one-to-ones and follow your "
                    "team's readiness."
                ),
                ladder=self.tr(
                    "Explore the ladder: every role of the framework, what each requires and "
                    "how they connect, no profile needed."
                ),
            )
        )
        self.ladder.setText(self.tr("Explore the ladder"))
        self._show_available()

    # -- the ways on -------------------------------------------------------------------
    def _action(self, name: str) -> QAction | None:
        found = self.window().findChild(QAction, name)
        return found if isinstance(found, QAction) else None

    def _show_available(self) -> None:
        """A button shows only when the window has its action and shows it; the set-up and
        add-a-person buttons say what their menu entries say."""
        for button, name in self._actions.items():
            action = self._action(name)
            button.setVisible(action is not None and action.isVisible())
            if action is not None and button is not self.ladder:
                button.setText(action.text())

    def _trigger(self, name: str) -> None:
        action = self._action(name)
        if action is not None:
            action.trigger()

    # -- keeping up --------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(Aspect.PEOPLE):
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        self.retranslate()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
