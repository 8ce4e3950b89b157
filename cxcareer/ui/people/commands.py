"""Undoable plan changes: marking an action done, dropped or open again, and a one-click add.

Why undo rather than a confirmation: closing an action is frequent and easy to reverse, so a
question every time would be noise; Ctrl+Z (or Edit ▸ Undo) puts the previous status back, and
the status log keeps both changes with their times. An action added in one click (the
Overview's suggested actions) is taken back by undo, as if the click had not happened.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cxcareer.service import development
from cxcareer.store.records import ActionStatus
from cxcareer.ui.controller import ProfileController

__all__ = ["ActionStatusCommand", "AddActionCommand"]


class ActionStatusCommand(QUndoCommand):
    """Set an action's status; undo sets the one it had before."""

    def __init__(
        self,
        controller: ProfileController,
        action_id: str,
        new: ActionStatus,
        old: ActionStatus,
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._action_id = action_id
        self._new = new
        self._old = old
        self.failed = False

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, status: ActionStatus) -> None:
        done = self._controller.run(
            lambda app: development.set_action_status(app, self._action_id, status)
        )
        self.failed = done is None
        if self.failed:
            self.setObsolete(True)


class AddActionCommand(QUndoCommand):
    """Add an open action to a person's plan; undo removes it, redo adds it again."""

    def __init__(
        self,
        controller: ProfileController,
        person_id: str,
        title: str,
        *,
        skill: str | None,
        target_role: str | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._person_id = person_id
        self._title = title
        self._skill = skill
        self._target_role = target_role
        self.action_id: str | None = None
        self.failed = False

    def redo(self) -> None:
        added = self._controller.run(
            lambda app: development.add_action(
                app,
                self._person_id,
                self._title,
                skill=self._skill,
                target_role=self._target_role,
            )
        )
        self.failed = added is None
        self.action_id = added.id if added is not None else None
        if self.failed:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.action_id is None:
            return
        action_id = self.action_id
        removed = self._controller.run(lambda app: development.remove_action(app, action_id))
        if removed is None:
            self.setObsolete(True)
        self.action_id = None
