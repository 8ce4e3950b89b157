"""Ranked career paths."""

from __future__ import annotations

import networkx as nx
import pytest

from cxcareer.framework import RoleId
from cxcareer.graph import CareerPath, build_graph, path_search, paths
from tests.graph.frameworks import L, P, make_framework, miss


@pytest.fixture
def G() -> nx.DiGraph:
    fw = make_framework(
        [
            ("s", 1, {"b": 6}),  # held already: never counted in a gap
            ("t", 3, {"a": 2}),
            ("m1", 2, {"a": 3}),
            ("m2", 2, {"x": 5}),
            ("m3", 2, {"a": 1}),
            ("m4", 2, {"c": 1}),
            ("m5", 2, {"c": 1}),
            ("far", 2, {}),
        ],
        [
            ("s", "t", P, 30),
            ("s", "m1", P, 10),
            ("m1", "t", P, 10),
            ("s", "m2", P, 12),
            ("m2", "t", P, 12),
            ("s", "m3", P, None),
            ("m3", "t", P, 30),
            ("s", "m4", P, 1),
            ("m4", "t", P, 1),
            ("s", "m5", P, 1),
            ("m5", "t", P, 1),
            ("m1", "m2", L, 0),
            ("m2", "m1", L, 0),
        ],
    )
    return build_graph(fw)


def keys(found: tuple[CareerPath, ...]) -> list[tuple[tuple[str, ...], int, int, int]]:
    return [(p.roles, p.gap, p.months, p.moves) for p in found]


def test_paths_rank_by_gap_months_moves_then_ids(G: nx.DiGraph) -> None:
    found = paths(G, "s", "t", {"x": 5}, k=20)
    assert keys(found) == [
        (("s", "m2", "t"), 2, 24, 2),  # gap 2 (a), fewer months than the direct move
        (("s", "t"), 2, 30, 1),
        (("s", "m3", "t"), 2, 30, 2),  # unknown months count as 0; more moves
        (("s", "m4", "t"), 3, 2, 2),  # c + a; ties with m5 broken by id
        (("s", "m5", "t"), 3, 2, 2),
        (("s", "m1", "t"), 3, 20, 2),  # a counted once, at its highest (3)
        (("s", "m1", "m2", "t"), 3, 22, 3),  # x is met: only a at 3 counts
        (("s", "m2", "m1", "t"), 3, 22, 3),
    ]


def test_k_limits_the_answer_to_the_best(G: nx.DiGraph) -> None:
    assert keys(paths(G, "s", "t", {"x": 5})) == keys(paths(G, "s", "t", {"x": 5}, k=20))[:3]
    assert keys(paths(G, "s", "t", {"x": 5}, k=1)) == [(("s", "m2", "t"), 2, 24, 2)]


def test_levels_change_the_ranking(G: nx.DiGraph) -> None:
    found = paths(G, "s", "t", {"a": 3}, k=2)
    assert keys(found) == [(("s", "m1", "t"), 0, 20, 2), (("s", "t"), 0, 30, 1)]
    assert found[0].missing == ()
    found = paths(G, "s", "t", {"a": 2, "x": 5}, k=4)
    assert keys(found) == [
        (("s", "m2", "t"), 0, 24, 2),
        (("s", "t"), 0, 30, 1),
        (("s", "m3", "t"), 0, 30, 2),
        (("s", "m4", "t"), 1, 2, 2),
    ]
    assert found[3].missing == (miss("c", 0, 1, rated=False),)


def test_missing_lists_each_skill_once_at_its_highest(G: nx.DiGraph) -> None:
    found = {tuple(map(str, p.roles)): p for p in paths(G, "s", "t", {"a": 1}, k=20)}
    assert found[("s", "m1", "m2", "t")].missing == (
        miss("x", 0, 5, rated=False),
        miss("a", 1, 3),
    )
    assert found[("s", "m1", "m2", "t")].gap == 7
    assert found[("s", "t")].missing == (miss("a", 1, 2),)


def test_source_equals_target_is_one_empty_path(G: nx.DiGraph) -> None:
    assert paths(G, "t", "t", {}) == (CareerPath((RoleId("t"),), 0, 0, 0, ()),)


def test_no_path_is_an_empty_answer(G: nx.DiGraph) -> None:
    assert paths(G, "t", "s", {}) == ()
    assert paths(G, "far", "t", {}) == ()
    assert paths(G, "s", "far", {}) == ()


def test_k_must_be_positive(G: nx.DiGraph) -> None:
    with pytest.raises(ValueError, match="k must be"):
        paths(G, "s", "t", {}, k=0)


def test_expansion_cap_returns_the_best_found_so_far(
    G: nx.DiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(path_search, "MAX_EXPANSIONS", 1)
    # Only the starting role is expanded: the direct move is the one complete path seen.
    assert keys(paths(G, "s", "t", {"x": 5})) == [(("s", "t"), 2, 30, 1)]
    monkeypatch.setattr(path_search, "MAX_EXPANSIONS", 0)
    assert paths(G, "s", "t", {"x": 5}) == ()
