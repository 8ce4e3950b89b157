"""The ladder's item models: the roles tree, the requirements table and the moves tables."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cxcareer.service.career import CareerApp
from cxcareer.service.ladder_data import LadderData, ladder_data
from cxcareer.service.role_detail import role_detail
from cxcareer.ui.ladder.moves_model import MovesModel
from cxcareer.ui.ladder.requirements_model import RequirementsModel
from cxcareer.ui.ladder.roles_tree_model import ROLE_ID, LadderRolesModel


def _person_data(career_app: CareerApp) -> LadderData:
    person = career_app.create_person(
        "Ana", current_role="support-representative", targets=["support-team-lead"]
    ).value
    career_app.rate(person.id, {"communication": 3})
    return ladder_data(career_app, career_app.person_snapshot(person.id))


def test_roles_tree_groups_by_track_highest_level_first(
    qtmodeltester: ModelTester, career_app: CareerApp
) -> None:
    model = LadderRolesModel()
    data = _person_data(career_app)
    model.set_data(data)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    support = model.index(0, 0)
    assert model.data(support) == "Customer support (6 roles)"
    top = model.index(0, 0, support)
    assert model.data(top, ROLE_ID) == "vp-customer-support"
    last = model.index(5, 0, support)
    assert model.data(last) == "Customer Support Representative · you are here"
    assert model.data(model.index(5, 1, support)) == "2 · Assist"
    assert model.data(model.index(5, 2, support)) == "Customer support"
    # Only communication is rated: the readiness says how many of the rest nobody rated.
    assert model.data(model.index(5, 3, support)) == "17% · 9 not rated"
    lead = model.index_of("support-team-lead")
    assert model.data(lead) == "Customer Support Team Lead · target"
    assert model.role_of(lead) == "support-team-lead"
    assert model.role_of(support) is None


def test_roles_tree_without_a_person_shows_no_readiness(
    qtmodeltester: ModelTester, career_app: CareerApp
) -> None:
    model = LadderRolesModel()
    model.set_data(ladder_data(career_app, None))
    qtmodeltester.check(model)
    index = model.index_of("qa-lead")
    assert model.data(index.siblingAtColumn(3)) == "–"
    model.set_data(None)
    assert model.rowCount() == 0
    assert not model.index_of("qa-lead").isValid()


def test_requirements_table_compares_levels(
    qtmodeltester: ModelTester, career_app: CareerApp
) -> None:
    data = _person_data(career_app)
    detail = role_detail(data, "support-specialist")
    model = RequirementsModel()
    names = {level: data.level_name(level) for level in data.framework.scale.levels()}
    model.set_rows(detail.requirements, names)
    qtmodeltester.check(model)
    assert model.rowCount() == len(detail.requirements)
    assert model.columnCount() == 5
    row = next(r for r, req in enumerate(detail.requirements) if req.skill == "communication")
    assert model.data(model.index(row, 0)).startswith("Communication")
    assert (
        model.data(model.index(row, 1))
        == f"{detail.requirements[row].need} · " + names[detail.requirements[row].need]
    )
    assert model.data(model.index(row, 3)).startswith("3 · Apply")
    assert model.data(model.index(row, 4))
    unrated = next(r for r, req in enumerate(detail.requirements) if req.have == 0)
    assert model.data(model.index(unrated, 3)) == "0 · not yet (below)"
    assert model.data(model.index(unrated, 3), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(unrated, 4)) == "Not rated yet."
    assert model.headerData(2, Qt.Orientation.Horizontal) == "What is needed"


def test_requirements_without_a_person(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    detail = role_detail(ladder_data(career_app, None), "qa-lead")
    model = RequirementsModel()
    model.set_rows(detail.requirements, {})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "no person chosen"
    assert model.data(model.index(0, 4)) == ""


def test_moves_table(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    detail = role_detail(ladder_data(career_app, None), "support-specialist")
    model = MovesModel()
    model.set_moves(detail.ways_out)
    qtmodeltester.check(model)
    rows = {
        model.data(model.index(r, 0)): (
            model.data(model.index(r, 1)),
            model.data(model.index(r, 2)),
        )
        for r in range(model.rowCount())
    }
    assert rows["Customer Support Team Lead"] == ("promotion", "about 2½ years")
    assert rows["Quality Assurance Analyst"] == ("lateral", "6 months")
    assert model.role_at(0) == detail.ways_out[0].role
    assert model.role_at(99) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
