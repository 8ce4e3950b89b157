"""What-if: readiness before and after a change of levels."""

from __future__ import annotations

import networkx as nx
import pytest

from cxcareer.framework import RoleId
from cxcareer.graph import ReadinessChange, build_graph, what_if
from tests.graph.frameworks import make_framework


@pytest.fixture
def G() -> nx.DiGraph:
    return build_graph(
        make_framework(
            [
                ("b-lead", 2, {"coaching": 2}),
                ("a-lead", 2, {"coaching": 2}),
                ("manager", 3, {"coaching": 4, "empathy": 2}),
                ("agent", 1, {"empathy": 2}),
                ("free", 1, {}),
            ]
        )
    )


def test_what_if_reports_changes_and_newly_ready(G: nx.DiGraph) -> None:
    result = what_if(G, {"coaching": 1, "empathy": 2}, {"coaching": 2})
    assert result.changes == (
        ReadinessChange(RoleId("a-lead"), 0.5, 1.0, ready=True),
        ReadinessChange(RoleId("b-lead"), 0.5, 1.0, ready=True),
        ReadinessChange(RoleId("manager"), pytest.approx(3 / 6), pytest.approx(4 / 6), ready=False),  # type: ignore[arg-type]
    )
    assert result.newly_ready == ("a-lead", "b-lead")


def test_roles_already_ready_are_not_newly_ready(G: nx.DiGraph) -> None:
    result = what_if(G, {"coaching": 2}, {"coaching": 5})
    assert [c.role for c in result.changes] == ["manager"]
    assert result.newly_ready == ()


def test_lowering_a_level_is_reported_too(G: nx.DiGraph) -> None:
    result = what_if(G, {"empathy": 2}, {"empathy": 0})
    assert [(c.role, c.before, c.after, c.ready) for c in result.changes] == [
        ("agent", 1.0, 0.0, False),  # same readiness after: by id
        ("manager", pytest.approx(2 / 6), 0.0, False),
    ]
    assert result.newly_ready == ()


def test_no_change_means_nothing_to_report(G: nx.DiGraph) -> None:
    assert what_if(G, {"empathy": 2}, {"empathy": 2}).changes == ()
    assert what_if(G, {}, {}).changes == ()
