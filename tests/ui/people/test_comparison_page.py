"""Self vs manager page: flags first, manager ratings with comments, evidence, the plan."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from cxcareer.store.records import ActionStatus, Assessor, EvidenceStrength
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.comparison_model import FLAGGED_ROLE, SKILL_ID_ROLE, Column
from cxcareer.ui.people.comparison_page import ComparisonPage
from cxcareer.ui.people.evidence_model import EvidenceColumn
from cxcareer.ui.people.plan_model import OVERDUE_ROLE, PlanColumn

DISPLAY = Qt.ItemDataRole.DisplayRole


def _page(qtbot: QtBot, controller: ProfileController) -> ComparisonPage:
    page = ComparisonPage(controller)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    return page


def test_flags_are_sorted_first(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    controller.rate({"communication": 4, "problem-solving": 2, "empathy-patience": 1})
    controller.rate(
        {"communication": 2, "problem-solving": 3, "empathy-patience": 4},
        assessor=Assessor.MANAGER,
    )
    model = page.skills.model
    skills = [model.data(model.index(r, 0), SKILL_ID_ROLE) for r in range(model.rowCount())]
    flags = [model.data(model.index(r, 0), FLAGGED_ROLE) for r in range(model.rowCount())]
    assert skills[:2] == ["empathy-patience", "communication"]
    assert flags[:2] == [True, True]
    assert not any(flags[2:])
    assert "talk about it" in model.data(model.index(0, Column.DIFFERENCE), DISPLAY)
    assert page.stack.currentIndex() == 1
    assert "Ana Souza" in page.title.text()


def test_manager_rating_with_comment_keeps_both_histories(
    qtbot: QtBot, controller: ProfileController
) -> None:
    page = _page(qtbot, controller)
    controller.rate({"communication": 4}, comments={"communication": "I lead calls"})
    page.skills.select_skill("communication")
    assert page.skills.selected_skill() == "communication"
    form = page.skills.rating
    assert form.assessor.currentData() == Assessor.MANAGER.value
    form.level.setCurrentIndex(form.level.findData(2))
    qtbot.keyClicks(form.comment, "Emails need structure")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)

    assert controller.snapshot is not None
    assert controller.snapshot.manager_levels["communication"].level == 2
    assert controller.snapshot.self_levels["communication"].level == 4
    history = page.skills.history_model
    assert history.rowCount() == 2
    rows = {history.data(history.index(r, 1), DISPLAY): r for r in range(2)}
    manager_row = rows["Manager (Tester)"]
    self_row = rows["Self (Tester)"]
    assert history.data(history.index(manager_row, 3), DISPLAY) == "Emails need structure"
    assert history.data(history.index(self_row, 3), DISPLAY) == "I lead calls"
    assert page.skills.selected_skill() == "communication"
    # Ctrl+Z takes the first manager rating back (no level 0 nobody gave); the self one stays.
    controller.undo_stack.undo()
    assert "communication" not in controller.snapshot.manager_levels
    history_points = controller.app.history(controller.person_id or "", "communication")
    assert [(p.assessor, p.level) for p in history_points] == [(Assessor.SELF, 4)]


def test_adding_evidence_and_verifying_it(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    page.skills.select_skill("communication")
    panel = page.skills.evidence
    assert panel.add_button.isEnabled()
    panel.add_evidence()
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.skill.currentData() == "communication"
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    dialog.observed.setDate(QDate(2025, 2, 1))
    dialog._check_and_accept()  # an empty description is refused in the dialog
    assert dialog.problem.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.text, "Rewrote the refund macro")
    qtbot.keyClicks(dialog.link, "https://wiki.test/m")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        dialog._check_and_accept()

    model = panel.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, EvidenceColumn.TEXT), DISPLAY) == "Rewrote the refund macro"
    assert model.data(model.index(0, EvidenceColumn.STRENGTH), DISPLAY) == "Example"
    comparison = page.skills.model
    row = comparison.row_of("communication")
    assert comparison.data(comparison.index(row, Column.EVIDENCE), DISPLAY) == "1"

    panel.table.selectRow(0)
    assert panel.verify_button.isEnabled()
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    assert panel.model.record(0) is not None
    record = panel.model.record(0)
    assert record is not None
    assert record.strength is EvidenceStrength.VERIFIED
    assert "✔ Tester" in record.text
    assert not panel.verify_button.isEnabled(), "already verified"


def test_own_evidence_cannot_be_verified(qtbot: QtBot, controller: ProfileController) -> None:
    controller.set_me(controller.person_id)
    page = _page(qtbot, controller)
    page.skills.select_skill("communication")
    panel = page.skills.evidence
    panel.add_evidence()
    assert panel.dialog is not None
    qtbot.keyClicks(panel.dialog.text, "Helped a customer")
    panel.dialog._check_and_accept()
    panel.table.selectRow(0)
    assert not panel.verify_button.isEnabled()


def test_plan_overdue_done_keeps_date_and_undo(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    plan = page.plan
    plan.add_action("communication")
    dialog = plan.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.title, "Shadow a team lead")
    past = date.today() - timedelta(days=3)
    dialog.due.setDate(QDate(past.year, past.month, past.day))
    assert dialog.skill.currentData() == "communication"
    assert dialog.role.currentData() == "support-specialist"
    with qtbot.waitSignal(controller.changed, timeout=2000):
        dialog._check_and_accept()

    model = plan.model
    assert model.rowCount() == 1
    status = model.index(0, PlanColumn.STATUS)
    assert model.data(status, OVERDUE_ROLE) is True
    assert model.data(status, DISPLAY) == "Open — 3 days late"
    assert model.data(model.index(0, PlanColumn.TITLE), Qt.ItemDataRole.FontRole).bold()
    assert "1 overdue" in plan.summary.text()

    plan.table.selectRow(0)
    assert plan.done_button.isEnabled()
    qtbot.mouseClick(plan.done_button, Qt.MouseButton.LeftButton)
    row = model.plan_row(0)
    assert row is not None
    assert row.action.status is ActionStatus.DONE
    assert row.action.due_on == past, "the due date is kept"
    assert row.action.completed_at is not None
    assert not row.overdue
    assert model.data(model.index(0, PlanColumn.STATUS), DISPLAY).startswith("Done on ")

    controller.undo_stack.undo()
    reopened = model.plan_row(0)
    assert reopened is not None
    assert reopened.action.status is ActionStatus.OPEN
    assert reopened.overdue
    assert reopened.action.due_on == past


def test_edit_action(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    plan = page.plan
    plan.add_action()
    assert plan.dialog is not None
    qtbot.keyClicks(plan.dialog.title, "Course")
    plan.dialog.has_due.setChecked(False)
    plan.dialog._check_and_accept()
    plan.table.selectRow(0)
    plan.edit_action()
    dialog = plan.dialog
    assert dialog is not None
    assert dialog.title.text() == "Course"
    dialog.title.setText("CRM admin course")
    dialog.owner.setText("Bea")
    dialog._check_and_accept()
    row = plan.model.plan_row(0)
    assert row is not None
    assert (row.action.title, row.action.owner, row.action.due_on) == (
        "CRM admin course",
        "Bea",
        None,
    )


def test_nobody_selected_shows_a_hint(qtbot: QtBot, controller: ProfileController) -> None:
    page = _page(qtbot, controller)
    controller.select_person(None)
    assert page.stack.currentIndex() == 0
    assert page.skills.model.rowCount() == 0
    assert page.plan.model.rowCount() == 0
