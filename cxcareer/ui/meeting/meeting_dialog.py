"""One past one-to-one, read-only: its notes and the actions it agreed and carried over.

Why read-only: a meeting record is what was said on that day; follow-ups belong in the next
meeting, so nothing here can be changed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_rows import MeetingRow
from cxcareer.service.texts import say
from cxcareer.store.records import ActionRecord
from cxcareer.ui.common import phrases
from cxcareer.ui.people.labels import status_label

__all__ = ["MeetingDialog"]


class MeetingDialog(QDialog):
    """Shows one meeting as simple HTML; Esc or Close closes it."""

    def __init__(
        self, view: PersonSnapshot, row: MeetingRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        when = format_date(row.meeting.held_on, view.lang)
        self.setWindowTitle(self.tr("One-to-one with {0}, {1}").format(view.person.name, when))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Meeting record"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.html(view, row))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def html(self, view: PersonSnapshot, row: MeetingRow) -> str:
        """The meeting as simple HTML: notes, private notes (when visible), actions."""
        meeting = row.meeting
        written_by = self.tr("Written by {0}").format(meeting.author)
        shared = self.tr("Shared notes")
        no_shared = say("no_shared_notes", view.lang)
        agreed = self.tr("Actions agreed")
        none = self.tr("None.")
        parts = [
            f"<h2>{escape(format_date(meeting.held_on, view.lang))}</h2>",
            f"<p>{escape(written_by)}</p>",
            f"<h3>{escape(shared)}</h3>",
            _paragraphs(meeting.shared_notes) or f"<p><i>{escape(no_shared)}</i></p>",
        ]
        if meeting.private_notes:
            private = self.tr("Private notes")
            where = phrases.private_notes_stay_here()
            parts += [
                f"<h3>{escape(private)}</h3>",
                f"<p><i>{escape(where)}</i></p>",
                _paragraphs(meeting.private_notes),
            ]
        parts.append(f"<h3>{escape(agreed)}</h3>")
        parts.append(
            self._action_list(view, row.agreed) if row.agreed else f"<p><i>{escape(none)}</i></p>"
        )
        if row.carried:
            carried = self.tr("Open actions carried over")
            parts.append(f"<h3>{escape(carried)}</h3>")
            parts.append(self._action_list(view, row.carried))
        return "".join(parts)

    def _action_list(self, view: PersonSnapshot, actions: tuple[ActionRecord, ...]) -> str:
        items = []
        for action in actions:
            extra = [self.tr("owner: {0}").format(action.owner)]
            if action.due_on is not None:
                extra.append(self.tr("due {0}").format(format_date(action.due_on, view.lang)))
            if action.skill:
                extra.append(view.skill_name(action.skill))
            extra.append(status_label(action.status))
            items.append(f"<li>{escape(action.title)} — {escape(', '.join(extra))}</li>")
        return f"<ul>{''.join(items)}</ul>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.strip().splitlines() if line.strip())
