"""Property tests: the exact path search against brute force, and readiness invariants."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from cxcareer.framework import Framework, MoveKind
from cxcareer.graph import build_graph, paths, readiness, what_if
from tests.graph.frameworks import make_framework

SKILLS = ["a", "b", "c", "d"]
MAX_LEVEL = 5


@dataclass(frozen=True)
class Case:
    framework: Framework
    levels: dict[str, int]


@st.composite
def cases(draw: st.DrawFn) -> Case:
    n = draw(st.integers(1, 8))
    ids = [f"r{i}" for i in range(n)]
    requirement = st.tuples(st.integers(1, MAX_LEVEL), st.sampled_from([0.5, 1.0, 2.0]))
    roles = [
        (
            role_id,
            draw(st.integers(1, 3)),
            draw(st.dictionaries(st.sampled_from(SKILLS), requirement, max_size=3)),
        )
        for role_id in ids
    ]
    pairs = [(a, b) for a in ids for b in ids if a != b]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=20)) if pairs else []
    moves = [
        (
            a,
            b,
            draw(st.sampled_from([MoveKind.PROMOTION, MoveKind.LATERAL])),
            draw(st.one_of(st.none(), st.integers(0, 6))),
        )
        for a, b in chosen
    ]
    levels = draw(st.dictionaries(st.sampled_from(SKILLS), st.integers(0, MAX_LEVEL)))
    return Case(make_framework(roles, moves, skills=SKILLS, scale_max=MAX_LEVEL), levels)


def brute_force_key(
    G: nx.DiGraph, path: list[str], levels: dict[str, int]
) -> tuple[int, int, int, tuple[str, ...]]:
    """The ranking key computed the slow, obvious way."""
    need: dict[str, int] = {}
    for role_id in path[1:]:
        for req in G.nodes[role_id]["role"].requires:
            need[req.skill] = max(need.get(req.skill, 0), req.level)
    gap = sum(max(0, level - levels.get(skill, 0)) for skill, level in need.items())
    months = sum(G.edges[u, v]["months"] or 0 for u, v in itertools.pairwise(path))
    return gap, months, len(path) - 1, tuple(path)


@settings(max_examples=300, deadline=None)
@given(case=cases(), data=st.data())
def test_paths_match_brute_force(case: Case, data: st.DataObject) -> None:
    G = build_graph(case.framework)
    ids = list(case.framework.roles)
    source = data.draw(st.sampled_from(ids))
    target = data.draw(st.sampled_from(ids))
    k = data.draw(st.integers(1, 5))
    found = paths(G, source, target, case.levels, k=k)
    if source == target:
        expected: list[tuple[int, int, int, tuple[str, ...]]] = [(0, 0, 0, (source,))]
    else:
        every = nx.all_simple_paths(G, source, target)
        expected = sorted(brute_force_key(G, p, case.levels) for p in every)[:k]
    assert [(p.gap, p.months, p.moves, tuple(map(str, p.roles))) for p in found] == expected
    for p in found:
        assert sum(m.need - m.have for m in p.missing) == p.gap
        assert all(m.need > m.have == case.levels.get(m.skill, 0) for m in p.missing)


@settings(max_examples=200, deadline=None)
@given(case=cases(), data=st.data())
def test_readiness_is_bounded_and_monotone(case: Case, data: st.DataObject) -> None:
    G = build_graph(case.framework)
    skill = data.draw(st.sampled_from(SKILLS))
    now = case.levels.get(skill, 0)
    raised = {**case.levels, skill: data.draw(st.integers(now, MAX_LEVEL))}
    for role_id in case.framework.roles:
        before = readiness(G, role_id, case.levels)
        after = readiness(G, role_id, raised)
        assert 0.0 <= before <= after <= 1.0


@settings(max_examples=200, deadline=None)
@given(case=cases(), changes=st.dictionaries(st.sampled_from(SKILLS), st.integers(0, MAX_LEVEL)))
def test_what_if_agrees_with_readiness_twice(case: Case, changes: dict[str, int]) -> None:
    G = build_graph(case.framework)
    after_levels = {**case.levels, **changes}
    expected = []
    for role_id in case.framework.roles:
        before = readiness(G, role_id, case.levels)
        after = readiness(G, role_id, after_levels)
        if before != after:
            expected.append((role_id, before, after, after == 1.0))
    expected.sort(key=lambda c: (-c[2], c[0]))
    result = what_if(G, case.levels, changes)
    assert [(c.role, c.before, c.after, c.ready) for c in result.changes] == expected
    assert result.newly_ready == tuple(r for r, b, a, _ in expected if a == 1.0 and b < 1.0)
