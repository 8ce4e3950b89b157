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
