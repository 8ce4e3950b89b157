"""The role detail panel on its own, as other screens use it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.role_detail import RoleDetail


def _communication(detail: RoleDetail) -> str:
    model = detail.requirements_model
    for row in range(model.rowCount()):
        found = model.row_at(row)
        if found is not None and found.skill == "communication":
            return str(model.data(model.index(row, 3)))
    raise AssertionError("communication is not required")


def test_shows_a_role_against_the_person_and_follows_new_ratings(
    qtbot: QtBot, controller: ProfileController
) -> None:
    detail = RoleDetail(controller)
    qtbot.addWidget(detail)
    detail.show()
    assert detail.empty.isVisible()
    detail.show_role("support-specialist")
    assert not detail.empty.isVisible()
    assert detail.title.text() == "Customer Support Specialist"
    assert "level 3 (Apply)" in detail.summary.text()
    assert detail.summary.text().endswith("ready")
    assert _communication(detail).startswith("0 · not yet")
    assert controller.rate({"communication": 3})
    assert _communication(detail).startswith("3 · Apply")
    controller.undo_stack.undo()
    assert _communication(detail).startswith("0 · not yet")


def test_ways_out_emit_the_role_to_open(qtbot: QtBot, controller: ProfileController) -> None:
    detail = RoleDetail(controller)
    qtbot.addWidget(detail)
    detail.show_role("qa-analyst")
    model = detail.ways_out_model
    row = next(r for r in range(model.rowCount()) if model.role_at(r) == "qa-lead")
    with qtbot.waitSignal(detail.roleActivated) as blocker:
        detail.ways_out.doubleClicked.emit(model.index(row, 0))
    assert blocker.args == ["qa-lead"]
    assert detail.ways_in.accessibleName() == "Ways into Quality Assurance Analyst"


def test_unknown_role_shows_the_hint(qtbot: QtBot, controller: ProfileController) -> None:
    detail = RoleDetail(controller)
    qtbot.addWidget(detail)
    detail.show_role("no-such-role")
    assert detail.detail is None
    assert detail.empty.text().startswith("Choose a role")
