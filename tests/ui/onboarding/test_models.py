"""The wizard's two models: checked by qtmodeltester and by plain ``data()`` expectations."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cxcareer.framework import Text, load_builtin
from cxcareer.graph import build_graph
from cxcareer.service.onboarding_steps import target_options
from cxcareer.ui.onboarding.role_tree_model import ENTRY, ROLE_ID, RoleTreeModel
from cxcareer.ui.onboarding.target_list_model import TargetListModel


def _english(value: Text | None) -> str:
    return value.get("en") if value is not None else ""


def _portuguese(value: Text | None) -> str:
    return value.get("pt-BR") if value is not None else ""


def test_role_tree_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = RoleTreeModel(load_builtin(), _english)
    qtmodeltester.check(model)


def test_role_tree_groups_tracks_with_entry_roles_first(qtbot: QtBot) -> None:
    framework = load_builtin()
    model = RoleTreeModel(framework, _english)
    assert model.rowCount() == len(framework.tracks)
    support = model.index(0, 0)
    assert support.data() == "Customer support"
    assert support.data(ROLE_ID) is None
    assert not model.flags(support) & Qt.ItemFlag.ItemIsSelectable
    first = model.index(0, 0, support)
    assert first.data() == "Customer Support Representative"
    assert first.data(ROLE_ID) == "support-representative"
    assert first.data(ENTRY) is True
    assert model.index(0, 1, support).data() == "2 · Assist"
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable
    assert first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.parent(first) == support
    assert model.rowCount(first) == 0
    total = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
    assert total == len(framework.roles)
    found = model.index_of("qa-lead")
    assert found.data() == "Quality Assurance Lead"
    assert not model.index_of("nobody").isValid()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Level"


def test_role_tree_texts_follow_the_language(qtbot: QtBot) -> None:
    language = {"fn": _english}
    model = RoleTreeModel(load_builtin(), lambda value: language["fn"](value))
    first = model.index(0, 0, model.index(0, 0))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        language["fn"] = _portuguese
        model.refresh_texts()
    assert first.data() == "Representante de Suporte ao Cliente"
    assert model.index(0, 1, model.index(0, 0)).data() == "2 · Auxilia"


def _targets(current: str | None = "support-representative") -> TargetListModel:
    framework = load_builtin()
    model = TargetListModel(framework, _english)
    model.set_options(target_options(build_graph(framework), current))
    return model


def test_target_list_passes_modeltester(qtmodeltester: ModelTester) -> None:
    model = _targets()
    qtmodeltester.check(model)
    model.set_show_all(True)
    qtmodeltester.check(model)


def test_target_list_reachable_first_and_at_most_three(qtbot: QtBot) -> None:
    model = _targets("support-team-lead")
    reachable_rows = model.rowCount()
    assert all(model.option_at(row).reachable for row in range(reachable_rows))
    assert model.has_unreachable()
    assert model.has_reachable()
    assert model.index(0, 0).data() == "Customer Experience Coordinator"
    assert model.index(0, 1).data() == "4 · Enable"
    assert model.index(0, 2).data() == "1 move · 6 months"
    two_moves = next(r for r in range(reachable_rows) if model.option_at(r).moves == 2)
    assert model.index(two_moves, 2).data().startswith("2 moves")
    model.set_show_all(True)
    assert model.rowCount() > reachable_rows
    last = model.rowCount() - 1
    assert model.index(last, 2).data() == "No path from your role"
    assert model.index(last, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    model.set_show_all(False)

    checked = Qt.CheckState.Checked
    role = Qt.ItemDataRole.CheckStateRole
    with qtbot.waitSignal(model.checkedChanged, timeout=1000):
        assert model.setData(model.index(1, 0), checked, role)
    assert model.setData(model.index(0, 0), checked, role)
    assert model.setData(model.index(2, 0), checked, role)
    first_id = model.index(1, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert model.checked()[0] == first_id
    assert model.index(1, 0).data().endswith("(target 1)")
    assert model.index(0, 0).data(role) == checked
    with qtbot.waitSignal(model.limitReached, timeout=1000):
        assert not model.setData(model.index(3, 0), checked, role)
    assert len(model.checked()) == 3
    assert model.setData(model.index(1, 0), Qt.CheckState.Unchecked, role)
    assert len(model.checked()) == 2
    assert model.index(0, 0).data().endswith("(target 1)"), "the order moves up"
    assert not model.setData(model.index(0, 1), checked, role), "only the role column checks"
    assert not model.index(0, 1).data(role)
    assert model.data(QModelIndex()) is None


def test_target_list_without_a_current_role_offers_everything() -> None:
    model = _targets(None)
    assert model.rowCount() == len(load_builtin().roles)
    assert not model.has_reachable()


def test_checked_unreachable_roles_stay_listed() -> None:
    framework = load_builtin()
    model = TargetListModel(framework, _english)
    options = target_options(build_graph(framework), "support-team-lead")
    model.set_options(options, ["support-representative"])
    assert model.row_of("support-representative") >= 0
    assert model.checked() == ("support-representative",)
