"""Steps 5+: a few skills per page, rated against their level descriptors; each page is saved
as one self-assessment when it is left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cxcareer.service.onboarding_steps import SkillToRate
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext
from cxcareer.ui.onboarding.skill_rating_box import SkillRatingBox

__all__ = ["RatingPage"]


class RatingPage(OnboardingPage):
    """Page ``number`` of ``total`` of ratings; skills without a pick are left unrated."""

    def __init__(
        self,
        context: WizardContext,
        skills: Sequence[SkillToRate],
        number: int,
        total: int,
        next_role: str | None,
    ) -> None:
        super().__init__(context)
        self.skills = tuple(skills)
        self.number = number
        self.total = total
        self.next_role = next_role
        framework = context.progress.framework()
        self.note = QLabel()
        self.note.setWordWrap(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        self.boxes: list[SkillRatingBox] = []
        known = context.progress.self_levels()
        for item in self.skills:
            box = SkillRatingBox(
                item,
                framework,
                context.controller.text,
                self._next_role_title(),
                inner,
                known_level=known.get(item.skill, 0),
            )
            inner_layout.addWidget(box)
            self.boxes.append(box)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.scroll_area, 1)
        self.retranslate()

    def _next_role_title(self) -> str | None:
        if self.next_role is None:
            return None
        framework = self.context.progress.framework()
        return self.context.controller.text(framework.role(self.next_role).title)

    def initializePage(self) -> None:
        known = self.context.progress.self_levels()
        for box in self.boxes:
            if box.item.skill in known:
                box.set_level(known[box.item.skill])
        if self.boxes:
            first = self.boxes[0]
            picked = first.level()
            button = first.buttons[picked] if picked is not None else first.buttons[0]
            button.setFocus()
        self.scroll_area.verticalScrollBar().setValue(0)

    def levels(self) -> dict[str, int]:
        """The levels picked on this page."""
        return {box.item.skill: level for box in self.boxes if (level := box.level()) is not None}

    def save(self) -> bool:
        levels = self.levels()
        if not levels:
            return True
        return self.context.write(self, lambda progress: progress.save_ratings(levels))

    def retranslate(self) -> None:
        self.setTitle(
            self.tr("Rate your skills ({number} of {total})").format(
                number=self.number, total=self.total
            )
        )
        self.setSubTitle(
            self.tr(
                "Pick the level that describes you today. \u201cNot yet\u201d is a fine answer."
            )
        )
        self.note.setText(
            self.tr(
                "These are the skills of your current role and of your next move. Your manager "
                "can add their view later."
            )
        )
        self.scroll_area.setAccessibleName(self.tr("Skills to rate"))
        for box in self.boxes:
            box.refresh_texts()

    def refresh_framework_texts(self) -> None:
        title = self._next_role_title()
        for box in self.boxes:
            box.set_next_role_title(title)
            box.refresh_texts()
