"""The development plan of one person: the actions table and what can be done to an action.

Why closing is undoable rather than confirmed: it happens often and is easily reversed; the
status log keeps every change with its time, so undoing loses nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import development
from cxcareer.service.plan_rows import PlanRow, plan_rows
from cxcareer.service.texts import say_count
from cxcareer.store.records import ActionStatus
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.action_dialog import ActionDialog, ActionForm
from cxcareer.ui.people.commands import ActionStatusCommand
from cxcareer.ui.people.labels import status_label
from cxcareer.ui.people.plan_model import PlanColumn, PlanModel

__all__ = ["PlanPanel"]


class PlanPanel(QWidget):
    """Actions with add, edit, done, dropped and reopen; ``reload()`` after any change."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today = date.today
        self.dialog: ActionDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.show_closed = QCheckBox()
        self.show_closed.setChecked(True)
        self.model = PlanModel(self)
        self.table = read_only_table(self.model, stretch=PlanColumn.TITLE)
        self.table.setAlternatingRowColors(True)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.done_button = QPushButton()
        self.drop_button = QPushButton()
        self.reopen_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.done_button,
            self.drop_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_closed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(lambda: self.set_status(ActionStatus.DONE))
        self.drop_button.clicked.connect(lambda: self.set_status(ActionStatus.DROPPED))
        self.reopen_button.clicked.connect(lambda: self.set_status(ActionStatus.OPEN))
        self.show_closed.toggled.connect(lambda _on: self.reload())
        self.table.doubleClicked.connect(lambda _index: self.edit_action())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        edit = QShortcut(
            QKeySequence(QKeySequence.StandardKey.InsertParagraphSeparator), self.table
        )
        edit.activated.connect(self.edit_action)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.show_closed.setText(self.tr("Show &finished and dropped"))
        self.show_closed.setAccessibleName(self.tr("Show finished and dropped actions"))
        self.table.setAccessibleName(self.tr("Development plan"))
        for button, text, name in (
            (self.add_button, self.tr("&New action…"), self.tr("New action")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the selected action")),
            (self.done_button, self.tr("Mark &done"), self.tr("Mark the selected action done")),
            (self.drop_button, self.tr("Dro&p"), self.tr("Drop the selected action")),
            (self.reopen_button, self.tr("Re&open"), self.tr("Reopen the selected action")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self.model.retranslate()
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the person's actions; the selected action stays selected."""
        view = self.controller.snapshot
        current = self.selected_row()
        keep = current.action.id if current is not None else None
        if view is None:
            self.model.set_rows(None, [])
        else:
            actions = development.list_actions(self.controller.app, view.person.id)
            rows = plan_rows(actions, self.today(), include_closed=self.show_closed.isChecked())
            self.model.set_rows(view, rows)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.table.selectRow(row)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        rows = [self.model.plan_row(i) for i in range(self.model.rowCount())]
        open_rows = [r for r in rows if r is not None and r.is_open]
        overdue = sum(1 for r in open_rows if r.overdue)
        if self.controller.snapshot is None:
            self.summary.setText("")
        elif not rows:
            self.summary.setText(self.tr("No actions yet. Add one for a skill to grow."))
        else:
            lang = self.controller.lang
            text = say_count("count_open_actions", len(open_rows), lang)
            if overdue:
                text += " — ⚠ " + say_count("count_overdue", overdue, lang)
            self.summary.setText(text)

    def selected_row(self) -> PlanRow | None:
        """The selected plan row (None: nothing selected)."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.plan_row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        writable = self.controller.snapshot is not None and not self.controller.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and row is not None)
        is_open = row is not None and row.is_open
        self.done_button.setEnabled(writable and is_open)
        self.drop_button.setEnabled(writable and is_open)
        self.reopen_button.setEnabled(writable and row is not None and not is_open)

    # -- actions ------------------------------------------------------------------------
    def add_action(self, skill: str | None = None) -> None:
        """Open the dialog for a new action (optionally for ``skill``); added when accepted."""
        view = self.controller.snapshot
        if view is None or self.controller.read_only:
            return
        dialog = ActionDialog(view, view.person.name, skill=skill, parent=self)
        dialog.accepted.connect(lambda: self._add(view.person.id, dialog.form()))
        self._open(dialog)

    def _add(self, person_id: str, form: ActionForm) -> None:
        self.controller.run(
            lambda app: development.add_action(
                app,
                person_id,
                form.title,
                form.owner,
                skill=form.skill,
                target_role=form.target_role,
                due_on=form.due_on,
            )
        )

    def edit_action(self) -> None:
        """Open the dialog on the selected action; its fields are replaced when accepted."""
        view = self.controller.snapshot
        row = self.selected_row()
        if view is None or row is None or self.controller.read_only:
            return
        dialog = ActionDialog(view, row.action.owner, row.action, parent=self)
        dialog.accepted.connect(lambda: self._update(row.action.id, dialog.form()))
        self._open(dialog)

    def _update(self, action_id: str, form: ActionForm) -> None:
        self.controller.run(
            lambda app: development.update_action(
                app,
                action_id,
                title=form.title,
                owner=form.owner,
                skill=form.skill,
                target_role=form.target_role,
                due_on=form.due_on,
            )
        )

    def _open(self, dialog: ActionDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def set_status(self, status: ActionStatus) -> None:
        """Give the selected action ``status`` as an undoable step."""
        row = self.selected_row()
        if row is None or row.action.status is status or self.controller.read_only:
            return
        text = self.tr("Mark “{0}” {1}").format(row.action.title, status_label(status).lower())
        command = ActionStatusCommand(
            self.controller, row.action.id, status, row.action.status, text
        )
        self.controller.undo_stack.push(command)
