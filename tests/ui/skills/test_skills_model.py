"""The Skills table model: qtmodeltester, plain data() checks and ratings written to SQLite."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester

from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.skills.skills_model import (
    CHOICES_ROLE,
    GAP_ROLE,
    MANAGER_COLUMN,
    SELF_COLUMN,
    SKILL_COLUMN,
    SKILL_ROLE,
    SORT_ROLE,
    SkillsTableModel,
)

SPECIALIST = "support-specialist"
DISPLAY = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


def _stored(controller: ProfileController, skill: str) -> list[tuple[str, int]]:
    """(assessor kind, level) of every stored rating of ``skill``, oldest first."""
    path = controller.app.database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "select a.assessor_kind, i.level from assessments a "
            "join assessment_items i on i.assessment_id = a.id "
            "where i.skill_id = ? order by a.assessed_at, a.created_at",
            (skill,),
        ).fetchall()


def _model(controller: ProfileController) -> SkillsTableModel:
    return SkillsTableModel(controller)


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, controller: ProfileController
) -> None:
    controller.rate({"communication": 2, "problem-solving": 3})
    controller.rate({"communication": 3}, assessor=Assessor.MANAGER)
    model = _model(controller)
    qtmodeltester.check(model)
    model.set_show_all(True)
    model.set_query("comun")
    qtmodeltester.check(model)


def test_columns_are_skill_levels_one_per_target_and_last_changed(
    controller: ProfileController,
) -> None:
    controller.app.set_targets(controller.person_id or "", [SPECIALIST, "support-team-lead"])
    controller.refresh()
    model = _model(controller)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Skill", "Self", "Manager"]
    assert headers[-1] == "Last changed"
    assert [h.replace("\n", " ") for h in headers[3:-1]] == [
        "Needed for Customer Support Specialist",
        "Needed for Customer Support Team Lead",
    ]
    assert model.target_column("support-team-lead") == 4
    assert "Customer Support Team Lead" in model.headerData(4, Qt.Orientation.Horizontal, TIP)


def test_cells_show_levels_with_scale_names_and_needs(controller: ProfileController) -> None:
    controller.rate({"communication": 2})
    controller.rate({"communication": 4}, assessor=Assessor.MANAGER)
    model = _model(controller)
    row = model.row_of("communication")
    assert row >= 0
    assert model.index(row, SKILL_COLUMN).data() == "Communication"
    assert model.index(row, SKILL_COLUMN).data(SKILL_ROLE) == "communication"
    assert model.index(row, SELF_COLUMN).data() == "2 · Assist"
    assert model.index(row, MANAGER_COLUMN).data() == "4 · Enable"
    assert model.index(row, SELF_COLUMN).data(Qt.ItemDataRole.EditRole) == 2
    assert model.index(row, SELF_COLUMN).data(SORT_ROLE) == 2
    need = model.index(row, model.target_column(SPECIALIST))
    assert need.data() == "3 · Apply"
    assert need.data(GAP_ROLE) is True, "the lower of self (2) and manager (4) is below 3"
    assert model.index(row, model.last_column()).data() not in (None, "", "—")

    unrated = model.row_of("empathy-patience")
    assert model.index(unrated, SELF_COLUMN).data() == "not rated"
    assert model.index(unrated, SELF_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "not rated"
    )
    assert model.index(unrated, SELF_COLUMN).data(Qt.ItemDataRole.EditRole) == 0
    assert model.index(unrated, model.last_column()).data() == "—"


def test_gaps_are_marked_by_icon_and_tooltip_not_colour_alone(
    controller: ProfileController,
) -> None:
    controller.rate({"communication": 1, "problem-solving": 3})
    model = _model(controller)
    column = model.target_column(SPECIALIST)
    gap = model.index(model.row_of("communication"), column)
    assert isinstance(gap.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert gap.data(Qt.ItemDataRole.BackgroundRole) is not None
    tip = gap.data(TIP)
    assert "Customer Support Specialist needs 3 · Apply" in tip
    assert "Gap: the current level (1 · Follow) is 2 below it." in tip
    assert gap.data(Qt.ItemDataRole.AccessibleTextRole) == "3 · Apply, gap of 2"

    met = model.index(model.row_of("problem-solving"), column)
    assert met.data(GAP_ROLE) is False
    assert met.data(Qt.ItemDataRole.DecorationRole) is None
    assert met.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Met: the current level is 3 · Apply." in met.data(TIP)


def test_tooltips_carry_the_descriptor_of_the_level(controller: ProfileController) -> None:
    controller.rate({"communication": 3})
    view = controller.snapshot
    assert view is not None
    model = _model(controller)
    row = model.row_of("communication")
    descriptor = view.descriptor("communication", 3)
    assert descriptor
    assert descriptor in model.index(row, SELF_COLUMN).data(TIP)
    assert model.index(row, SELF_COLUMN).data(TIP).startswith("Self: 3 · Apply")
    assert descriptor in model.index(row, model.target_column(SPECIALIST)).data(TIP)
    description = view.text(view.framework.skills["communication"].description)  # type: ignore[index]
    assert description in model.index(row, SKILL_COLUMN).data(TIP)
    assert "Not rated by a manager yet" in model.index(row, MANAGER_COLUMN).data(TIP)


def test_level_cells_offer_every_level_with_its_descriptor(controller: ProfileController) -> None:
    view = controller.snapshot
    assert view is not None
    model = _model(controller)
    choices = model.index(model.row_of("communication"), SELF_COLUMN).data(CHOICES_ROLE)
    assert [level for level, _, _ in choices] == list(range(view.framework.scale.max + 1))
    assert choices[0][1] == "0 · not yet"
    assert choices[3] == (3, "3 · Apply", view.descriptor("communication", 3))


def test_only_level_cells_are_editable(controller: ProfileController) -> None:
    model = _model(controller)
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, SELF_COLUMN)) & editable
    assert model.flags(model.index(0, MANAGER_COLUMN)) & editable
    assert not model.flags(model.index(0, SKILL_COLUMN)) & editable
    assert not model.flags(model.index(0, model.last_column())) & editable
    controller.read_only = True
    assert not model.flags(model.index(0, SELF_COLUMN)) & editable
    assert not model.setData(model.index(0, SELF_COLUMN), 3)


def test_editing_writes_ratings_to_sqlite_and_updates_readiness(
    controller: ProfileController,
) -> None:
    model = _model(controller)
    assert controller.snapshot is not None
    before = controller.snapshot.readiness[SPECIALIST]
    row = model.row_of("communication")

    assert model.setData(model.index(row, SELF_COLUMN), 3)
    assert model.setData(model.index(row, MANAGER_COLUMN), 3)
    assert _stored(controller, "communication") == [("self", 3), ("manager", 3)]
    assert controller.snapshot.self_levels["communication"].level == 3
    assert controller.snapshot.readiness[SPECIALIST] > before
    assert model.index(row, SELF_COLUMN).data() == "3 · Apply"
    assert model.index(row, model.target_column(SPECIALIST)).data(GAP_ROLE) is False


def test_setting_the_same_level_records_nothing(controller: ProfileController) -> None:
    model = _model(controller)
    row = model.row_of("communication")
    assert not model.setData(model.index(row, SELF_COLUMN), 0), "unrated and 0: no change"
    assert model.setData(model.index(row, SELF_COLUMN), 2)
    assert not model.setData(model.index(row, SELF_COLUMN), 2)
    assert not model.setData(model.index(row, SKILL_COLUMN), 2)
    assert not model.setData(model.index(row, SELF_COLUMN), "high")
    assert _stored(controller, "communication") == [("self", 2)]


def test_undo_restores_the_previous_level(controller: ProfileController) -> None:
    controller.rate({"communication": 2})
    controller.undo_stack.clear()
    model = _model(controller)
    row = model.row_of("communication")
    assert controller.snapshot is not None
    readiness = controller.snapshot.readiness[SPECIALIST]

    assert model.setData(model.index(row, SELF_COLUMN), 4)
    assert model.index(row, SELF_COLUMN).data() == "4 · Enable"
    controller.undo_stack.undo()
    assert model.index(row, SELF_COLUMN).data() == "2 · Assist"
    assert controller.snapshot.readiness[SPECIALIST] == readiness
    assert _stored(controller, "communication") == [("self", 2), ("self", 4), ("self", 2)]
    controller.undo_stack.redo()
    assert model.index(row, SELF_COLUMN).data() == "4 · Enable"


def test_rating_keeps_rows_in_place_without_a_reset(controller: ProfileController) -> None:
    model = _model(controller)
    resets: list[bool] = []
    changes: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *_: changes.append(True))
    model.setData(model.index(0, SELF_COLUMN), 3)
    assert changes
    assert not resets, "an open editor must not be torn down by a rating"


def test_filter_and_show_all(controller: ProfileController) -> None:
    model = _model(controller)
    relevant = model.rowCount()
    view = controller.snapshot
    assert view is not None
    model.set_show_all(True)
    assert model.rowCount() == len(view.framework.skills) > relevant
    model.set_query("CRM")
    assert [model.index(r, 0).data(SKILL_ROLE) for r in range(model.rowCount())] == ["crm-tools"]
    model.set_query("nothing like this")
    assert model.rowCount() == 0
    assert model.table is not None
    assert model.table.total == len(view.framework.skills)


def test_nobody_selected_means_an_empty_table(
    qtmodeltester: ModelTester, controller: ProfileController
) -> None:
    model = _model(controller)
    controller.select_person(None)
    assert model.rowCount() == 0
    assert model.columnCount() == 0
    qtmodeltester.check(model)
