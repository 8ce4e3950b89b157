"""Undoable plan changes: marking an action done, dropped or open again.

Why undo rather than a confirmation: closing an action is frequent and easy to reverse, so a
question every time would be noise; Ctrl+Z (or Edit ▸ Undo) puts the previous status back, and
the status log keeps both changes with their times.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cxcareer.service import development
from cxcareer.store.records import ActionStatus
from cxcareer.ui.controller import ProfileController

__all__ = ["ActionStatusCommand"]


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
