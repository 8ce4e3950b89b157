"""A whole one-to-one on the real page, offscreen, with a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.service import development
from cxcareer.service.meeting_rows import meeting_rows, record_meeting
from cxcareer.store.records import ActionStatus
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.meeting.agenda_model import AgendaColumn
from cxcareer.ui.meeting.export_dialog import ExportOptions, ExportPackDialog
from cxcareer.ui.meeting.pack_export import pack_available
from cxcareer.ui.meeting.page import MeetingPage

from .conftest import MANAGER

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def page(qtbot: QtBot, meeting_controller: ProfileController) -> MeetingPage:
    widget = MeetingPage(meeting_controller)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _groups(page: MeetingPage) -> list[str]:
    model = page.changes_model
    return [model.data(model.index(r, 0), DISPLAY) for r in range(model.rowCount())]


def test_a_whole_meeting(qtbot: QtBot, page: MeetingPage) -> None:
    controller = page.controller
    person = controller.person_id
    assert person is not None
    assert page.heading.text() == "One-to-one with Ana Souza"
    assert page.meeting_day() == date.today()
    last = date.today() - timedelta(days=14)
    assert last.strftime("%Y") in page.since_label.text()
    assert "with Bea Lima" in page.since_label.text()
    assert _groups(page) == ["Ratings (1)", "Evidence (1)", "Actions (1)"]
    assert page.changes_stack.currentIndex() == 0
    assert page.past_model.rowCount() == 1
    assert not page.save_button.isEnabled()

    form = page.new_actions
    assert form.owner.text() == "Ana Souza"
    qtbot.keyClicks(form.title, "Lead the Friday huddle")
    form.skill.setCurrentIndex(form.skill.findData("communication"))
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.model.rowCount() == 1
    assert form.title.text() == ""
    qtbot.keyClicks(form.title, "Pair with Caio")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.model.rowCount() == 2
    form.list.setCurrentIndex(form.model.index(1, 0))
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in form.model.actions()] == ["Lead the Friday huddle"]

    qtbot.keyClicks(page.notes.shared, "Great feedback from customers.")
    qtbot.keyClicks(page.notes.private, "Ready for specialist soon.")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    rows = meeting_rows(controller.app, person, viewer=MANAGER)
    assert [r.meeting.held_on for r in rows] == [date.today(), last]
    saved = rows[0]
    assert saved.meeting.author == MANAGER
    assert saved.meeting.shared_notes == "Great feedback from customers."
    assert saved.meeting.private_notes == "Ready for specialist soon."
    assert [a.title for a in saved.agreed] == ["Lead the Friday huddle"]
    assert saved.agreed[0].skill == "communication"
    assert [a.title for a in saved.carried] == ["Take the de-escalation course"]
    assert page.past_model.rowCount() == 2
    assert page.notes.texts() == ("", "")
    assert page.new_actions.model.rowCount() == 0
    assert "Saved the meeting" in page.save_hint.text()
    # Today's meeting is now the last one: nothing has changed since.
    assert page.changes_stack.currentIndex() == 1
    assert page.agenda_model.rowCount() == 3

    dialog = page.open_meeting(0)
    assert dialog is not None
    text = dialog.browser.toPlainText()
    assert "Great feedback from customers." in text
    assert "Ready for specialist soon." in text
    assert "Lead the Friday huddle" in text
    assert "Take the de-escalation course" in text
    dialog.close()


def test_changes_follow_the_meeting_date(page: MeetingPage) -> None:
    page.date_edit.setDate(page.date_edit.date().addDays(-10))
    assert _groups(page) == []
    assert page.changes_stack.currentIndex() == 1
    assert "Nothing changed since" in page.no_changes.text()
    page.date_edit.setDate(page.date_edit.date().addDays(-5))  # the day before the meeting
    assert "No earlier meeting" in page.since_label.text()
    assert _groups(page) == ["Ratings (1)", "Evidence (1)", "Actions (3)"]


def test_ticking_an_action_done_is_undoable(page: MeetingPage) -> None:
    controller = page.controller
    model = page.agenda_model
    title = model.index(0, AgendaColumn.TITLE)
    action = model.action(0)
    assert action is not None
    model.setData(title, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = {a.id: a for a in development.list_actions(controller.app, action.person_id)}
    assert stored[action.id].status is ActionStatus.DONE
    # Still on the list, ticked, so a wrong tick can be taken back in place.
    row = next(r for r in range(model.rowCount()) if model.action(r).id == action.id)  # type: ignore[union-attr]
    assert model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole).strikeOut()
    controller.undo_stack.undo()
    stored = {a.id: a for a in development.list_actions(controller.app, action.person_id)}
    assert stored[action.id].status is ActionStatus.OPEN
    model.setData(model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(
        model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    stored = {a.id: a for a in development.list_actions(controller.app, action.person_id)}
    assert stored[action.id].status is ActionStatus.OPEN


def test_unsaved_notes_wait_for_their_person(page: MeetingPage) -> None:
    controller = page.controller
    ana = controller.person_id
    caio = controller.app.create_person("Caio Reis", current_role="support-representative").value
    page.notes.shared.setPlainText("For Ana only")
    page.new_actions.title.setText("Ana's action")
    page.new_actions.add()
    controller.select_person(caio.id)
    assert page.heading.text() == "One-to-one with Caio Reis"
    assert page.notes.texts() == ("", "")
    assert page.new_actions.model.rowCount() == 0
    assert page.new_actions.owner.text() == "Caio Reis"
    assert page.past_model.rowCount() == 0
    assert "No earlier meeting" in page.since_label.text()
    controller.select_person(ana)
    assert page.notes.texts() == ("For Ana only", "")
    assert [a.title for a in page.new_actions.model.actions()] == ["Ana's action"]


def test_nobody_selected_shows_the_way_out(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.show_page("meeting")
    assert isinstance(page, MeetingPage)
    main_window.controller.select_person(None)
    assert page.stack.currentIndex() == 0
    assert page.add_person_button.isVisible()
    assert "Nobody is selected" in page.empty_label.text()
    assert page.add_person_button.accessibleName()
    page.export_pack()  # nothing to export, nothing shown


def test_a_meeting_needs_something_to_save(page: MeetingPage) -> None:
    assert not page.save_meeting()
    assert "Write a note" in page.save_hint.text()
    person = page.controller.person_id
    assert person is not None
    assert len(meeting_rows(page.controller.app, person, viewer=MANAGER)) == 1


def test_framework_texts_follow_the_language(page: MeetingPage) -> None:
    page.controller.set_language("pt-BR")
    ratings = page.changes_model.index(0, 0)
    assert "Comunicação" in page.changes_model.data(
        page.changes_model.index(0, 0, ratings), DISPLAY
    )
    assert page.changes_tree.isExpanded(ratings)


def test_every_control_has_an_accessible_name(page: MeetingPage) -> None:
    from PySide6.QtWidgets import QWidget

    missing = [
        type(w).__name__
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(page)
        and not w.accessibleName()
        and type(w).__name__ not in ("QWidget", "QScrollBar", "QSplitterHandle", "QFrame")
        and w.parent() is not None
        and type(w.parent()).__name__ not in ("QDateEdit", "QComboBox")
    ]
    assert missing == []


def test_export_dialog_defaults(qtbot: QtBot) -> None:
    us = ExportPackDialog("Ana", "en", locale=QLocale("en_US"))
    qtbot.addWidget(us)
    assert us.options() == ExportOptions(paper="letter", lang="en", include_private=False)
    br = ExportPackDialog("Ana", "pt-BR", locale=QLocale("pt_BR"))
    qtbot.addWidget(br)
    assert br.options() == ExportOptions(paper="a4", lang="pt-BR", include_private=False)
    assert "stay out" in br.warning.text()
    br.private.setChecked(True)
    assert br.options().include_private
    assert "will be in the PDF" in br.warning.text()


def test_export_pack_asks_then_writes(
    qtbot: QtBot, page: MeetingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not pack_available():
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(str(args[2])))
        page.export_pack()
        assert shown == ["PDF export is not part of this build."]
        pytest.skip("cxcareer.ui.report.pdf_pack is not in this build yet")
    asked: dict[str, Any] = {}

    def choose(self: ExportPackDialog) -> int:
        self.private.setChecked(False)
        return QDialog.DialogCode.Accepted.value

    def save_as(
        _parent: object, _title: str, suggested: str, _filter: str, **_options: object
    ) -> tuple[str, str]:
        asked["suggested"] = suggested
        return str(tmp_path / "pack"), ""

    monkeypatch.setattr(ExportPackDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.export_pack()
    assert Path(asked["suggested"]).name == (f"ana-souza-one-to-one-{date.today().isoformat()}.pdf")
    task = page.last_task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    written = tmp_path / "pack.pdf"
    assert written.read_bytes().startswith(b"%PDF")


def test_space_ticks_an_action_from_the_keyboard(qtbot: QtBot, page: MeetingPage) -> None:
    view = page.agenda_list
    view.setFocus()
    view.setCurrentIndex(page.agenda_model.index(0, 0))
    action = page.agenda_model.action(0)
    assert action is not None
    qtbot.keyClick(view, Qt.Key.Key_Space)
    stored = {a.id: a for a in development.list_actions(page.controller.app, action.person_id)}
    assert stored[action.id].status is ActionStatus.DONE


def test_ctrl_return_saves(qtbot: QtBot, page: MeetingPage) -> None:
    page.notes.shared.setFocus()
    qtbot.keyClicks(page.notes.shared, "Short check-in.")
    qtbot.keyClick(page.notes.shared, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.past_model.rowCount() == 2


def test_read_only_database_changes_nothing(page: MeetingPage) -> None:
    page.controller.read_only = True
    page.reload()
    page.notes.shared.setPlainText("typed anyway")
    assert page.notes.shared.isReadOnly()
    assert not page.save_button.isEnabled()
    assert not page.save_meeting()
    assert "read-only" in page.save_hint.text()
    assert not page.new_actions.isEnabled()
    first = page.agenda_model.index(0, 0)
    assert not page.agenda_model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.agenda_model.setData(
        first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def test_a_rating_changed_after_todays_meeting_shows_as_a_move(page: MeetingPage) -> None:
    """Met today, then raised a rating: the tree says "4 → 5", never "first self rating"."""
    controller = page.controller
    person = controller.person_id
    assert person is not None
    controller.run(lambda app: record_meeting(app, person, date.today(), MANAGER))
    assert controller.rate({"communication": 5})
    page.reload()
    model = page.changes_model
    assert _groups(page) == ["Ratings (1)"]
    text = model.data(model.index(0, 0, model.index(0, 0)), DISPLAY)
    assert "self rating 4 · " in text
    assert "→ 5 · " in text
    assert "first" not in text
