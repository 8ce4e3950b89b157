"""The one object every screen talks to: who is selected, the current snapshot, and changes.

Why a controller: "changing a rating anywhere updates every view at once" needs one place that
writes, recomputes the person's :class:`~cxcareer.service.career.PersonSnapshot` and tells every
screen.
Screens never call each other; they read ``controller.snapshot`` and listen to its signals. Edits go
through the undo stack so Ctrl+Z works everywhere the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from cxcareer.framework import Text
from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.store.errors import NotFound
from cxcareer.store.records import Assessor, Basis
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error

__all__ = ["ProfileController", "RatingCommand"]

log = logging.getLogger(__name__)

T = TypeVar("T")


class RatingCommand(QUndoCommand):
    """Recording ratings; undo records the previous levels again (history stays whole)."""

    def __init__(
        self,
        controller: ProfileController,
        person_id: str,
        levels: Mapping[str, int],
        before: Mapping[str, int],
        assessor: Assessor,
        comments: Mapping[str, str] | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._person_id = person_id
        self._levels = dict(levels)
        self._before = dict(before)
        self._assessor = assessor
        self._comments = dict(comments or {})

    def redo(self) -> None:
        self._controller._write_rating(
            self._person_id, self._levels, self._assessor, self._comments
        )

    def undo(self) -> None:
        undo_note = QCoreApplication.translate("controller", "undone")
        self._controller._write_rating(
            self._person_id,
            self._before,
            self._assessor,
            dict.fromkeys(self._before, undo_note),
        )


class ProfileController(QObject):
    """Selected person, the fresh snapshot of them, and the signals that keep screens in step."""

    personChanged = Signal()
    dataChanged = Signal()
    languageChanged = Signal()
    databaseChanged = Signal()

    def __init__(
        self,
        app: CareerApp,
        settings: QSettings,
        *,
        language_switcher: Callable[[str], None] | None = None,
        reopener: Callable[[], CareerApp] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.person_id: str | None = None
        self.snapshot: PersonSnapshot | None = None
        self.basis = Basis.MIN
        self.read_only = app.database.read_only
        self._language_switcher = language_switcher
        self._reopener = reopener
        self.error_parent: QWidget | None = None

    # -- texts and language -------------------------------------------------------------
    @property
    def lang(self) -> str:
        """The language of the app and of framework texts."""
        return self.app.lang

    def text(self, value: Text | None) -> str:
        """A framework text in the current language."""
        return self.app.text(value)

    def set_language(self, lang: str) -> None:
        """Switch every visible text: Qt translators first, then framework content."""
        if lang == self.app.lang:
            return
        self.app.set_lang(lang)
        self.settings.setValue("language", lang)
        if self._language_switcher is not None:
            self._language_switcher(lang)
        if self.person_id is not None:
            self._recompute()
        self.languageChanged.emit()
        self.dataChanged.emit()

    # -- selection ----------------------------------------------------------------------
    def select_person(self, person_id: str | None) -> None:
        """Show ``person_id`` everywhere (None: nobody)."""
        self.person_id = person_id
        self.undo_stack.clear()
        self._recompute()
        self.personChanged.emit()
        self.dataChanged.emit()

    def me_id(self) -> str | None:
        """The person this laptop's user said is them, on this database (None: not yet)."""
        value = self.settings.value(self._me_key())
        return str(value) if value else None

    def set_me(self, person_id: str | None) -> None:
        """Remember which person is the user of this app on this database."""
        if person_id is None:
            self.settings.remove(self._me_key())
        else:
            self.settings.setValue(self._me_key(), person_id)

    def _me_key(self) -> str:
        location = str(self.app.database.location).replace("/", "|").replace("\\", "|")
        return f"people/me/{location}"

    def refresh(self) -> None:
        """Recompute the snapshot after a write and tell every screen."""
        self._recompute()
        self.dataChanged.emit()

    def _recompute(self) -> None:
        if self.person_id is None:
            self.snapshot = None
            return
        try:
            self.snapshot = self.app.person_snapshot(self.person_id, basis=self.basis)
        except NotFound:
            self.person_id = None
            self.snapshot = None

    # -- writes -------------------------------------------------------------------------
    def run(self, fn: Callable[[CareerApp], T], *, refresh: bool = True) -> T | None:
        """Run a write on the app; errors are shown (None returned), screens refreshed."""
        try:
            result = fn(self.app)
        except Exception as error:
            show_error(self.error_parent or _active_window(), error)
            return None
        if refresh:
            self.refresh()
        return result

    def rate(
        self,
        levels: Mapping[str, int],
        *,
        assessor: Assessor = Assessor.SELF,
        comments: Mapping[str, str] | None = None,
        person_id: str | None = None,
    ) -> bool:
        """Record ratings for the selected person as an undoable step; False if refused."""
        target = person_id or self.person_id
        if target is None or not levels:
            return False
        if self.read_only:
            show_error(
                self.error_parent or _active_window(),
                PermissionError(phrases.read_only_database()),
            )
            return False
        try:
            snapshot = self.app.person_snapshot(target)
            current = (
                snapshot.manager_levels if assessor is Assessor.MANAGER else snapshot.self_levels
            )
            before = {skill: current[skill].level if skill in current else 0 for skill in levels}
            # Check before pushing: a refused rating must not enter the undo stack.
            self.app.rate(target, levels, assessor=assessor, comments=comments)
        except Exception as error:
            show_error(self.error_parent or _active_window(), error)
            return False
        names = ", ".join(sorted(snapshot.skill_name(skill) for skill in levels))
        command = RatingCommand(
            self, target, levels, before, assessor, comments, self.tr("Rate {0}").format(names)
        )
        command.setObsolete(False)
        self._skip_first_redo = True
        self.undo_stack.push(command)
        self.refresh()
        return True

    _skip_first_redo = False

    def _write_rating(
        self,
        person_id: str,
        levels: Mapping[str, int],
        assessor: Assessor,
        comments: Mapping[str, str],
    ) -> None:
        if self._skip_first_redo:  # push() calls redo(); the rating was already written
            self._skip_first_redo = False
            return
        try:
            self.app.rate(person_id, levels, assessor=assessor, comments=comments)
        except Exception as error:
            show_error(self.error_parent or _active_window(), error)
            return
        self.refresh()

    # -- database -----------------------------------------------------------------------
    def reopen(self) -> None:
        """Close and reopen the database (after a restore); screens reload from scratch."""
        if self._reopener is None:
            return
        self.app.database.close()
        self.app = self._reopener()
        self.read_only = self.app.database.read_only
        self.undo_stack.clear()
        self._recompute()
        self.databaseChanged.emit()
        self.personChanged.emit()
        self.dataChanged.emit()


def _active_window() -> QWidget | None:
    instance = QApplication.instance()
    if isinstance(instance, QApplication):
        return instance.activeWindow()
    return None
