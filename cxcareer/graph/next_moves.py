"""The moves open from a role, with readiness and missing skills for each destination."""

from __future__ import annotations

import networkx as nx

from cxcareer.framework.model import MoveKind
from cxcareer.graph.build import framework_of
from cxcareer.graph.levels import Levels, check_levels
from cxcareer.graph.readiness import role_missing, role_readiness
from cxcareer.graph.results import NextMove

__all__ = ["next_moves"]


def next_moves(G: nx.DiGraph, role: str, levels: Levels) -> tuple[NextMove, ...]:
    """Every move out of ``role``, best first.

    Order: readiness descending, then promotions before lateral moves, then the destination's
    English title, then its id.

    Raises:
        UnknownIdError: unknown role or skill id (with suggestions).
        InvalidLevelError: a level outside ``0..scale.max``.

    >>> from cxcareer.framework import Framework, MoveKind, Requirement, Role, Skill, Text
    >>> from cxcareer.framework import Transition
    >>> from cxcareer.graph.build import build_graph
    >>> fw = Framework("demo", "1", Text.plain("Demo"), {
    ...     "agent": Role("agent", Text.plain("Agent"), 1),
    ...     "qa": Role("qa", Text.plain("QA Analyst"), 1),
    ...     "lead": Role("lead", Text.plain("Lead"), 2, requires=(Requirement("empathy", 4),))},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy"))},
    ...     transitions=(Transition("agent", "lead", months=18),
    ...                  Transition("agent", "qa", MoveKind.LATERAL)))
    >>> [(s.role, s.readiness) for s in next_moves(build_graph(fw), "agent", {"empathy": 2})]
    [('qa', 1.0), ('lead', 0.5)]
    """
    clean = check_levels(G, levels)
    framework = framework_of(G)
    source = framework.role(role).id
    steps: list[tuple[tuple[float, int, str, str], NextMove]] = []
    for _, target_id, data in G.out_edges(source, data=True):
        target = framework.roles[target_id]
        kind: MoveKind = data["kind"]
        step = NextMove(
            role=target.id,
            kind=kind,
            months=data["months"],
            readiness=role_readiness(target, clean),
            missing=role_missing(target, clean),
            requirements=len(target.requires),
        )
        key = (
            -step.readiness,
            0 if kind is MoveKind.PROMOTION else 1,
            target.title.get("en"),
            str(target.id),
        )
        steps.append((key, step))
    steps.sort(key=lambda item: item[0])
    return tuple(step for _, step in steps)
