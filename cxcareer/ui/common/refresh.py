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


class RefreshOnChange(QObject):
    """Calls ``refresh(changes)`` for the changes ``concerns`` accepts; later if hidden.

    Args:
        widget: the screen (its show events are watched).
        changed: the controller's ``changed`` signal.
        concerns: which changes the screen shows.
        refresh: redraws the screen; gets every change gathered while it was hidden.

    Keep the object (``self.refresher = ...``): Qt keeps its C++ half alive with the widget, but
    Python frees a wrapper nobody holds, and the state below with it.
    """

    def __init__(
        self,
        widget: QWidget,
        changed: object,
        concerns: Callable[[Changes], bool],
        refresh: Callable[[Changes], None],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._concerns = concerns
        self._refresh = refresh
        self._pending: Changes | None = None
        self.refreshes = 0
        """How many times the screen was redrawn (tests count hidden screens' work)."""
        widget.installEventFilter(self)
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

    def _showing(self) -> bool:
        widget = self._widget
        return widget.isWindow() or widget.isVisibleTo(widget.window())

    def _on_changed(self, changes: Changes) -> None:
        if not self._concerns(changes):
            return
        if self._showing():
            self._run(changes)
        else:
            self._pending = changes if self._pending is None else self._pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_widget" not in self.__dict__:  # a late event, after Python let go of this object
            return False
        if (
            watched is self._widget
            and self._pending is not None
            and event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent)
        ):
            pending, self._pending = self._pending, None
            self._run(pending)
        return False

    def _run(self, changes: Changes) -> None:
        self.refreshes += 1
        self._refresh(changes)
