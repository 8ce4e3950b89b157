"""The one-to-one screen: prepare, hold and record a meeting with the selected person.

Why one screen holds everything: in a one-to-one the manager goes down the page — what changed
since last time, the open actions (ticked off in place, Ctrl+Z undoes), notes, new actions —
and saves once. Unsaved notes are kept per person while the app runs, so picking someone else
in the People list by accident loses nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import company_server, development
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.company_identity import needs_a_key
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_diff import changes_between, meeting_moment, previous_meeting
from cxcareer.service.meeting_rows import (
    agenda_actions,
    meeting_rows,
    record_meeting,
)
from cxcareer.store.errors import StoreError
from cxcareer.store.records import Assessor
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.common.tasks import Progress, Task, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.meeting.export_dialog import ExportOptions
from cxcareer.ui.meeting.meeting_dialog import MeetingDialog
from cxcareer.ui.meeting.meeting_header import MeetingHeader
from cxcareer.ui.meeting.nobody_selected import NobodySelected
from cxcareer.ui.meeting.note_key_dialog import NoteKeyDialog
from cxcareer.ui.meeting.pack_export import ask_pack_export, write_pack
from cxcareer.ui.meeting.record_column import RecordColumn
from cxcareer.ui.meeting.review_boxes import AgendaBox, ChangesBox, PastMeetingsBox

__all__ = ["MeetingPage"]


#: A one-to-one shows every kind of record about its person.
_ASPECTS = tuple(Aspect)


class MeetingPage(QWidget):
    """The one-to-one with ``controller``'s selected person; ``export_pack()`` for Ctrl+P."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today = date.today
        self.last_task: Task | None = None
        self._shown_person: str | None = None
        self._dialog: QDialog | None = None

        self.nobody = NobodySelected()
        self.empty_label = self.nobody.label
        self.add_person_button = self.nobody.add_person_button

        # -- header -----------------------------------------------------------------------
        self.header = MeetingHeader()
        self.heading = self.header.heading
        self.date_edit = self.header.date_edit
        self.export_button = self.header.export_button

        # -- what to go through: the parts the refresh fills ----------------------------------
        self.changes_box = ChangesBox()
        self.since_label = self.changes_box.since_label
        self.changes_model = self.changes_box.model
        self.changes_tree = self.changes_box.tree
        self.no_changes = self.changes_box.no_changes
        self.changes_stack = self.changes_box.stack
        self.agenda_box = AgendaBox()
        self.agenda_model = self.agenda_box.model
        self.agenda_list = self.agenda_box.list
        self.agenda_hint = self.agenda_box.hint
        self.past_box = PastMeetingsBox()
        self.past_model = self.past_box.model
        self.past_list = self.past_box.list
        self.open_button = self.past_box.open_button
        self.no_past = self.past_box.no_past

        # -- this meeting -----------------------------------------------------------------
        self.record = RecordColumn()
        self.notes = self.record.notes
        self.new_actions = self.record.new_actions
        self.save_button = self.record.save_button
        self.save_hint = self.record.save_hint
        self._drafts = self.record.drafts

        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        for box in (self.changes_box, self.agenda_box, self.past_box):
            left.addWidget(box)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.addWidget(left)
        self.columns.addWidget(self.record)
        self.columns.setStretchFactor(0, 3)
        self.columns.setStretchFactor(1, 2)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.header)
        content_layout.addWidget(self.columns, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.nobody)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # -- wiring -----------------------------------------------------------------------
        self.export_button.clicked.connect(self.export_pack)
        self.date_edit.dateChanged.connect(lambda _d: self.reload())
        self.agenda_model.doneToggled.connect(self.set_done)
        self.open_button.clicked.connect(self.open_selected_meeting)
        self.past_list.activated.connect(lambda index: self.open_meeting(index.row()))
        self.past_list.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._update_buttons()
        )
        self.save_button.clicked.connect(self.save_meeting)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_meeting)
        self.notes.changed.connect(self._update_buttons)
        self.new_actions.changed.connect(self._update_buttons)
        self.refresher = RefreshOnChange.for_person(self, controller, _ASPECTS, self._changed)
        self._set_date(self.today())
        self._shown_person = controller.person_id
        self.retranslate()
        self.reload()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every fixed text in the current language."""
        self.nobody.retranslate()
        self.header.retranslate(self.controller.lang)
        self.record.retranslate()
        for box in (self.changes_box, self.agenda_box, self.past_box):
            box.retranslate()
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following the controller -------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        """Keep each person's unsaved notes apart, then redraw (also after changes gathered
        while the screen was hidden: the notes still belong to ``_shown_person`` then)."""
        if changes.touches(Aspect.DATABASE):
            self._drafts.clear()
            self._shown_person = self.controller.person_id
            self._restore_draft()
        elif self._shown_person != self.controller.person_id:
            self._stash_draft()
            self._shown_person = self.controller.person_id
            self._restore_draft()
        self.reload()

    def _stash_draft(self) -> None:
        self.record.stash_draft(self._shown_person)

    def _restore_draft(self) -> None:
        self.record.restore_draft(self._shown_person)

    # -- data ---------------------------------------------------------------------------
    def meeting_day(self) -> date:
        """The date in the date field."""
        return self.header.day()

    def _set_date(self, day: date) -> None:
        self.header.set_day(day)

    def author(self) -> str:
        """Who writes the meeting (and alone sees its private notes)."""
        return development.verifier_name(self.controller.app, self.controller.me_id())

    def reload(self) -> None:
        """Re-read changes, open actions and past meetings for the selected person."""
        view = self.controller.snapshot
        self.stack.setCurrentIndex(0 if view is None else 1)
        self.new_actions.set_view(view)
        self._previous = None
        if view is None:
            self.changes_model.set_changes(None, None)
            self.agenda_model.set_actions(None, [])
            self.past_model.set_rows([], self.controller.lang)
            self._update_texts()
            self._update_buttons()
            return
        app = self.controller.app
        day = self.meeting_day()
        author = self.author()
        try:
            # The latest meeting on or before this day: once saved, today's is the last one.
            self._previous = previous_meeting(
                app, view.person.id, day + timedelta(days=1), viewer=author
            )
            since = meeting_moment(self._previous) if self._previous is not None else None
            changes = changes_between(app, view.person.id, since, day)
            actions = development.list_actions(app, view.person.id)
            rows = meeting_rows(app, view.person.id, viewer=author)
        except StoreError as error:
            show_error(self, error)
            return
        self.changes_model.set_changes(view, changes)
        self.changes_tree.expandAll()
        self.changes_stack.setCurrentIndex(1 if changes.empty else 0)
        self.agenda_model.today = self.today()
        self.agenda_model.writable = not self.controller.read_only
        self.agenda_model.set_actions(view, agenda_actions(actions, day))
        self.past_model.set_rows(rows, self.controller.lang)
        for tree in (self.changes_tree, self.agenda_list, self.new_actions.list):
            tree.doItemsLayout()  # wrapped rows measured at the columns' current widths
        self._update_texts()
        self._update_buttons()

    def _update_texts(self) -> None:
        view = self.controller.snapshot
        if view is None:
            self.heading.setText("")
            self.since_label.setText("")
            return
        lang = self.controller.lang
        self.heading.setText(self.tr("One-to-one with {0}").format(view.person.name))
        previous = getattr(self, "_previous", None)
        if previous is None:
            self.since_label.setText(
                self.tr("No earlier meeting: everything up to this date is shown.")
            )
            self.no_changes.setText(self.tr("Nothing recorded yet for this person."))
        else:
            when = format_date(previous.held_on, lang)
            self.since_label.setText(
                self.tr("Last meeting: {0}, with {1}.").format(when, previous.author)
            )
            self.no_changes.setText(
                self.tr("Nothing changed since the meeting of {0}.").format(when)
            )
        self.agenda_box.show_hint()
        self.no_past.setText(
            self.tr("No meetings recorded yet.") if self.past_model.rowCount() == 0 else ""
        )

    def _update_buttons(self) -> None:
        view = self.controller.snapshot
        # On a company server a one-to-one is recorded by the person's manager only.
        sides = self.controller.rating_sides(view.person.id) if view is not None else ()
        not_mine = view is not None and Assessor.MANAGER not in sides
        own = not_mine and view is not None and view.person.id == self.controller.me_id()
        writable = view is not None and not self.controller.read_only and not not_mine
        shared, private = self.notes.texts()
        has_content = bool(shared or private or self.new_actions.model.rowCount())
        self.save_button.setEnabled(writable and has_content)
        self.notes.set_read_only(not writable)
        self.new_actions.setEnabled(writable)
        self.add_person_button.setEnabled(not self.controller.read_only)
        self.open_button.setEnabled(self.past_list.currentIndex().isValid())
        if self.controller.read_only:
            self.save_hint.setText(phrases.read_only_database())
        elif own:
            self.save_hint.setText(self.tr("Your manager records your one-to-ones."))
        elif not_mine:
            self.save_hint.setText(self.tr("Only their manager records their one-to-ones."))
        elif not has_content:
            self.save_hint.setText(self.tr("Write a note or agree an action to save the meeting."))
        else:
            self.save_hint.setText("")

    # -- actions ------------------------------------------------------------------------
    def set_done(self, action_id: str, done: bool) -> None:
        """Tick (or untick) an open action; Ctrl+Z undoes it."""
        self.agenda_box.set_done(self.controller, action_id, done)

    def save_meeting(self) -> bool:
        """Record the meeting with its notes and new actions; False when nothing was saved."""
        view = self.controller.snapshot
        if view is None or self.controller.read_only or not self.save_button.isEnabled():
            return False
        shared, private = self.notes.texts()
        if private.strip() and needs_a_key(self.controller.app) and not self.make_note_key():
            return False
        actions = self.new_actions.model.actions()
        day = self.meeting_day()
        author = self.author()
        person_id = view.person.id
        saved = self.controller.run(
            lambda app: record_meeting(
                app,
                person_id,
                day,
                author,
                shared_notes=shared,
                private_notes=private,
                new_actions=actions,
            )
        )
        if saved is None:
            return False
        self._drafts.pop(person_id, None)
        self.notes.set_texts("", "")
        self.new_actions.model.set_actions([])
        self.new_actions.reset_fields()
        self.save_hint.setText(
            self.tr("Saved the meeting of {0}.").format(format_date(day, self.controller.lang))
        )
        return True

    def make_note_key(self) -> bool:
        """The first private note on a company server: make the key, offer its backup.

        False (nothing saved) when the person cancels; the key stays made either way.
        """
        try:
            made, _path = company_server.key_create()
        except ValueError as error:  # a key file that appeared meanwhile, unreadable
            show_error(self, error)
            return False
        dialog = NoteKeyDialog(made, self.controller.lang, self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_selected_meeting(self) -> None:
        index: QModelIndex = self.past_list.currentIndex()
        if index.isValid():
            self.open_meeting(index.row())

    def open_meeting(self, row: int) -> MeetingDialog | None:
        """Show a past meeting read-only (returned for tests; not modal)."""
        view = self.controller.snapshot
        record = self.past_model.meeting_row(row)
        if view is None or record is None:
            return None
        dialog = MeetingDialog(view, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    # -- export -------------------------------------------------------------------------
    def export_pack(self) -> None:
        """Ask paper, language and private notes, then where to save; write in the background."""
        view = self.controller.snapshot
        if view is None:
            return
        chosen = ask_pack_export(
            self,
            self.controller.settings,
            view.person.name,
            self.controller.lang,
            self.meeting_day(),
        )
        if chosen is not None:
            self.write_export(*chosen)

    def write_export(self, options: ExportOptions, path: Path) -> Task | None:
        """Write the pack for the selected person to ``path`` off the UI thread."""
        view = self.controller.snapshot
        if view is None:
            return None
        app = self.controller.app
        person_id = view.person.id

        def work(_progress: Progress) -> Path:
            return write_pack(app, person_id, options, path)

        def done(written: Path) -> None:
            self.save_hint.setText(self.tr("Exported the pack to {0}.").format(written))
            window = self.window()
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("Exported the pack to {0}.").format(written), 8000)

        self.last_task = run_in_background(
            self, self.tr("Exporting the one-to-one pack…"), work, done
        )
        return self.last_task
