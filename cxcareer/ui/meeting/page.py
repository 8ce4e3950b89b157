"""The one-to-one screen: prepare, hold and record a meeting with the selected person.

Why one screen holds everything: in a one-to-one the manager goes down the page — what changed
since last time, the open actions (ticked off in place, Ctrl+Z undoes), notes, new actions —
and saves once. Unsaved notes are kept per person while the app runs, so picking someone else
in the People list by accident loses nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import development
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_diff import changes_between, previous_meeting
from cxcareer.service.meeting_rows import (
    NewAction,
    agenda_actions,
    meeting_rows,
    pack_file_name,
    record_meeting,
)
from cxcareer.store.errors import StoreError
from cxcareer.store.records import ActionStatus
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.locale import write_dates_in
from cxcareer.ui.common.tasks import Progress, Task, run_in_background
from cxcareer.ui.common.wrap_rows import wrap_rows
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.meeting.agenda_model import AgendaModel
from cxcareer.ui.meeting.changes_model import ChangesModel
from cxcareer.ui.meeting.export_dialog import ExportOptions, ExportPackDialog
from cxcareer.ui.meeting.list_look import make_list
from cxcareer.ui.meeting.meeting_dialog import MeetingDialog
from cxcareer.ui.meeting.new_action_form import NewActionForm
from cxcareer.ui.meeting.notes_panel import NotesPanel
from cxcareer.ui.meeting.past_meetings_model import PastColumn, PastMeetingsModel
from cxcareer.ui.people.commands import ActionStatusCommand

__all__ = ["MeetingPage", "pack_available"]


PACK_MODULE = "cxcareer.ui.report.pdf_pack"


def pack_available() -> bool:
    """Whether this build can write the PDF pack."""
    try:
        return importlib.util.find_spec(PACK_MODULE) is not None
    except ModuleNotFoundError:
        return False


@dataclass
class _Draft:
    """What was typed for one person and not saved yet."""

    shared: str = ""
    private: str = ""
    actions: list[NewAction] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.shared.strip() or self.private.strip() or self.actions)


def _group(title_holder: list[QGroupBox], *widgets: QWidget) -> QGroupBox:
    box = QGroupBox()
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QAbstractItemView | QStackedWidget) else 0)
    title_holder.append(box)
    return box


class MeetingPage(QWidget):
    """The one-to-one with ``controller``'s selected person; ``export_pack()`` for Ctrl+P."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today = date.today
        self.last_task: Task | None = None
        self._drafts: dict[str, _Draft] = {}
        self._shown_person: str | None = None
        self._stale = True
        self._dialog: QDialog | None = None

        # -- empty state ----------------------------------------------------------------
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_person_button = QPushButton()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        # -- header -----------------------------------------------------------------------
        self.heading = page_heading()
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_edit)
        self.export_button = QPushButton()
        self.since_label = QLabel()
        self.since_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.date_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.export_button)

        boxes: list[QGroupBox] = []
        # -- what changed -----------------------------------------------------------------
        self.changes_model = ChangesModel(self)
        self.changes_tree = QTreeView()
        self.changes_tree.setModel(self.changes_model)
        wrap_rows(self.changes_tree)
        self.changes_tree.header().setStretchLastSection(False)
        self.changes_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.no_changes = QLabel()
        self.no_changes.setWordWrap(True)
        self.no_changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.changes_stack = QStackedWidget()
        self.changes_stack.addWidget(self.changes_tree)
        self.changes_stack.addWidget(self.no_changes)
        self.changes_box = _group(boxes, self.since_label, self.changes_stack)

        # -- open actions -----------------------------------------------------------------
        self.agenda_model = AgendaModel(self)
        self.agenda_list = make_list(self.agenda_model)
        self.agenda_hint = QLabel()
        self.agenda_hint.setWordWrap(True)
        self.agenda_box = _group(boxes, self.agenda_hint, self.agenda_list)

        # -- past meetings ----------------------------------------------------------------
        self.past_model = PastMeetingsModel(self)
        self.past_list = make_list(self.past_model, wrap=False)
        self.past_list.header().setSectionResizeMode(
            PastColumn.DATE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.past_list.header().setSectionResizeMode(
            PastColumn.NOTES, QHeaderView.ResizeMode.Stretch
        )
        self.open_button = QPushButton()
        self.no_past = QLabel()
        self.no_past.setWordWrap(True)
        past_buttons = QHBoxLayout()
        past_buttons.addWidget(self.no_past, 1)
        past_buttons.addWidget(self.open_button)
        past_row = QWidget()
        past_row.setLayout(past_buttons)
        past_buttons.setContentsMargins(0, 0, 0, 0)
        self.past_box = _group(boxes, self.past_list, past_row)

        # -- this meeting -----------------------------------------------------------------
        self.notes = NotesPanel()
        self.notes_box = _group(boxes, self.notes)
        self.new_actions = NewActionForm()
        self.new_box = _group(boxes, self.new_actions)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_hint = QLabel()
        self.save_hint.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_hint, 1)
        save_row.addWidget(self.save_button)
        self._boxes = boxes

        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        for box in (self.changes_box, self.agenda_box, self.past_box):
            left.addWidget(box)
        right_widget = QWidget()
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.notes_box, 1)
        right.addWidget(self.new_box, 1)
        right.addLayout(save_row)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        self.columns.addWidget(left)
        self.columns.addWidget(right_widget)
        self.columns.setStretchFactor(0, 3)
        self.columns.setStretchFactor(1, 2)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(top)
        content_layout.addWidget(self.columns, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # -- wiring -----------------------------------------------------------------------
        self.add_person_button.clicked.connect(self.add_person)
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
        controller.personChanged.connect(self._person_changed)
        controller.dataChanged.connect(self._data_changed)
        controller.languageChanged.connect(self.reload)
        if hasattr(controller, "databaseChanged"):
            controller.databaseChanged.connect(self._database_changed)
        self._set_date(self.today())
        self._shown_person = controller.person_id
        self.retranslate()
        self.reload()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every fixed text in the current language."""
        self.empty_label.setText(
            self.tr(
                "Nobody is selected. Choose a person in the People list, or add one "
                "to prepare a one-to-one with them."
            )
        )
        self.add_person_button.setText(self.tr("&Add a person…"))
        self.add_person_button.setAccessibleName(phrases.add_a_person())
        self.date_label.setText(self.tr("Meeting da&te:"))
        self.date_edit.setAccessibleName(self.tr("Meeting date"))
        write_dates_in(self.date_edit, self.controller.lang)
        self.export_button.setText(self.tr("E&xport pack…"))
        self.export_button.setAccessibleName(self.tr("Export the one-to-one pack as PDF"))
        self.export_button.setToolTip(self.tr("Export the one-to-one pack as PDF (Ctrl+P)"))
        self.changes_box.setTitle(self.tr("Since the last meeting"))
        self.changes_tree.setAccessibleName(self.tr("Changes since the last meeting"))
        self.agenda_box.setTitle(self.tr("Open actions"))
        self.agenda_list.setAccessibleName(self.tr("Open actions to go through"))
        self.agenda_hint.setText(self.tr("Tick an action when it is done. Ctrl+Z undoes a tick."))
        self.past_box.setTitle(self.tr("Past meetings"))
        self.past_list.setAccessibleName(self.tr("Past meetings"))
        self.open_button.setText(self.tr("Op&en…"))
        self.open_button.setAccessibleName(self.tr("Open the selected past meeting"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.new_box.setTitle(self.tr("New actions agreed"))
        self.save_button.setText(self.tr("&Save meeting"))
        self.save_button.setAccessibleName(self.tr("Save this meeting"))
        self.save_button.setToolTip(self.tr("Save this meeting (Ctrl+Enter)"))
        self.changes_model.retranslate()
        self.changes_tree.expandAll()
        self.agenda_model.retranslate()
        self.past_model.retranslate()
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following the controller -------------------------------------------------------
    def _person_changed(self) -> None:
        self._stash_draft()
        self._shown_person = self.controller.person_id
        self._restore_draft()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _database_changed(self) -> None:
        self._drafts.clear()
        self._shown_person = self.controller.person_id
        self._restore_draft()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _stash_draft(self) -> None:
        if self._shown_person is None:
            return
        shared, private = self.notes.texts()
        draft = _Draft(shared, private, self.new_actions.model.actions())
        if draft.empty:
            self._drafts.pop(self._shown_person, None)
        else:
            self._drafts[self._shown_person] = draft

    def _restore_draft(self) -> None:
        draft = self._drafts.get(self._shown_person or "", _Draft())
        self.notes.set_texts(draft.shared, draft.private)
        self.new_actions.model.set_actions(draft.actions)

    # -- data ---------------------------------------------------------------------------
    def meeting_day(self) -> date:
        """The date in the date field."""
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def _set_date(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def author(self) -> str:
        """Who writes the meeting (and alone sees its private notes)."""
        return development.verifier_name(self.controller.app, self.controller.me_id())

    def reload(self) -> None:
        """Re-read changes, open actions and past meetings for the selected person."""
        self._stale = False
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
            since = self._previous.held_on if self._previous is not None else None
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
        count = self.agenda_model.rowCount()
        self.agenda_hint.setText(
            self.tr("No open actions. Agree new ones on the right.")
            if count == 0
            else self.tr("Tick an action when it is done. Ctrl+Z undoes a tick.")
        )
        self.no_past.setText(
            self.tr("No meetings recorded yet.") if self.past_model.rowCount() == 0 else ""
        )

    def _update_buttons(self) -> None:
        writable = self.controller.snapshot is not None and not self.controller.read_only
        shared, private = self.notes.texts()
        has_content = bool(shared or private or self.new_actions.model.rowCount())
        self.save_button.setEnabled(writable and has_content)
        self.notes.set_read_only(not writable)
        self.new_actions.setEnabled(writable)
        self.add_person_button.setEnabled(not self.controller.read_only)
        self.open_button.setEnabled(self.past_list.currentIndex().isValid())
        if self.controller.read_only:
            self.save_hint.setText(phrases.read_only_database())
        elif not has_content:
            self.save_hint.setText(self.tr("Write a note or agree an action to save the meeting."))
        else:
            self.save_hint.setText("")

    # -- actions ------------------------------------------------------------------------
    def set_done(self, action_id: str, done: bool) -> None:
        """Tick (or untick) an open action; Ctrl+Z undoes it."""
        model = self.agenda_model
        action = next(
            (model.action(r) for r in range(model.rowCount()) if model.action(r).id == action_id),  # type: ignore[union-attr]
            None,
        )
        if action is None or self.controller.read_only:
            return
        new = ActionStatus.DONE if done else ActionStatus.OPEN
        if action.status is new:
            return
        text = (
            self.tr("Mark “{0}” done").format(action.title)
            if done
            else self.tr("Reopen “{0}”").format(action.title)
        )
        command = ActionStatusCommand(self.controller, action.id, new, action.status, text)
        self.controller.undo_stack.push(command)

    def save_meeting(self) -> bool:
        """Record the meeting with its notes and new actions; False when nothing was saved."""
        view = self.controller.snapshot
        if view is None or self.controller.read_only or not self.save_button.isEnabled():
            return False
        shared, private = self.notes.texts()
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

    def add_person(self) -> None:
        """Open the People list's dialog for a new person (they are selected when added)."""
        window = self.window()
        dock = getattr(window, "people_dock", None)
        widget = dock.widget() if dock is not None else None
        handler = getattr(widget, "add_person", None)
        if dock is not None and handler is not None:
            dock.show()
            handler()

    # -- export -------------------------------------------------------------------------
    def export_pack(self) -> None:
        """Ask paper, language and private notes, then where to save; write in the background."""
        view = self.controller.snapshot
        if view is None:
            return
        if not pack_available():
            QMessageBox.information(
                self,
                phrases.export_pack_title(),
                self.tr("PDF export is not part of this build."),
            )
            return
        dialog = ExportPackDialog(view.person.name, self.controller.lang, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        folder = str(
            self.controller.settings.value("meeting/export_dir", "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = str(Path(folder) / pack_file_name(view.person.name, self.meeting_day()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the one-to-one pack"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.controller.settings.setValue("meeting/export_dir", str(path.parent))
        self.write_export(options, path)

    def write_export(self, options: ExportOptions, path: Path) -> Task | None:
        """Write the pack for the selected person to ``path`` off the UI thread."""
        view = self.controller.snapshot
        if view is None:
            return None
        app = self.controller.app
        person_id = view.person.id

        def work(_progress: Progress) -> Path:
            # Imported here: the PDF pack is a separate, heavier part of the app.
            pack = importlib.import_module(PACK_MODULE)
            written: Path = pack.write_pack(
                app,
                person_id,
                path,
                lang=options.lang,
                include_private=options.include_private,
                paper=options.paper,
            )
            return written

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
