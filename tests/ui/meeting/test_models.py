"""The one-to-one screen's item models: qtmodeltester and plain data() reads."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cxcareer.service import development
from cxcareer.service.formats import format_date
from cxcareer.service.meeting_diff import changes_between
from cxcareer.service.meeting_rows import NewAction, agenda_actions, meeting_rows
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.meeting.agenda_model import AgendaColumn, AgendaModel
from cxcareer.ui.meeting.changes_model import ChangesModel
from cxcareer.ui.meeting.new_actions_model import NewActionColumn, NewActionsModel
from cxcareer.ui.meeting.past_meetings_model import MEETING_ID_ROLE, PastColumn, PastMeetingsModel

from .conftest import MANAGER

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_changes_model(qtmodeltester: ModelTester, meeting_controller: ProfileController) -> None:
    view = meeting_controller.snapshot
    assert view is not None
    today = date.today()
    changes = changes_between(
        meeting_controller.app, view.person.id, today - timedelta(days=14), today
    )
    model = ChangesModel()
    model.set_changes(view, changes)
    qtmodeltester.check(model)

    groups = [model.data(model.index(r, 0), DISPLAY) for r in range(model.rowCount())]
    assert groups == ["Ratings (1)", "Evidence (1)", "Actions (1)"]
    ratings = model.index(0, 0)
    rating = model.index(0, 0, ratings)
    assert model.parent(rating) == ratings
    assert "Communication: self rating 2" in model.data(rating, DISPLAY)
    assert "→ 4" in model.data(rating, DISPLAY)
    assert model.data(model.index(0, 1, ratings), DISPLAY)  # a date
    evidence = model.data(model.index(0, 0, model.index(1, 0)), DISPLAY)
    assert "Customer thanked her by name" in evidence
    assert "Old praise" not in evidence
    action = model.data(model.index(0, 0, model.index(2, 0)), DISPLAY)
    assert action == "New action: Review ten tickets with a peer"
    assert isinstance(model.data(ratings, Qt.ItemDataRole.FontRole), QFont)
    assert model.rowCount(rating) == 0

    model.set_changes(view, changes_between(meeting_controller.app, view.person.id, today, today))
    assert model.rowCount() == 0
    model.set_changes(None, None)
    assert model.rowCount() == 0
    assert not model.parent(QModelIndex()).isValid()


def test_agenda_model(
    qtmodeltester: ModelTester, qtbot: QtBot, meeting_controller: ProfileController
) -> None:
    view = meeting_controller.snapshot
    assert view is not None
    actions = development.list_actions(meeting_controller.app, view.person.id)
    model = AgendaModel()
    model.set_actions(view, agenda_actions(actions, date.today()))
    qtmodeltester.check(model)

    assert model.rowCount() == 2
    first = model.index(0, AgendaColumn.TITLE)
    assert model.data(first, DISPLAY) == "Take the de-escalation course\nCommunication"
    assert model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert re.search(r"\(\d+ days? late\)$", model.data(model.index(0, AgendaColumn.DUE), DISPLAY))
    assert model.data(model.index(0, AgendaColumn.TITLE), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, AgendaColumn.DUE), DISPLAY) == "—"
    assert "not done yet" in model.data(first, Qt.ItemDataRole.AccessibleTextRole)
    with qtbot.waitSignal(model.doneToggled) as signal:
        assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    action = model.action(0)
    assert action is not None
    assert signal.args == [action.id, True]
    assert not model.setData(first, "x", DISPLAY)
    model.writable = False
    assert not model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable


def test_new_actions_model(
    qtmodeltester: ModelTester, meeting_controller: ProfileController
) -> None:
    model = NewActionsModel()
    model.set_view(meeting_controller.snapshot)
    model.append(NewAction("Lead a huddle", "Ana Souza", date(2030, 1, 9), "communication"))
    model.append(NewAction("Read the guide", "Bea"))
    qtmodeltester.check(model)
    assert model.data(model.index(0, NewActionColumn.TITLE), DISPLAY) == (
        "Lead a huddle\nCommunication"
    )
    assert model.data(model.index(0, NewActionColumn.DUE), DISPLAY) == "9 Jan 2030"
    assert model.data(model.index(1, NewActionColumn.OWNER), DISPLAY) == "Bea"
    assert model.data(model.index(1, NewActionColumn.DUE), DISPLAY) == "—"
    model.remove(0)
    assert [a.title for a in model.actions()] == ["Read the guide"]
    model.remove(5)
    assert model.rowCount() == 1


def test_past_meetings_model(
    qtmodeltester: ModelTester, meeting_controller: ProfileController
) -> None:
    person = meeting_controller.person_id
    assert person is not None
    rows = meeting_rows(meeting_controller.app, person, viewer=MANAGER)
    model = PastMeetingsModel()
    model.set_rows(rows, "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.data(model.index(0, PastColumn.NOTES), DISPLAY) == (
        "Good first month. (+ private notes)"
    )
    assert model.data(model.index(0, PastColumn.ACTIONS), DISPLAY) == "1"
    assert model.data(model.index(0, 0), MEETING_ID_ROLE) == rows[0].meeting.id
    other = PastMeetingsModel()
    other.set_rows(meeting_rows(meeting_controller.app, person, viewer="Someone"), "pt-BR")
    assert other.data(other.index(0, PastColumn.NOTES), DISPLAY) == "Good first month."
    held = rows[0].meeting.held_on
    assert other.data(other.index(0, PastColumn.DATE), DISPLAY) == format_date(held, "pt-BR")
