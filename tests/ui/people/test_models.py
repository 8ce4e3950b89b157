"""The people screens' item models: checked by qtmodeltester and by plain data() reads."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cxcareer.service import development
from cxcareer.service.comparison import compare
from cxcareer.service.people_groups import group_people
from cxcareer.service.plan_rows import plan_rows
from cxcareer.store.records import ActionStatus, Assessor, EvidenceKind, EvidenceStrength
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.comparison_model import FLAGGED_ROLE, SKILL_ID_ROLE, Column, ComparisonModel
from cxcareer.ui.people.evidence_model import EVIDENCE_ID_ROLE, EvidenceColumn, EvidenceModel
from cxcareer.ui.people.history_model import HistoryModel
from cxcareer.ui.people.people_model import PERSON_ID_ROLE, PeopleTreeModel
from cxcareer.ui.people.plan_model import ACTION_ID_ROLE, OVERDUE_ROLE, PlanColumn, PlanModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_people_tree_model(qtmodeltester: ModelTester, controller: ProfileController) -> None:
    app = controller.app
    ana = controller.person_id
    assert ana is not None
    bea = app.create_person("Bea Lima").value
    app.set_manager(ana, bea.id)
    app.create_person("Caio")
    model = PeopleTreeModel()
    model.set_groups(group_people(app.people(), bea.id))
    qtmodeltester.check(model)

    titles = [model.data(model.index(row, 0), DISPLAY) for row in range(model.rowCount())]
    assert titles == ["Me (1)", "My team (1)", "Others (1)"]
    team = model.index(1, 0)
    assert not model.flags(team) & Qt.ItemFlag.ItemIsSelectable
    person = model.index(0, 0, team)
    assert model.data(person, DISPLAY) == "Ana Souza"
    assert model.data(person, PERSON_ID_ROLE) == ana
    assert model.flags(person) & Qt.ItemFlag.ItemIsSelectable
    assert model.parent(person) == team
    assert model.index_of(ana) == person
    assert not model.index_of("nobody").isValid()

    app.archive_person(bea.id)
    model.set_groups(group_people(app.people(include_archived=True), bea.id))
    me_row = model.index(0, 0, model.index(0, 0))
    assert model.data(me_row, DISPLAY) == "Bea Lima (archived)"
    assert model.data(me_row, Qt.ItemDataRole.FontRole).italic()
    model.set_groups([])
    assert model.rowCount() == 0


def test_comparison_model(qtmodeltester: ModelTester, controller: ProfileController) -> None:
    controller.rate({"communication": 4, "problem-solving": 3})
    controller.rate({"communication": 1, "problem-solving": 3}, assessor=Assessor.MANAGER)
    view = controller.snapshot
    assert view is not None
    model = ComparisonModel()
    model.set_rows(view, compare(view, evidence_counts={"communication": 2}))
    qtmodeltester.check(model)

    first = model.index(0, Column.SKILL)
    assert model.data(first, SKILL_ID_ROLE) == "communication"
    assert model.data(first, FLAGGED_ROLE) is True
    assert model.data(first, DISPLAY) == view.skill_name("communication")
    assert model.data(model.index(0, Column.SELF), DISPLAY).startswith("4")
    assert model.data(model.index(0, Column.MANAGER), DISPLAY).startswith("1")
    difference = model.index(0, Column.DIFFERENCE)
    assert model.data(difference, DISPLAY) == "3 apart — talk about it"
    assert not model.data(difference, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(difference, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, Column.EVIDENCE), DISPLAY) == "2"
    solving = model.row_of("problem-solving")
    assert model.data(model.index(solving, Column.DIFFERENCE), DISPLAY) == "agree"
    assert model.data(model.index(solving, Column.DIFFERENCE), FLAGGED_ROLE) is False
    assert (
        model.data(model.index(solving, Column.DIFFERENCE), Qt.ItemDataRole.DecorationRole) is None
    )
    unrated = model.row_of("crm-tools")
    assert model.data(model.index(unrated, Column.SELF), DISPLAY) == "not rated"
    assert model.data(model.index(unrated, Column.DIFFERENCE), DISPLAY) == "—"
    assert "Needed for" in model.data(model.index(0, Column.NEEDED), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(Column.MANAGER, Qt.Orientation.Horizontal) == "Manager"
    assert model.data(QModelIndex(), DISPLAY) is None


def test_history_model(qtmodeltester: ModelTester, controller: ProfileController) -> None:
    controller.rate({"communication": 4}, comments={"communication": "mine"})
    controller.rate(
        {"communication": 2}, assessor=Assessor.MANAGER, comments={"communication": "theirs"}
    )
    view = controller.snapshot
    assert view is not None
    assert controller.person_id is not None
    model = HistoryModel()
    model.set_points(view, controller.app.history(controller.person_id, "communication"))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 1), DISPLAY) == "Manager (Tester)"
    assert model.data(model.index(0, 3), DISPLAY) == "theirs"
    assert model.data(model.index(1, 1), DISPLAY) == "Self (Tester)"
    assert model.data(model.index(1, 2), DISPLAY).startswith("4")


def test_evidence_model(qtmodeltester: ModelTester, controller: ProfileController) -> None:
    pid = controller.person_id
    assert pid is not None
    record = development.add_evidence(
        controller.app,
        pid,
        "communication",
        3,
        date(2025, 3, 9),
        EvidenceKind.CERTIFICATION,
        EvidenceStrength.CLAIM,
        "CX cert",
        link="https://cert.test/1",
    ).value
    development.verify_evidence(controller.app, record.id, "Bea")
    view = controller.snapshot
    assert view is not None
    model = EvidenceModel()
    model.set_records(view, development.list_evidence(controller.app, pid))
    qtmodeltester.check(model)
    assert model.data(model.index(0, EvidenceColumn.DATE), DISPLAY) == "9 Mar 2025"
    assert model.data(model.index(0, EvidenceColumn.KIND), DISPLAY) == "Certification"
    strength = model.index(0, EvidenceColumn.STRENGTH)
    assert model.data(strength, DISPLAY) == "Verified"
    assert not model.data(strength, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(0, EvidenceColumn.LINK), DISPLAY) == "https://cert.test/1"
    assert model.data(model.index(0, 0), EVIDENCE_ID_ROLE) == record.id


def test_plan_model(qtmodeltester: ModelTester, controller: ProfileController) -> None:
    pid = controller.person_id
    assert pid is not None
    today = date(2025, 6, 10)
    late = development.add_action(
        controller.app,
        pid,
        "Shadow a lead",
        "Ana",
        skill="communication",
        target_role="support-specialist",
        due_on=today - timedelta(days=2),
    ).value
    done = development.add_action(controller.app, pid, "Course", "Bea").value
    development.set_action_status(controller.app, done.id, ActionStatus.DROPPED)
    view = controller.snapshot
    assert view is not None
    model = PlanModel()
    model.set_rows(view, plan_rows(development.list_actions(controller.app, pid), today))
    qtmodeltester.check(model)
    status = model.index(0, PlanColumn.STATUS)
    assert model.data(status, ACTION_ID_ROLE) == late.id
    assert model.data(status, OVERDUE_ROLE) is True
    assert "late" in model.data(status, DISPLAY)
    assert model.data(status, Qt.ItemDataRole.FontRole).bold()
    assert not model.data(status, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(0, PlanColumn.SKILL), DISPLAY) == view.skill_name("communication")
    assert model.data(model.index(0, PlanColumn.ROLE), DISPLAY) == view.role_title(
        "support-specialist"
    )
    dropped = model.index(1, PlanColumn.STATUS)
    assert model.data(dropped, DISPLAY).startswith("Dropped on ")
    assert model.data(dropped, Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(1, PlanColumn.DUE), DISPLAY) == "—"
