"""The one object every screen talks to: who is selected, the current snapshot, and changes.

Why a controller: "changing a rating anywhere updates every view at once" needs one place that
writes, recomputes the person's :class:`~cxcareer.service.snapshot.PersonSnapshot` (once per
write, and only when the write concerns them) and tells every screen *what* changed. Screens
never call each other; they read ``controller.snapshot`` and decide from the
:class:`~cxcareer.service.changes.Changes` of :attr:`ProfileController.changed` whether to
redraw now, when next shown, or not at all (:mod:`cxcareer.ui.common.refresh`). Edits go
through the undo stack so Ctrl+Z works everywhere the same way.

Signals:
    changed(Changes): after every write, selection, language switch or reopened database,
        with what changed; ``controller.snapshot`` is already up to date when it is emitted.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from cxcareer.framework import Text
from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.company_identity import rating_sides
from cxcareer.service.rating_undo import undo_rating
from cxcareer.store.errors import NotFound
from cxcareer.store.records import Assessor, Basis
from cxcareer.ui.common.app_settings import LANGUAGE, ME
from cxcareer.ui.common.errors import show_error

__all__ = ["ProfileController", "RatingCommand"]

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Aspects of the selected person that its snapshot is computed from.
_SNAPSHOT_ASPECTS = (
    Aspect.PROFILE,
    Aspect.RATINGS,
    Aspect.ACTIONS,
    Aspect.FRAMEWORK,
    Aspect.SELECTION,
)


class RatingCommand(QUndoCommand):
    """Recording ratings; undo records the previous levels again, or takes a first rating back."""

    def __init__(
        self,
        controller: ProfileController,
        person_id: str,
        levels: Mapping[str, int],
        before: Mapping[str, int | None],
        assessor: Assessor,
        comments: Mapping[str, str] | None,
        text: str,
        assessment_id: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._person_id = person_id
        self._levels = dict(levels)
        self._before = dict(before)
        self._assessor = assessor
        self._comments = dict(comments or {})
        self._assessment_id = assessment_id
        self._written = True  # push() calls redo(); the rating was written before the push

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        record = self._controller.run(
            lambda app: app.rate(
                self._person_id, self._levels, assessor=self._assessor, comments=self._comments
            )
        )
        if record is not None:
            self._assessment_id = record.id

    def undo(self) -> None:
        undo_note = QCoreApplication.translate("controller", "undone")
        self._controller.run(
            lambda app: undo_rating(
                app,
                self._person_id,
                self._assessment_id,
                self._before,
                assessor=self._assessor,
                note=undo_note,
            )
        )


class ProfileController(QObject):
    """Selected person, the fresh snapshot of them, and the signal that keeps screens in step."""

    changed = Signal(object)

    def __init__(
        self,
        app: CareerApp,
        settings: QSettings,
        *,
        language_switcher: Callable[[str], None] | None = None,
        reopener: Callable[[], CareerApp] | None = None,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.demo = demo
        """A throw-away demo database: said in the title bar, and nothing of it is remembered."""
        self._demo_me: str | None = None
        self.app = app
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.person_id: str | None = None
        self.snapshot: PersonSnapshot | None = None
        self.basis = Basis.MIN
        self.read_only = app.database.read_only
        self.snapshots_built = 0
        """How many snapshots this controller has computed (one per edit of the shown person)."""
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
        LANGUAGE.write(self.settings, lang)
        if self._language_switcher is not None:
            self._language_switcher(lang)
        if self.snapshot is not None:  # the numbers stay; only the texts' language changes
            self.snapshot = dataclasses.replace(self.snapshot, lang=lang)
        self.changed.emit(Changes.of(Aspect.LANGUAGE))

    # -- selection ----------------------------------------------------------------------
    def select_person(self, person_id: str | None) -> None:
        """Show ``person_id`` everywhere (None: nobody)."""
        self.person_id = person_id
        self.undo_stack.clear()
        self._recompute()
        people = (self.person_id,) if self.person_id is not None else ()
        self.changed.emit(Changes.of(Aspect.SELECTION, people=people))

    def me_id(self) -> str | None:
        """The person this laptop's user said is them, on this database (None: not yet).

        On a company server the server says it: the person its login is granted to.
        """
        identity = self.app.database.identity
        if identity is not None and identity.person_id is not None:
            return identity.person_id
        if self.demo:
            return self._demo_me
        return ME.read(self.settings, self._me_key()) or None

    def server_says_me(self) -> bool:
        """True on a company server connected as a person: "Me" is theirs, not to be chosen."""
        identity = self.app.database.identity
        return identity is not None and identity.person_id is not None

    def manages_people(self) -> bool:
        """Whether adding, archiving and moving people is this user's to do: on a company
        server only HR's and its administrator's (the server refuses anyone else)."""
        identity = self.app.database.identity
        return identity is None or identity.hr or identity.superuser

    def rating_sides(self, person_id: str) -> tuple[Assessor, ...]:
        """The sides this user may rate ``person_id`` as: both, but on a company server a
        person rates themself as self and their reports as manager only (HR no one else)."""
        return rating_sides(self.app, person_id)

    def set_me(self, person_id: str | None) -> None:
        """Remember which person is the user of this app on this database.

        In a demo only while it runs: its database is gone after quitting, and a setting keyed
        by its temporary path would stay behind in the settings file for ever. Nothing on a
        company server, where the login says who this is (:meth:`server_says_me`).
        """
        if self.server_says_me():
            return
        if self.demo:
            self._demo_me = person_id
        elif person_id is None:
            ME.remove(self.settings, self._me_key())
        else:
            ME.write(self.settings, person_id, self._me_key())

    def _me_key(self) -> str:
        return str(self.app.database.location)

    def _recompute(self) -> None:
        if self.person_id is None:
            self.snapshot = None
            return
        try:
            self.snapshot = self.app.person_snapshot(self.person_id, basis=self.basis)
            self.snapshots_built += 1
        except NotFound:
            self.person_id = None
            self.snapshot = None

    # -- changes ------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """Bring the snapshot up to date with ``changes`` (once) and tell every screen."""
        if not changes:
            return
        if changes.touches(Aspect.DATABASE) or (
            changes.concerns(self.person_id) and changes.touches(*_SNAPSHOT_ASPECTS)
        ):
            self._recompute()
        self.changed.emit(changes)

    def refresh(self) -> None:
        """Start every screen afresh: for data changed behind the service's back (tests, a
        restored file), where no write said what it changed."""
        self.apply(Changes.everything())

    def run(self, fn: Callable[[CareerApp], Outcome[T]]) -> T | None:
        """Run a write on the app; errors are shown (None returned), changes applied."""
        try:
            outcome = fn(self.app)
        except Exception as error:
            show_error(self.error_parent or _active_window(), error)
            return None
        self.apply(outcome.changes)
        return outcome.value

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
        try:
            snapshot = self.snapshot
            if snapshot is None or snapshot.person.id != target:
                snapshot = self.app.person_snapshot(target)
            current = (
                snapshot.manager_levels if assessor is Assessor.MANAGER else snapshot.self_levels
            )
            before = {skill: current[skill].level if skill in current else None for skill in levels}
            # Write before pushing: a refused rating must not enter the undo stack.
            outcome = self.app.rate(target, levels, assessor=assessor, comments=comments)
        except Exception as error:
            show_error(self.error_parent or _active_window(), error)
            return False
        names = ", ".join(sorted(snapshot.skill_name(skill) for skill in levels))
        command = RatingCommand(
            self,
            target,
            levels,
            before,
            assessor,
            comments,
            self.tr("Rate {0}").format(names),
            outcome.value.id,
        )
        self.undo_stack.push(command)
        self.apply(outcome.changes)
        return True

    # -- database -----------------------------------------------------------------------
    def reopen(self) -> None:
        """Close and reopen the database (after a restore); screens reload from scratch."""
        if self._reopener is None:
            return
        self.app.database.close()
        self.app = self._reopener()
        self.read_only = self.app.database.read_only
        self.undo_stack.clear()
        self.apply(Changes.everything())


def _active_window() -> QWidget | None:
    instance = QApplication.instance()
    if isinstance(instance, QApplication):
        return instance.activeWindow()
    return None
