"""One skill to rate: its levels as radio buttons, each with what the level looks like.

Why radio buttons with the descriptor beside them: people rate better against a description
("handles routine contacts with scripts") than against a number. The descriptor sits in a
word-wrapped label next to each button (buttons do not wrap text); clicking it picks the level.
Arrow keys move between the levels of one skill, Tab to the next skill.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import Framework, Text
from cxcareer.service.onboarding_steps import LevelChoice, SkillToRate, level_choices

__all__ = ["SkillRatingBox"]


class _Descriptor(QLabel):
    """A wrapped descriptor that picks its level when clicked."""

    def __init__(self, button: QRadioButton) -> None:
        super().__init__()
        self._button = button
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
        super().mousePressEvent(event)


class SkillRatingBox(QGroupBox):
    """The levels of one skill; :meth:`level` is the one picked (None: none yet)."""

    def __init__(
        self,
        item: SkillToRate,
        framework: Framework,
        text: Callable[[Text | None], str],
        next_role_title: str | None,
        parent: QWidget | None = None,
        *,
        known_level: int = 0,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._framework = framework
        self._text = text
        self._next_role = next_role_title
        self.setObjectName(f"skill-{item.skill}")
        needed = max(item.current_need or 0, item.next_need or 0, known_level)
        self.choices: tuple[LevelChoice, ...] = level_choices(
            framework, item.skill, at_least=needed
        )
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        self.descriptors: dict[int, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        for row, choice in enumerate(self.choices):
            button = QRadioButton()
            button.setObjectName(f"level-{choice.level}")
            self.group.addButton(button, choice.level)
            descriptor = _Descriptor(button)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(descriptor, row, 1)
            self.buttons[choice.level] = button
            self.descriptors[choice.level] = descriptor
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs)
        layout.addLayout(grid)
        self.refresh_texts()

    def level(self) -> int | None:
        """The level picked, or None when none is."""
        picked = self.group.checkedId()
        return picked if picked >= 0 else None

    def set_level(self, level: int | None) -> None:
        """Pick ``level`` (None: clear the pick; a level not offered is ignored)."""
        if level is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            return
        chosen = self.buttons.get(level)
        if chosen is not None:
            chosen.setChecked(True)

    def level_label(self, choice: LevelChoice) -> str:
        """The button text: "Not yet" for 0, else "3 · Apply"."""
        if choice.level == 0:
            return self.tr("Not yet")
        name = self._text(choice.name)
        return f"{choice.level} · {name}" if name else str(choice.level)

    def refresh_texts(self) -> None:
        """Skill name, needs and descriptors in the current language."""
        skill = self._framework.skill(self.item.skill)
        name = self._text(skill.name)
        self.setTitle(name)
        self.setToolTip(self._text(skill.description))
        self.needs.setText(self._needs_text())
        for choice in self.choices:
            button = self.buttons[choice.level]
            label = self.level_label(choice)
            descriptor = self._text(choice.descriptor)
            if choice.level == 0:
                descriptor = self.tr("I have not used this skill yet.")
            button.setText(label)
            button.setAccessibleName(self.tr("{skill}: {level}").format(skill=name, level=label))
            button.setAccessibleDescription(descriptor)
            self.descriptors[choice.level].setText(descriptor)

    def _level_name(self, level: int) -> str:
        name = self._text(self._framework.scale.names.get(level))
        return f"{level} · {name}" if name else str(level)

    def _needs_text(self) -> str:
        parts = []
        if self.item.current_need is not None:
            parts.append(
                self.tr("Your role needs {level}.").format(
                    level=self._level_name(self.item.current_need)
                )
            )
        if self.item.next_need is not None and self._next_role:
            parts.append(
                self.tr("{role} needs {level}.").format(
                    role=self._next_role, level=self._level_name(self.item.next_need)
                )
            )
        return " ".join(parts)

    def set_next_role_title(self, title: str | None) -> None:
        """The next move's title changed language (call :meth:`refresh_texts` after)."""
        self._next_role = title
