"""Agreeing new actions during the meeting: a one-line form and the list agreed so far.

Why inline rather than a dialog: in a meeting actions are agreed as the conversation goes; a
line that stays open (Enter adds, focus returns to the title) keeps the manager's eyes on the
person. The actions are stored when the meeting is saved.

Signals:
    changed(): the list of agreed actions changed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.comparison import sort_key_text
from cxcareer.service.meeting_rows import NewAction
from cxcareer.ui.common import phrases
from cxcareer.ui.common.combo_room import ask_room_for
from cxcareer.ui.common.locale import write_dates_in
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.meeting.list_look import make_list
from cxcareer.ui.meeting.new_actions_model import NewActionsModel

__all__ = ["NewActionForm"]


class NewActionForm(QWidget):
    """Title, owner, due date, skill and Add; the agreed actions below with Remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PersonSnapshot | None = None
        self.title = QLineEdit()
        self.owner = QLineEdit()
        self.has_due = QCheckBox()
        self.has_due.setChecked(True)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.skill = SearchCombo()
        ask_room_for(self.skill, 12)
        self.add_button = QPushButton()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.model = NewActionsModel(self)
        self.list = make_list(self.model)
        # Room for two agreed actions at least, not a scroll area's default: the form's rows
        # and the notes above must fit a 1024×700 screen.
        self.list.setMinimumHeight(
            self.list.header().sizeHint().height() + 2 * self.list.fontMetrics().lineSpacing() + 8
        )
        self.remove_button = QPushButton()
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title)
        self.owner_label = QLabel()
        self.owner_label.setBuddy(self.owner)
        self.skill_label = QLabel()
        self.skill_label.setBuddy(self.skill)

        grid = QGridLayout()
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self.owner_label, 1, 0)
        # Owner and due date each get a whole row: side by side in Portuguese they left the
        # owner's name a few letters wide.
        grid.addWidget(self.owner, 1, 1, 1, 3)
        grid.addWidget(self.has_due, 2, 0)
        grid.addWidget(self.due, 2, 1, 1, 3)
        grid.addWidget(self.skill_label, 3, 0)
        grid.addWidget(self.skill, 3, 1, 1, 3)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        grid.addLayout(add_row, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addLayout(below)

        self.add_button.clicked.connect(self.add)
        self.title.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove.activated.connect(self.remove_selected)
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update())
        self.model.rowsInserted.connect(lambda *_a: self._update())
        self.model.rowsRemoved.connect(lambda *_a: self._update())
        self.model.modelReset.connect(self._update)
        self.reset_fields()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("&Action:"))
        self.title.setAccessibleName(self.tr("New action"))
        self.title.setPlaceholderText(self.tr("e.g. Lead the next escalation review"))
        self.owner_label.setText(self.tr("&Owner:"))
        self.owner.setAccessibleName(self.tr("Owner of the new action"))
        self.has_due.setText(self.tr("Due by"))
        self.has_due.setAccessibleName(self.tr("The new action has a due date"))
        self.due.setAccessibleName(self.tr("Due date of the new action"))
        self.skill_label.setText(self.tr("S&kill:"))
        self.skill.setAccessibleName(self.tr("Skill of the new action"))
        self.add_button.setText(self.tr("A&dd action"))
        self.add_button.setAccessibleName(self.tr("Add the new action to this meeting"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected agreed action"))
        self.list.setAccessibleName(self.tr("Actions agreed in this meeting"))
        if self.skill.count():
            self.skill.setItemText(0, phrases.no_particular_skill())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_view(self, view: PersonSnapshot | None) -> None:
        """Skills and the default owner come from the person being met."""
        person_changed = (view is None) != (self.view is None) or (
            view is not None and self.view is not None and view.person.id != self.view.person.id
        )
        self.view = view
        self.model.set_view(view)
        if view is not None:
            write_dates_in(self.due, view.lang)
        chosen = self.skill.currentData()
        self.skill.clear()
        self.skill.addItem(phrases.no_particular_skill(), None)
        if view is not None:
            for skill_id in sorted(
                view.framework.skills, key=lambda s: sort_key_text(view.skill_name(s))
            ):
                self.skill.addItem(view.skill_name(skill_id), skill_id)
        self.skill.setCurrentIndex(max(self.skill.findData(chosen), 0) if chosen else 0)
        if person_changed:
            self.reset_fields()

    def reset_fields(self) -> None:
        """Empty title, the person as owner, due in 30 days, no skill."""
        self.title.clear()
        self.owner.setText(self.view.person.name if self.view is not None else "")
        due = date.today() + timedelta(days=30)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.skill.setCurrentIndex(0)
        self.problem.hide()

    def add(self) -> bool:
        """Add the action in the fields to the list; False (and a hint) when a field is missing."""
        title = self.title.text().strip()
        owner = self.owner.text().strip()
        problem = ""
        if not title:
            problem = phrases.action_needs_title()
        elif not owner:
            problem = phrases.action_needs_owner()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            (self.title if not title else self.owner).setFocus()
            return False
        skill = self.skill.currentData()
        self.model.append(
            NewAction(
                title=title,
                owner=owner,
                due_on=self.due.date().toPython() if self.has_due.isChecked() else None,  # type: ignore[arg-type]
                skill=str(skill) if skill is not None else None,
            )
        )
        self.title.clear()
        self.problem.hide()
        self.title.setFocus()
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        """Take the selected action off the list (it was never stored)."""
        index = self.list.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self.changed.emit()

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentIndex().isValid())
