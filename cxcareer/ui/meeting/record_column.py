"""The one-to-one screen's right column: this meeting's notes, the new actions, and Save.

Why it keeps drafts: what was typed and not saved is kept per person while the app runs, so
picking someone else in the People list by accident loses nothing; the meeting page stashes
the draft of the person it leaves (:meth:`RecordColumn.stash_draft`) and restores the one of
the person it shows (:meth:`RecordColumn.restore_draft`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxcareer.service.meeting_rows import NewAction
from cxcareer.ui.meeting.new_action_form import NewActionForm
from cxcareer.ui.meeting.notes_panel import NotesPanel

__all__ = ["Draft", "RecordColumn"]


@dataclass
class Draft:
    """What was typed for one person and not saved yet."""

    shared: str = ""
    private: str = ""
    actions: list[NewAction] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing worth keeping: blank notes and no new action."""
        return not (self.shared.strip() or self.private.strip() or self.actions)


def _group(widget: QWidget) -> QGroupBox:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


class RecordColumn(QWidget):
    """``notes``, ``new_actions``, ``save_button`` with ``save_hint``; ``drafts`` per person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts: dict[str, Draft] = {}
        self.notes = NotesPanel()
        self.notes_box = _group(self.notes)
        self.new_actions = NewActionForm()
        self.new_box = _group(self.new_actions)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_hint = QLabel()
        self.save_hint.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_hint, 1)
        save_row.addWidget(self.save_button)
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.notes_box, 1)
        right.addWidget(self.new_box, 1)
        right.addLayout(save_row)

    def stash_draft(self, person_id: str | None) -> None:
        """Keep what is typed now as ``person_id``'s draft (forget it when blank)."""
        if person_id is None:
            return
        shared, private = self.notes.texts()
        draft = Draft(shared, private, self.new_actions.model.actions())
        if draft.empty:
            self.drafts.pop(person_id, None)
        else:
            self.drafts[person_id] = draft

    def restore_draft(self, person_id: str | None) -> None:
        """Show ``person_id``'s draft (blank fields when there is none)."""
        draft = self.drafts.get(person_id or "", Draft())
        self.notes.set_texts(draft.shared, draft.private)
        self.new_actions.model.set_actions(draft.actions)

    def retranslate(self) -> None:
        """Fixed texts in the current language."""
        self.notes_box.setTitle(self.tr("Notes"))
        self.new_box.setTitle(self.tr("New actions agreed"))
        self.save_button.setText(self.tr("&Save meeting"))
        self.save_button.setAccessibleName(self.tr("Save this meeting"))
        self.save_button.setToolTip(self.tr("Save this meeting (Ctrl+Enter)"))
