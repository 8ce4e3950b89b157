"""Ranked career paths from one role to another: exact best-first search over simple paths.

A path's *gap* is the number of skill-level points the person still has to gain along it: every
skill counted once, at the highest level any role on the path requires, leaving out the starting
role (the person already holds it): ``sum(max(0, max_need_on_path(s) - have(s)))``. Paths are
ranked by gap, then total months (unknown months count as 0), then number of moves, then the
tuple of role ids, so the answer is deterministic.

How the search stays exact: gap, months and moves never decrease when a path is extended. Each
partial path gets a lower bound on the key of any completion, namely the gap of the path plus the
target, the months so far plus the fewest months still needed to reach the target (reverse
Dijkstra), the moves so far plus one, then the path itself
(a tuple prefix sorts before its extensions). Partial paths are popped in bound order; the search
stops once the smallest bound exceeds the k-th complete path found, so the first k are exact.
Roles that cannot reach the target are never entered.

Guard: the number of expanded partial paths is capped at :data:`MAX_EXPANSIONS`. Should a
pathological framework hit the cap, the best complete paths found so far are returned, sorted by
the same key (they may then not be the true best).
"""

from __future__ import annotations

import heapq
from array import array
from bisect import insort
from collections.abc import Mapping

import networkx as nx

from cxcareer.framework.model import RoleId, SkillId
from cxcareer.graph.build import framework_of, roles_needing
from cxcareer.graph.levels import Levels, check_levels
from cxcareer.graph.readiness import sort_missing
from cxcareer.graph.results import CareerPath, MissingSkill

__all__ = ["MAX_EXPANSIONS", "paths"]

#: Cap on partial paths expanded by one :func:`paths` call (see the module docstring).
MAX_EXPANSIONS = 200_000

_Key = tuple[int, int, int, tuple[RoleId, ...]]
#: (skill index, required level) for a role's requirements above the person's level.
_Excess = tuple[tuple[int, int], ...]


def _months_to(G: nx.DiGraph, target: RoleId) -> dict[RoleId, int]:
    """Fewest months to ``target`` from every role that can reach it (reverse Dijkstra)."""
    pred = G._pred  # networkx's own dict of dicts: several times faster than the G.pred view
    months: dict[RoleId, int] = {}
    heap: list[tuple[int, RoleId]] = [(0, target)]
    while heap:
        d, v = heapq.heappop(heap)
        if v in months:
            continue
        months[v] = d
        for u, data in pred[v].items():
            if u not in months:
                heapq.heappush(heap, (d + (data["months"] or 0), u))
    return months


def _gain(need: array[int], excess: _Excess) -> int:
    """Points a role adds to a path whose highest needs per skill are ``need``."""
    gain = 0
    for i, level in excess:
        current = need[i]
        if level > current:
            gain += level - current
    return gain


def _with(need: array[int], excess: _Excess) -> array[int]:
    """``need`` raised by a role's requirements (a copy when anything changes)."""
    if not _gain(need, excess):
        return need
    raised = need[:]
    for i, level in excess:
        if level > raised[i]:
            raised[i] = level
    return raised


def paths(
    G: nx.DiGraph, source: str, target: str, levels: Levels, k: int = 3
) -> tuple[CareerPath, ...]:
    """Up to ``k`` best simple paths from ``source`` to ``target``, best first.

    Returns one path holding just the role when ``source == target``, and an empty tuple when
    the target cannot be reached.

    Raises:
        UnknownIdError: unknown role or skill id (with suggestions).
        InvalidLevelError: a level outside ``0..scale.max``.
        ValueError: ``k`` below 1.

    >>> from cxcareer.framework import Framework, Requirement, Role, Skill, Text, Transition
    >>> from cxcareer.graph.build import build_graph
    >>> fw = Framework("demo", "1", Text.plain("Demo"), {
    ...     "agent": Role("agent", Text.plain("Agent"), 1),
    ...     "senior": Role("senior", Text.plain("Sr"), 2, requires=(Requirement("empathy", 3),)),
    ...     "lead": Role("lead", Text.plain("Lead"), 3, requires=(Requirement("empathy", 2),)),
    ... }, skills={"empathy": Skill("empathy", Text.plain("Empathy"))},
    ...     transitions=(Transition("agent", "senior", months=12),
    ...                  Transition("senior", "lead", months=12), Transition("agent", "lead")))
    >>> [(p.roles, p.gap, p.months) for p in paths(build_graph(fw), "agent", "lead", {})]
    [(('agent', 'lead'), 2, 0), (('agent', 'senior', 'lead'), 3, 24)]
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    have = check_levels(G, levels)
    framework = framework_of(G)
    src = framework.role(source).id
    dst = framework.role(target).id
    if src == dst:
        return (CareerPath((src,), 0, 0, 0, ()),)
    months_to = _months_to(G, dst)
    if src not in months_to:
        return ()
    skills = list(roles_needing(G))
    slot = {skill: i for i, skill in enumerate(skills)}
    base = array("l", (have.get(skill, 0) for skill in skills))
    excess_cache: dict[RoleId, _Excess] = {}

    def excess(role_id: RoleId) -> _Excess:
        found = excess_cache.get(role_id)
        if found is None:
            found = tuple(
                (i, req.level)
                for req in framework.roles[role_id].requires
                if req.level > base[i := slot[req.skill]]
            )
            excess_cache[role_id] = found
        return found

    # Heap entries: (bound, months so far, needs before the last role was added).
    # A path's needs always include the target's, which every completion contains.
    target_need = _with(base, excess(dst))
    start: tuple[RoleId, ...] = (src,)
    frontier: list[tuple[_Key, int, array[int]]] = [
        ((_gain(base, excess(dst)), months_to[src], 1, start), 0, target_need)
    ]
    best: list[tuple[_Key, array[int]]] = []
    out = G._succ  # the raw dict of dicts, as in _distances_to
    moves: dict[RoleId, list[tuple[RoleId, int]]] = {}
    expanded = 0
    while frontier and expanded < MAX_EXPANSIONS:
        bound, months, parent_need = heapq.heappop(frontier)
        if len(best) >= k and bound > best[k - 1][0]:
            break
        expanded += 1
        path = bound[3]
        need = parent_need if len(path) == 1 else _with(parent_need, excess(path[-1]))
        last = path[-1]
        if (options := moves.get(last)) is None:
            options = [(v, d["months"] or 0) for v, d in out[last].items() if v in months_to]
            moves[last] = options
        for v, step in options:
            if v in path:
                continue
            total = months + step
            if v == dst:
                done = (bound[0], total, len(path), (*path, v))
                insort(best, (done, need), key=lambda b: b[0])
                del best[k:]
                continue
            key = (
                bound[0] + _gain(need, excess(v)),
                total + months_to[v],
                len(path) + 1,
                (*path, v),
            )
            if len(best) >= k and key > best[k - 1][0]:
                continue
            heapq.heappush(frontier, (key, total, need))
    return tuple(_career_path(key, need, base, skills, have) for key, need in best)


def _career_path(
    key: _Key,
    need: array[int],
    base: array[int],
    skills: list[SkillId],
    rated: Mapping[SkillId, int],
) -> CareerPath:
    gap, months, moves, roles = key
    missing = sort_missing(
        MissingSkill(skills[i], base[i], level, rated=skills[i] in rated)
        for i, level in enumerate(need)
        if level > base[i]
    )
    return CareerPath(roles=roles, gap=gap, months=months, moves=moves, missing=missing)
