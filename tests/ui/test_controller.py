"""The controller: one write updates the snapshot every screen reads; undo records it back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.service.changes import Changes
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController


def test_rate_refreshes_view_and_signals(qtbot: QtBot, controller: ProfileController) -> None:
    assert controller.snapshot is not None
    before = controller.snapshot.readiness["support-specialist"]
    with qtbot.waitSignal(controller.changed, timeout=2000):
        assert controller.rate({"communication": 4})
    assert controller.snapshot.levels["communication"] == 4
    assert controller.snapshot.readiness["support-specialist"] > before


def test_undo_and_redo_rating(qtbot: QtBot, controller: ProfileController) -> None:
    controller.rate({"communication": 2})
    controller.rate({"communication": 5})
    assert controller.snapshot is not None
    assert controller.snapshot.levels["communication"] == 5
    controller.undo_stack.undo()
    assert controller.snapshot.levels["communication"] == 2
    controller.undo_stack.redo()
    assert controller.snapshot.levels["communication"] == 5
    # Every step stays in the history: 2, 5, 2 (undo), 5 (redo).
    person = controller.person_id
    assert person is not None
    levels = [p.level for p in controller.app.history(person, "communication")]
    assert levels == [2, 5, 2, 5]


def test_manager_rating_undo_goes_back_to_no_manager_level(controller: ProfileController) -> None:
    """Undoing a first manager rating leaves the skill unrated by the manager, never "0"."""
    person = controller.person_id
    assert person is not None
    controller.rate({"communication": 3, "empathy-patience": 2}, assessor=Assessor.MANAGER)
    assert controller.snapshot is not None
    assert controller.snapshot.manager_levels["communication"].level == 3
    controller.undo_stack.undo()
    assert "communication" not in controller.snapshot.manager_levels
    assert "empathy-patience" not in controller.snapshot.manager_levels
    managers = [
        p for p in controller.app.history(person, "communication") if p.assessor is Assessor.MANAGER
    ]
    assert managers == []
    controller.undo_stack.redo()
    assert controller.snapshot.manager_levels["communication"].level == 3
    controller.undo_stack.undo()
    assert "communication" not in controller.snapshot.manager_levels


def test_undo_mixes_a_first_rating_and_a_change(controller: ProfileController) -> None:
    """One step rated a skill for the first time and changed another: undo puts both back."""
    controller.rate({"communication": 2})
    controller.rate({"communication": 4, "empathy-patience": 3})
    controller.undo_stack.undo()
    assert controller.snapshot is not None
    assert controller.snapshot.self_levels["communication"].level == 2
    assert "empathy-patience" not in controller.snapshot.self_levels


def test_refused_rating_shows_message_and_is_not_undoable(
    qtbot: QtBot, controller: ProfileController, monkeypatch: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    assert not controller.rate({"communication": 42})
    assert shown
    assert "42" in shown[0]
    assert controller.undo_stack.count() == 0


def test_language_switch_recomputes_texts(qtbot: QtBot, controller: ProfileController) -> None:
    assert controller.snapshot is not None
    english = controller.snapshot.role_title("support-specialist")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        controller.set_language("pt-BR")
    portuguese = controller.snapshot.role_title("support-specialist")
    assert portuguese != english
    assert controller.settings.value("language") == "pt-BR"


def test_many_emits_do_not_exhaust_true(controller: ProfileController) -> None:
    """PySide6 6.12.0 steals a reference from True per emit; the work-around absorbs it."""
    import sys

    before = sys.getrefcount(True)
    nothing = Changes()
    for _ in range(20_000):
        controller.changed.emit(nothing)
    assert sys.getrefcount(True) > 1_000_000
    assert before > 1_000_000
