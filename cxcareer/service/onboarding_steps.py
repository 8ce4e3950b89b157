"""What the first-run wizard offers at each step, computed from the framework alone.

Why apart from the wizard: which roles come first, which targets are within reach, which skills
to rate and how they are split over pages are rules a person notices ("why is my next role not
in the list?"); they are tested here without a window.

* Roles are grouped by track; tracks with entry roles come first, and inside a track entry roles
  come first, then by level.
* Targets within reach of the current role come first (fewest moves, then level); the others
  stay available after them.
* The skills to rate are those of the current role, then the extra ones of the next move (the
  first role on the way to the main target, else the quickest promotion).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import networkx as nx

from cxcareer.framework import Framework, MoveKind, Role, RoleId, SkillId, Text, TrackId
from cxcareer.graph import framework_of, paths

__all__ = [
    "RATINGS_PER_PAGE",
    "LevelChoice",
    "SkillToRate",
    "TargetOption",
    "TrackGroup",
    "batches",
    "level_choices",
    "next_move",
    "role_groups",
    "skills_to_rate",
    "target_options",
]

#: Skills shown on one rating page: enough to move on quickly, few enough to read every level.
RATINGS_PER_PAGE = 4

T = TypeVar("T")


@dataclass(frozen=True)
class TrackGroup:
    """The roles of one track (``track`` None: roles the framework puts in no track)."""

    track: TrackId | None
    roles: tuple[Role, ...]


@dataclass(frozen=True)
class TargetOption:
    """A role one could aim at; ``moves`` and ``months`` are None when it cannot be reached."""

    role: RoleId
    moves: int | None
    months: int | None

    @property
    def reachable(self) -> bool:
        """True when some chain of moves leads there from the current role."""
        return self.moves is not None


@dataclass(frozen=True)
class SkillToRate:
    """A skill to rate and the level the current role and the next move need (None: not)."""

    skill: SkillId
    current_need: int | None
    next_need: int | None


@dataclass(frozen=True)
class LevelChoice:
    """One level a person can pick for a skill: 0 ("not yet") has neither name nor descriptor."""

    level: int
    name: Text | None
    descriptor: Text | None


def role_groups(framework: Framework) -> tuple[TrackGroup, ...]:
    """Every role, grouped by track, in the order a newcomer should read them."""
    order = {role_id: index for index, role_id in enumerate(framework.roles)}
    by_track: dict[TrackId | None, list[Role]] = {}
    for track_id in framework.tracks:
        by_track[track_id] = []
    for role in framework.roles.values():
        by_track.setdefault(role.track, []).append(role)
    groups = [
        TrackGroup(
            track,
            tuple(sorted(roles, key=lambda r: (not r.entry, r.level, order[r.id]))),
        )
        for track, roles in by_track.items()
        if roles
    ]
    track_order = {track: index for index, track in enumerate(by_track)}
    groups.sort(
        key=lambda g: (
            g.track is None,
            not any(r.entry for r in g.roles),
            track_order[g.track],
        )
    )
    return tuple(groups)


def _months(data: dict[str, Any]) -> int:
    months = data.get("months")
    return int(months) if months else 0


def target_options(graph: nx.DiGraph, current: str | None) -> tuple[TargetOption, ...]:
    """Every role except ``current``: reachable ones first (fewest moves), then the rest."""
    framework = framework_of(graph)
    order = {role_id: index for index, role_id in enumerate(framework.roles)}
    moves: dict[str, int] = {}
    months: dict[str, int] = {}
    if current is not None:
        moves = dict(nx.single_source_shortest_path_length(graph, current))
        months = dict(
            nx.single_source_dijkstra_path_length(
                graph, current, weight=lambda _u, _v, data: _months(data)
            )
        )
    options = [
        TargetOption(role_id, moves.get(role_id), months.get(role_id) if role_id in moves else None)
        for role_id in framework.roles
        if role_id != current
    ]

    def key(option: TargetOption) -> tuple[int, int, int, int]:
        role = framework.roles[option.role]
        distance = option.moves if option.moves is not None else 10**6
        return (option.moves is None, distance, role.level, order[option.role])

    return tuple(sorted(options, key=key))


def next_move(
    graph: nx.DiGraph,
    current: str | None,
    targets: Sequence[str] = (),
    levels: dict[str, int] | None = None,
) -> RoleId | None:
    """The role a person in ``current`` would move to next.

    The first role on the best path to the first reachable target; with no reachable target,
    the quickest promotion out of ``current`` (then any move). None when there is no move.
    """
    if current is None:
        return None
    for target in targets:
        if target == current:
            continue
        found = paths(graph, current, target, levels or {}, k=1)
        if found:
            return found[0].roles[1]
    framework = framework_of(graph)
    order = {role_id: index for index, role_id in enumerate(framework.roles)}
    moves = sorted(
        graph.out_edges(current, data=True),
        key=lambda edge: (
            edge[2]["kind"] is not MoveKind.PROMOTION,
            edge[2]["months"] is None,
            edge[2]["months"] or 0,
            order[edge[1]],
        ),
    )
    return RoleId(moves[0][1]) if moves else None


def _requirements(role: Role) -> list[tuple[SkillId, int]]:
    ranked = sorted(enumerate(role.requires), key=lambda pair: (-pair[1].weight, pair[0]))
    return [(req.skill, req.level) for _, req in ranked]


def skills_to_rate(
    framework: Framework, current: str | None, next_role: str | None
) -> tuple[SkillToRate, ...]:
    """Skills of the current role (weightiest first), then the next move's extra ones."""
    current_needs = dict(_requirements(framework.role(current))) if current else {}
    next_needs = dict(_requirements(framework.role(next_role))) if next_role else {}
    ordered = list(current_needs) + [s for s in next_needs if s not in current_needs]
    return tuple(
        SkillToRate(skill, current_needs.get(skill), next_needs.get(skill)) for skill in ordered
    )


def batches(items: Sequence[T], size: int = RATINGS_PER_PAGE) -> list[tuple[T, ...]]:
    """Split ``items`` into pages of at most ``size``, as even as possible (11 → 4, 4, 3).

    >>> batches(list(range(9)), 4)
    [(0, 1, 2), (3, 4, 5), (6, 7, 8)]
    """
    if size < 1:
        raise ValueError("a page holds at least one item")
    if not items:
        return []
    pages = -(-len(items) // size)
    base, extra = divmod(len(items), pages)
    result: list[tuple[T, ...]] = []
    start = 0
    for page in range(pages):
        length = base + (1 if page < extra else 0)
        result.append(tuple(items[start : start + length]))
        start += length
    return result


def level_choices(
    framework: Framework, skill: str, *, at_least: int = 0
) -> tuple[LevelChoice, ...]:
    """The levels to offer for ``skill``: "not yet", then the scale up to the highest described.

    Levels the framework does not describe are offered with the scale's name only. The list
    reaches ``at_least`` (a required or earlier level) even when nothing describes it.
    """
    found = framework.skill(skill)
    scale = framework.scale
    described = [level for level in found.levels if level in scale]
    top = max([*described, at_least]) if described or at_least else scale.max
    top = min(max(top, scale.min), scale.max)
    choices = [LevelChoice(0, None, None)]
    for level in range(scale.min, top + 1):
        choices.append(LevelChoice(level, scale.names.get(level), found.levels.get(level)))
    return tuple(choices)
