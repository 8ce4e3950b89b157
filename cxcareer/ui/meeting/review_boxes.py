"""The one-to-one screen's left column: what to go through before writing anything.

Three boxes, top to bottom, in the order a manager walks them: what changed since the last
meeting, the open actions (ticked off in place), and the past meetings. Why widgets of their
own: each owns its view, its model and its fixed texts; the meeting page fills them from the
snapshot and wires what they do, so its refresh stays in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.store.records import ActionStatus
from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.common.wrap_rows import wrap_rows
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.meeting.agenda_model import AgendaModel
from cxcareer.ui.meeting.changes_model import ChangesModel
from cxcareer.ui.meeting.list_look import make_list
from cxcareer.ui.meeting.past_meetings_model import PastColumn, PastMeetingsModel
from cxcareer.ui.people.commands import ActionStatusCommand

__all__ = ["AgendaBox", "ChangesBox", "PastMeetingsBox"]


class ChangesBox(QGroupBox):
    """Since when (``since_label``), then the changes ``tree`` or, when none, ``no_changes``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.since_label = QLabel()
        self.since_label.setWordWrap(True)
        self.model = ChangesModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        wrap_rows(self.tree)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_readable(self.tree, 0)
        self.no_changes = QLabel()
        self.no_changes.setWordWrap(True)
        self.no_changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.no_changes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.since_label)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        """Fixed texts and the model's, in the current language."""
        self.setTitle(self.tr("Since the last meeting"))
        self.tree.setAccessibleName(self.tr("Changes since the last meeting"))
        self.model.retranslate()
        self.tree.expandAll()


class AgendaBox(QGroupBox):
    """The open actions to go through (``list``), with a ``hint`` above them; ticking one is
    an undoable step (:meth:`set_done`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self.list = make_list(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def retranslate(self) -> None:
        """Fixed texts and the model's, in the current language."""
        self.setTitle(self.tr("Open actions"))
        self.list.setAccessibleName(self.tr("Open actions to go through"))
        self.model.retranslate()
        self.show_hint()

    def show_hint(self) -> None:
        """How to use the list, or what to do when it is empty."""
        self.hint.setText(
            self.tr("No open actions. Agree new ones on the right.")
            if self.model.rowCount() == 0
            else self.tr("Tick an action when it is done. Ctrl+Z undoes a tick.")
        )

    def set_done(self, controller: ProfileController, action_id: str, done: bool) -> None:
        """Tick (or untick) an open action as one undoable step on ``controller``'s stack."""
        model = self.model
        action = next(
            (model.action(r) for r in range(model.rowCount()) if model.action(r).id == action_id),  # type: ignore[union-attr]
            None,
        )
        if action is None or controller.read_only:
            return
        new = ActionStatus.DONE if done else ActionStatus.OPEN
        if action.status is new:
            return
        text = (
            self.tr("Mark “{0}” done").format(action.title)
            if done
            else self.tr("Reopen “{0}”").format(action.title)
        )
        command = ActionStatusCommand(controller, action.id, new, action.status, text)
        controller.undo_stack.push(command)


class PastMeetingsBox(QGroupBox):
    """The meetings recorded with the person (``list``), ``open_button`` and ``no_past``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PastMeetingsModel(self)
        self.list = make_list(self.model, wrap=False, stretch=PastColumn.NOTES)
        self.open_button = QPushButton()
        self.no_past = QLabel()
        self.no_past.setWordWrap(True)
        past_buttons = QHBoxLayout()
        past_buttons.addWidget(self.no_past, 1)
        past_buttons.addWidget(self.open_button)
        past_row = QWidget()
        past_row.setLayout(past_buttons)
        past_buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(past_row)

    def retranslate(self) -> None:
        """Fixed texts and the model's, in the current language."""
        self.setTitle(self.tr("Past meetings"))
        self.list.setAccessibleName(self.tr("Past meetings"))
        self.open_button.setText(self.tr("Op&en…"))
        self.open_button.setAccessibleName(self.tr("Open the selected past meeting"))
        self.model.retranslate()
