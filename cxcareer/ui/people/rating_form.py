"""Recording one skill's level with a comment, as the manager (default) or as the person.

Why the manager is the default here: this screen is where a manager answers a self-assessment;
both histories are kept, so choosing "Self" adds to the person's own history instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.store.records import Assessor
from cxcareer.ui.common.combo_room import ask_room_for
from cxcareer.ui.people.labels import assessor_label, level_text

__all__ = ["RatingForm"]


class RatingForm(QWidget):
    """Level, comment and who rates; emits ``submitted(skill, level, assessor, comment)``.

    Signals:
        submitted(str, int, str, str): the skill id, level, ``Assessor`` value and comment.
    """

    submitted = Signal(str, int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._skill: str | None = None
        self._sides: tuple[Assessor, ...] = (Assessor.MANAGER, Assessor.SELF)
        self.assessor = QComboBox()
        self.level = QComboBox()
        # Room for a short level name; the form gives it all the width there is, so a long
        # one ("6 · Inicia e influencia") is elided only in a narrow window, never widens it.
        ask_room_for(self.level, 12)
        self.comment = QLineEdit()
        self.record = QPushButton()
        self.record.setEnabled(False)
        self.record.clicked.connect(self._submit)
        self.comment.returnPressed.connect(self._submit)
        self.labels = [QLabel(), QLabel(), QLabel()]
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(
            self.labels, (self.assessor, self.level, self.comment), strict=True
        ):
            label.setBuddy(field)
            layout.addRow(label, field)
        layout.addRow(self.record)
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Rate &as:"), self.tr("&Level:"), self.tr("&Comment:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._fill_sides(self.assessor.currentData() or Assessor.MANAGER.value)
        self.assessor.setAccessibleName(self.tr("Rate as"))
        self.level.setAccessibleName(self.tr("Level"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("Why this level?"))
        self.comment.setToolTip(self.tr("The comment is kept with the rating in its history."))
        self.record.setText(self.tr("&Record rating"))
        self.record.setAccessibleName(self.tr("Record rating"))

    def set_sides(self, sides: tuple[Assessor, ...]) -> None:
        """Offer only ``sides`` (see ``ProfileController.rating_sides``), the chosen one kept
        when it is still offered."""
        if sides != self._sides:
            self._sides = sides
            self._fill_sides(self.assessor.currentData())

    def _fill_sides(self, current: str | None) -> None:
        self.assessor.clear()
        for assessor in self._sides:
            self.assessor.addItem(assessor_label(assessor), assessor.value)
        self.assessor.setCurrentIndex(max(self.assessor.findData(current), 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_skill(self, view: PersonSnapshot | None, skill: str | None) -> None:
        """Rate ``skill`` next; the level starts at the chosen side's current level."""
        self._skill = skill if view is not None else None
        self.level.clear()
        if view is None or skill is None:
            self.record.setEnabled(False)
            return
        for level in range(view.framework.scale.max + 1):
            self.level.addItem(level_text(view, level), level)
        manager = view.manager_levels.get(skill)
        own = view.self_levels.get(skill)
        start = manager or own
        self.level.setCurrentIndex(self.level.findData(start.level) if start else 0)
        self.comment.clear()
        self.record.setEnabled(bool(self._sides))

    def _submit(self) -> None:
        if self._skill is None or self.level.currentData() is None:
            return
        self.submitted.emit(
            self._skill,
            int(self.level.currentData()),
            str(self.assessor.currentData()),
            self.comment.text().strip(),
        )
