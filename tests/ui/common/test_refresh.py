"""RefreshOnChange: concerning changes redraw a showing screen now and a hidden one when shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from cxcareer.service.changes import Aspect, Changes
from cxcareer.ui.common.refresh import RefreshOnChange, about_person


class _Source(QObject):
    changed = Signal(object)


def test_a_screen_behind_another_waits_until_shown(qtbot: QtBot) -> None:
    source = _Source()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, back = QLabel("front"), QLabel("back")
    stack.addWidget(front)
    stack.addWidget(back)
    seen: list[Changes] = []
    refresher = RefreshOnChange(
        back, source.changed, lambda c: c.touches(Aspect.RATINGS), seen.append
    )
    stack.show()

    source.changed.emit(Changes.of(Aspect.RATINGS, people={"a"}))
    source.changed.emit(Changes.of(Aspect.RATINGS, people={"b"}, skills={"x"}))
    source.changed.emit(Changes.of(Aspect.MEETINGS, people={"c"}))
    assert seen == []
    assert refresher.stale

    stack.setCurrentWidget(back)
    assert len(seen) == 1, "gathered changes redraw once"
    assert seen[0].people == {"a", "b"}
    assert seen[0].skills == {"x"}
    assert not refresher.stale

    source.changed.emit(Changes.of(Aspect.RATINGS))
    assert len(seen) == 2, "a showing screen redraws at once"
    source.changed.emit(Changes.of(Aspect.EVIDENCE))
    assert len(seen) == 2, "a change it does not show is ignored"
    assert refresher.refreshes == 2


def test_a_screen_that_is_its_own_window_follows_at_once(qtbot: QtBot) -> None:
    source = _Source()
    alone = QLabel()
    qtbot.addWidget(alone)
    seen: list[Changes] = []
    RefreshOnChange(alone, source.changed, lambda _c: True, seen.append)
    source.changed.emit(Changes.of(Aspect.PROFILE))
    assert len(seen) == 1


def test_about_person_takes_every_screens_changes_and_the_persons_own() -> None:
    concerns = about_person("ana", Aspect.RATINGS)
    assert concerns(Changes.of(Aspect.RATINGS, people={"ana"}))
    assert not concerns(Changes.of(Aspect.RATINGS, people={"bia"}))
    assert not concerns(Changes.of(Aspect.MEETINGS, people={"ana"}))
    for everyone in (Aspect.LANGUAGE, Aspect.SELECTION, Aspect.DATABASE):
        assert concerns(Changes.of(everyone))
    assert not about_person(None, Aspect.RATINGS)(Changes.of(Aspect.RATINGS, people={"ana"}))


class _Screen(QLabel):
    """A screen as the app builds them: it keeps its refresher and redraws in a method."""

    def __init__(self, source: _Source) -> None:
        super().__init__()
        self.seen: list[Changes] = []
        self.refresher = RefreshOnChange(self, source.changed, lambda _c: True, self._changed)

    def _changed(self, changes: Changes) -> None:
        self.seen.append(changes)


def test_a_screen_is_freed_when_let_go_not_when_the_collector_runs(qtbot: QtBot) -> None:
    """The refresher holds its screen weakly, so screen and refresher form no cycle.

    Why it matters: with a cycle, Python freed a screen it owned whenever the garbage collector
    happened to run — once while Qt was laying out one of its tables (a segmentation fault in
    the people screens' tests, found by bisecting with frequent collections).
    """
    import gc
    import weakref

    source = _Source()
    screen = _Screen(source)
    source.changed.emit(Changes.of(Aspect.RATINGS))
    assert len(screen.seen) == 1
    gone = weakref.ref(screen)
    gc.disable()
    try:
        del screen
        assert gone() is None, "the screen waits for the garbage collector: a cycle"
    finally:
        gc.enable()
    source.changed.emit(Changes.of(Aspect.RATINGS))  # nobody left to redraw: nothing happens
