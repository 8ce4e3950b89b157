"""Graph construction, level validation and unknown ids."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest

from cxcareer.framework import FrameworkError, MoveKind, SkillId, UnknownIdError
from cxcareer.graph import (
    InvalidLevelError,
    build_graph,
    check_levels,
    framework_of,
    gap,
    next_moves,
    paths,
    readiness,
    what_if,
)
from tests.graph.frameworks import L, P, make_framework


@pytest.fixture
def G() -> nx.DiGraph:
    fw = make_framework(
        [
            ("team-member", 1, {"empathy": 2}),
            ("team-lead", 2, {"empathy": 3, "coaching": 2}),
            ("qa-analyst", 1, {"quality": 2}),
        ],
        [("team-member", "team-lead", P, 18), ("team-member", "qa-analyst", L, None)],
    )
    return build_graph(fw)


def test_build_graph_has_a_node_per_role_and_an_edge_per_move(G: nx.DiGraph) -> None:
    assert list(G.nodes) == ["team-member", "team-lead", "qa-analyst"]
    assert G.nodes["team-lead"]["role"].level == 2
    assert G.edges["team-member", "team-lead"] == {"kind": MoveKind.PROMOTION, "months": 18}
    assert G.edges["team-member", "qa-analyst"] == {"kind": MoveKind.LATERAL, "months": None}
    assert G.number_of_edges() == 2
    assert framework_of(G).role("team-lead") is G.nodes["team-lead"]["role"]


def test_framework_of_refuses_a_foreign_graph() -> None:
    with pytest.raises(TypeError):
        framework_of(nx.DiGraph())


def test_check_levels_returns_a_clean_copy(G: nx.DiGraph) -> None:
    given = {"empathy": 0, "coaching": 7}
    clean = check_levels(G, given)
    assert clean == given
    clean[SkillId("empathy")] = 5
    assert given["empathy"] == 0


def test_unknown_skill_suggests_the_closest(G: nx.DiGraph) -> None:
    with pytest.raises(UnknownIdError) as info:
        check_levels(G, {"empaty": 2})
    assert info.value.kind == "skill"
    assert info.value.suggestions[0] == "empathy"
    assert "did you mean 'empathy'" in str(info.value)


@pytest.mark.parametrize("level", [-1, 8, 100, True, 2.0, "3", None])
def test_invalid_levels_are_refused(G: nx.DiGraph, level: Any) -> None:
    with pytest.raises(InvalidLevelError) as info:
        check_levels(G, {"empathy": level})
    error = info.value
    assert (error.skill, error.minimum, error.maximum) == ("empathy", 0, 7)
    assert error.level == level
    assert isinstance(error, ValueError)
    assert isinstance(error, FrameworkError)


def test_scale_maximum_comes_from_the_framework() -> None:
    G = build_graph(make_framework([("a", 1, {"x": 3})], scale_max=4))
    assert check_levels(G, {"x": 4}) == {"x": 4}
    with pytest.raises(InvalidLevelError):
        check_levels(G, {"x": 5})


CALLS: dict[str, Callable[[nx.DiGraph, str], object]] = {
    "readiness": lambda G, r: readiness(G, r, {}),
    "gap": lambda G, r: gap(G, r, {}),
    "next_moves": lambda G, r: next_moves(G, r, {}),
    "paths from": lambda G, r: paths(G, r, "team-lead", {}),
    "paths to": lambda G, r: paths(G, "team-member", r, {}),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_unknown_role_suggests_the_closest(G: nx.DiGraph, call: Callable[..., object]) -> None:
    with pytest.raises(UnknownIdError) as info:
        call(G, "team-leed")
    assert info.value.kind == "role"
    assert info.value.suggestions[0] == "team-lead"


def test_every_function_checks_levels(G: nx.DiGraph) -> None:
    bad = {"empathy": 9}
    for call in (
        lambda: readiness(G, "team-lead", bad),
        lambda: gap(G, "team-lead", bad),
        lambda: next_moves(G, "team-member", bad),
        lambda: paths(G, "team-member", "team-lead", bad),
        lambda: what_if(G, bad, {}),
        lambda: what_if(G, {}, bad),
    ):
        with pytest.raises(InvalidLevelError):
            call()
    with pytest.raises(UnknownIdError):
        what_if(G, {}, {"coachng": 3})
