"""Readiness and the gap to any role."""

from __future__ import annotations

import networkx as nx
import pytest

from cxcareer.graph import READINESS_FORMULA, build_graph, gap, readiness
from tests.graph.frameworks import make_framework, miss


@pytest.fixture
def G() -> nx.DiGraph:
    return build_graph(
        make_framework(
            [
                ("lead", 3, {"empathy": 4, "coaching": (2, 3.0), "quality": 3}),
                ("free", 1, {}),
                ("one", 1, {"empathy": 2}),
            ],
            skills=["writing"],
        )
    )


def test_formula_is_the_documented_one() -> None:
    assert READINESS_FORMULA == "sum(w * min(have, need)) / sum(w * need)"


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ({}, 0.0),
        ({"empathy": 4, "coaching": 2, "quality": 3}, 1.0),
        ({"empathy": 7, "coaching": 7, "quality": 7}, 1.0),
        # weighted: (1*2 + 3*1 + 1*0) / (1*4 + 3*2 + 1*3) = 5 / 13
        ({"empathy": 2, "coaching": 1}, 5 / 13),
        # surplus on one skill does not make up for another
        ({"empathy": 7, "quality": 3}, 7 / 13),
        ({"writing": 7}, 0.0),
    ],
)
def test_readiness_follows_the_weighted_formula(
    G: nx.DiGraph, levels: dict[str, int], expected: float
) -> None:
    assert readiness(G, "lead", levels) == pytest.approx(expected)


def test_weight_changes_readiness() -> None:
    def ready(weight: float) -> float:
        fw = make_framework([("r", 1, {"a": 2, "b": (2, weight)})])
        return readiness(build_graph(fw), "r", {"a": 2})

    assert ready(1.0) == pytest.approx(0.5)
    assert ready(3.0) == pytest.approx(0.25)
    assert ready(1 / 3) == pytest.approx(0.75)


def test_role_without_requirements_is_fully_ready(G: nx.DiGraph) -> None:
    assert readiness(G, "free", {}) == 1.0
    result = gap(G, "free", {"empathy": 1})
    assert (result.readiness, result.points, result.missing) == (1.0, 0, ())
    # 1.0 here says nothing about the person: the gap says the role lists no requirements.
    assert result.requirements == 0


def test_gap_marks_required_skills_nobody_rated(G: nx.DiGraph) -> None:
    result = gap(G, "lead", {"empathy": 3, "quality": 0})
    by_skill = {str(m.skill): m for m in result.missing}
    # quality was rated 0 ("not yet"); coaching was never rated: both count as 0, only one
    # of them is a level somebody gave.
    assert by_skill["quality"].rated
    assert not by_skill["coaching"].rated
    assert by_skill["coaching"].have == 0
    assert result.unrated == 1
    assert result.requirements == 3


def test_gap_lists_missing_skills_by_points_then_id(G: nx.DiGraph) -> None:
    result = gap(G, "lead", {"empathy": 2, "quality": 1, "coaching": 5})
    assert result.role == "lead"
    assert result.missing == (
        miss("empathy", 2, 4),
        miss("quality", 1, 3),
    )
    assert result.points == 4
    assert result.readiness == pytest.approx((2 + 3 * 2 + 1) / 13)


def test_gap_orders_by_points_missing_first(G: nx.DiGraph) -> None:
    result = gap(G, "lead", {"empathy": 3})
    assert [m.skill for m in result.missing] == ["quality", "coaching", "empathy"]
    assert [m.points for m in result.missing] == [3, 2, 1]
    assert result.points == 6


def test_gap_of_a_met_role_is_empty(G: nx.DiGraph) -> None:
    result = gap(G, "one", {"empathy": 2})
    assert (result.readiness, result.points, result.missing) == (1.0, 0, ())
