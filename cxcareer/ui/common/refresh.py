"""Refreshing a screen only for changes it shows, and a hidden screen only when it is shown.

Why: every write used to rebuild every screen, hidden ones included (the Ladder recomputed
readiness for every role, Paths ran a three-route search) for a changed comment. Each screen
now says which :class:`~cxcareer.service.changes.Changes` concern it; a concerning change
redraws a visible screen at once and marks a hidden one stale, to redraw when it is next shown.

"Hidden" means: inside its window, but not showing there (a screen behind another in the main
window's stack). A screen that is a window of its own, shown or not, counts as showing, so a
screen built on its own (as the tests do) follows every change at once.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from cxcareer.service.changes import Aspect, Changes

__all__ = ["RefreshOnChange", "about_person"]

#: Changes that concern every screen, whoever they are about.
_EVERY_SCREEN = (Aspect.DATABASE, Aspect.LANGUAGE, Aspect.SELECTION)


def about_person(person_id: str | None, *aspects: Aspect) -> Callable[[Changes], bool]:
    """A test for "this change shows on a screen of ``person_id``'s ``aspects``".

    Language, selection and database changes concern every screen; the others only when they
    are about ``person_id`` and one of ``aspects``.
    """

    def concerns(changes: Changes) -> bool:
        if changes.touches(*_EVERY_SCREEN):
            return True
        return changes.concerns(person_id) and changes.touches(*aspects)

    return concerns


def _held_weakly(call: Callable[[Changes], None]) -> Callable[[], Callable[[Changes], None] | None]:
    """A way back to ``call`` that does not keep its object alive (a method is held weakly;
    any other callable, which cannot point back at the screen through ``self``, strongly)."""
    if inspect.ismethod(call):
        return weakref.WeakMethod(call)
    return lambda: call


class RefreshOnChange(QObject):
    """Calls ``refresh(changes)`` for the changes ``concerns`` accepts; later if hidden.

    Args:
        widget: the screen (its show events are watched while changes wait).
        changed: the controller's ``changed`` signal.
        concerns: which changes the screen shows.
        refresh: redraws the screen (normally one of its methods); gets every change gathered
            while it was hidden.

    The widget and a method of it are held weakly: a strong reference would tie the screen's
    Python half into a cycle with this child, and Python would then free a screen it owns at
    whatever moment the garbage collector runs — once, in the tests, while Qt was laying one
    of its tables out (a crash).
    """

    def __init__(
        self,
        widget: QWidget,
        changed: object,
        concerns: Callable[[Changes], bool],
        refresh: Callable[[Changes], None],
    ) -> None:
        super().__init__(widget)
        self._widget = weakref.ref(widget)
        self._concerns = concerns
        self._refresh = _held_weakly(refresh)
        self._pending: Changes | None = None
        self.refreshes = 0
        """How many times the screen was redrawn (tests count hidden screens' work)."""
        changed.connect(self._on_changed)  # type: ignore[attr-defined]

    @classmethod
    def for_person(
        cls,
        widget: QWidget,
        controller: object,
        aspects: tuple[Aspect, ...],
        refresh: Callable[[Changes], None],
    ) -> RefreshOnChange:
        """Follow the controller's selected person for ``aspects`` (and every screen's changes)."""

        def concerns(changes: Changes) -> bool:
            person_id = getattr(controller, "person_id", None)
            return about_person(person_id, *aspects)(changes)

        return cls(widget, controller.changed, concerns, refresh)  # type: ignore[attr-defined]

    @property
    def stale(self) -> bool:
        """True while changes wait for the screen to be shown."""
        return self._pending is not None

    def _on_changed(self, changes: Changes) -> None:
        widget = self._widget()
        if widget is None or not self._concerns(changes):
            return
        if widget.isWindow() or widget.isVisibleTo(widget.window()):
            self._run(changes)
        elif self._pending is None:
            self._pending = changes
            # Watch the widget's events only while changes wait (not every paint and move).
            widget.installEventFilter(self)
        else:
            self._pending = self._pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            "_pending" in self.__dict__  # not a late event, after Python let go of this object
            and self._pending is not None
            and event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent)
            and watched is self._widget()
        ):
            pending, self._pending = self._pending, None
            watched.removeEventFilter(self)
            self._run(pending)
        return False

    def _run(self, changes: Changes) -> None:
        refresh = self._refresh()
        if refresh is not None:
            self.refreshes += 1
            refresh(changes)
