"""The people list beside every screen: switch person, add, edit, archive, delete.

Why grouped "Me / My team / Others": a manager mostly switches between their own profile and
their reports; everyone else stays one heading away. Archiving hides a person and keeps every
record; deleting asks for the name to be typed back and keeps a backup first.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.people_groups import group_people
from cxcareer.service.person_removal import Removal, delete_person
from cxcareer.store.records import PersonRecord
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.tasks import Task, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.delete_dialog import DeletePersonDialog
from cxcareer.ui.people.people_model import PeopleTreeModel
from cxcareer.ui.people.person_dialog import PersonDialog, PersonForm

__all__ = ["PeopleDock"]


class PeopleDock(QWidget):
    """Content of the main window's people dock; every write goes through the controller."""

    def sizeHint(self) -> QSize:
        """As wide as its buttons need (a little more), not a tree view's default 256 pixels:
        the screens beside it need the room more on a 1024-pixel screen."""
        least = self.minimumSizeHint()
        return QSize(least.width() + 16, super().sizeHint().height())

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None
        self.task: Task | None = None
        self._syncing = False
        self._people: list[PersonRecord] = []

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.model = PeopleTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.show_archived = QCheckBox()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.archive_button = QPushButton()
        self.delete_button = QPushButton()
        self.me_button = QPushButton()
        self.me_button.setCheckable(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.archive_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addWidget(self.me_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.show_archived)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.filter.textChanged.connect(lambda _text: self._regroup())
        self.filter.returnPressed.connect(self._focus_first)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_person)
        self.me_button.toggled.connect(self._me_toggled)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F2), self.edit_person),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_person),
            (QKeySequence(QKeySequence.StandardKey.Find), self.filter.setFocus),
        ):
            shortcut = QShortcut(keys, self.tree if keys != QKeySequence.StandardKey.Find else self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        controller.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name or email"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.tree.setAccessibleName(self.tr("People"))
        self.show_archived.setText(self.tr("Show &archived people"))
        self.show_archived.setAccessibleName(self.tr("Show archived people"))
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setAccessibleName(phrases.add_a_person())
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected person"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected person"))
        self.me_button.setText(self.tr("This is &me"))
        self.me_button.setAccessibleName(self.tr("The selected person is me"))
        self.me_button.setToolTip(
            self.tr("Your own profile is listed under Me; people you manage under My team.")
        )
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- list ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read people, regroup and filter; the selected person stays selected."""
        people = self.controller.app.people(include_archived=self.show_archived.isChecked())
        selected = self.controller.person_id
        if selected is not None and not any(p.id == selected for p in people):
            with contextlib.suppress(LookupError):  # archived but selected: keep showing them
                people.append(self.controller.app.person(selected))
        self._people = people
        self._regroup()

    def _regroup(self) -> None:
        """Group and filter the people read last (a keystroke in the filter reads nothing)."""
        people = self._people
        self._syncing = True
        try:
            self.model.set_groups(group_people(people, self.controller.me_id(), self.filter.text()))
            self.tree.expandAll()
        finally:
            self._syncing = False
        self._sync_selection()

    def _changed(self, changes: Changes) -> None:
        """Re-read the list when who is in it (or how they are grouped) changed."""
        if changes.touches(Aspect.PEOPLE, Aspect.LANGUAGE) or self._extra_shown():
            self.reload()
        elif changes.touches(Aspect.SELECTION):
            self._sync_selection()

    def _extra_shown(self) -> bool:
        """True when the list must change for the selection: an archived person shown only
        while selected, or a selected person it does not hold."""
        selected = self.controller.person_id
        listed = {p.id for p in self._people}
        if selected is not None and selected not in listed:
            return True
        hidden = not self.show_archived.isChecked()
        return hidden and any(p.archived and p.id != selected for p in self._people)

    def _sync_selection(self) -> None:
        person_id = self.controller.person_id
        index = self.model.index_of(person_id) if person_id else QModelIndex()
        self._syncing = True
        try:
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.tree.scrollTo(index)
            else:
                self.tree.selectionModel().clearSelection()
        finally:
            self._syncing = False
        self._update_buttons()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        person = self.model.person_at(current)
        if person is not None and person.id != self.controller.person_id:
            self.controller.select_person(person.id)
        self._update_buttons()

    def _focus_first(self) -> None:
        for group_row in range(self.model.rowCount()):
            parent = self.model.index(group_row, 0)
            if self.model.rowCount(parent):
                self.tree.setCurrentIndex(self.model.index(0, 0, parent))
                self.tree.setFocus()
                return

    def selected_person(self) -> PersonRecord | None:
        """The person whose row is selected."""
        return self.model.person_at(self.tree.currentIndex())

    def _update_buttons(self) -> None:
        person = self.selected_person()
        writable = not self.controller.read_only
        manages = writable and self.controller.manages_people()
        self.add_button.setEnabled(manages)
        self.edit_button.setEnabled(writable and person is not None)
        for button in (self.archive_button, self.delete_button):
            button.setEnabled(manages and person is not None)
        self.me_button.setEnabled(person is not None)
        self.me_button.setVisible(not self.controller.server_says_me())  # the login says who
        if person is not None and person.archived:
            self.archive_button.setText(self.tr("Un&archive"))
            self.archive_button.setAccessibleName(self.tr("Show the selected person again"))
        else:
            self.archive_button.setText(self.tr("A&rchive"))
            self.archive_button.setAccessibleName(self.tr("Archive the selected person"))
        self.me_button.blockSignals(True)
        self.me_button.setChecked(person is not None and person.id == self.controller.me_id())
        self.me_button.blockSignals(False)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- writes -------------------------------------------------------------------------
    def _me_toggled(self, checked: bool) -> None:
        person = self.selected_person()
        if person is None:
            return
        self.controller.set_me(person.id if checked else None)
        self.reload()

    def add_person(self) -> None:
        """Open the dialog for a new person; they are added and selected when accepted."""
        if self.controller.read_only or not self.controller.manages_people():
            return
        version = self.controller.app.builtin_version()
        framework = self.controller.app.framework(version.id)
        dialog = PersonDialog(self.controller, framework, None, self)
        dialog.accepted.connect(lambda: self._create(dialog.form()))
        self._open(dialog)

    def _create(self, form: PersonForm) -> None:
        created = self.controller.run(
            lambda app: app.create_person(
                form.name,
                current_role=form.current_role,
                targets=form.targets,
                manager_id=form.manager_id,
                email=form.email or None,
            ),
        )
        if created is not None:
            self.controller.select_person(created.id)
            self._say(self.tr("Added {0}.").format(created.name))

    def edit_person(self) -> None:
        """Open the dialog on the selected person; the changes are saved when accepted."""
        person = self.selected_person()
        if person is None or self.controller.read_only:
            return
        framework = self.controller.app.framework(person.framework_version_id)
        dialog = PersonDialog(self.controller, framework, person, self)
        dialog.accepted.connect(lambda: self._update(person, dialog.form()))
        self._open(dialog)

    def _update(self, person: PersonRecord, form: PersonForm) -> None:
        def write(app: CareerApp) -> Outcome[PersonRecord]:
            return app.edit_person(
                person.id,
                name=form.name,
                email=form.email,
                current_role=form.current_role,
                manager_id=form.manager_id,
                targets=form.targets,
            )

        if self.controller.run(write) is not None:
            self._say(self.tr("Saved {0}.").format(form.name))

    def toggle_archived(self) -> None:
        """Archive the selected person (hidden, nothing deleted), or show them again."""
        person = self.selected_person()
        if person is None or self.controller.read_only or not self.controller.manages_people():
            return
        archived = not person.archived
        done = self.controller.run(lambda app: app.archive_person(person.id, archived))
        if done is None:
            return
        if archived:
            self._say(
                self.tr("Archived {0}. Tick “Show archived people” to see them again.").format(
                    person.name
                )
            )
        else:
            self._say(self.tr("{0} is back in the list.").format(person.name))

    def delete_person(self) -> None:
        """Ask (name typed back, or archive instead), back up, then delete the selected person."""
        person = self.selected_person()
        if person is None or self.controller.read_only or not self.controller.manages_people():
            return
        try:
            counts = self.controller.app.history_counts(person.id)
        except Exception as error:
            show_error(self, error)
            return
        backed_up = self.controller.app.database.location.path is not None
        dialog = DeletePersonDialog(person.name, counts, backed_up=backed_up, parent=self)
        dialog.finished.connect(lambda result: self._delete_answer(person, dialog, result))
        self._open(dialog)

    def _delete_answer(self, person: PersonRecord, dialog: DeletePersonDialog, result: int) -> None:
        if result == DeletePersonDialog.ARCHIVE:
            if not person.archived:
                self.toggle_archived()
            return
        if result != QDialog.DialogCode.Accepted:
            return
        app = self.controller.app
        typed = dialog.typed_name()
        self.task = run_in_background(
            self,
            self.tr("Backing up and deleting {0}…").format(person.name),
            lambda _progress: delete_person(app, person.id, typed),
            self._deleted,
        )

    def _deleted(self, outcome: Outcome[Removal]) -> None:
        self.task = None
        removal = outcome.value
        name = removal.deletion.person.name
        if removal.backup is not None:
            self._say(
                self.tr("Deleted {0}. A backup from just before is kept at {1}").format(
                    name, removal.backup
                )
            )
        else:
            self._say(self.tr("Deleted {0}.").format(name))
        if self.controller.person_id == removal.deletion.person.id:
            remaining = self.controller.app.people()
            me = self.controller.me_id()
            if me == removal.deletion.person.id:
                self.controller.set_me(None)
                me = None
            chosen = me if me and any(p.id == me for p in remaining) else None
            if chosen is None and remaining:
                chosen = remaining[0].id
            self.controller.apply(outcome.changes)
            self.controller.select_person(chosen)
        else:
            self.controller.apply(outcome.changes)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
