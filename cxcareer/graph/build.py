"""Turn a :class:`~cxcareer.framework.Framework` into the directed graph the engine works on.

Every role becomes a node (attribute ``role``), every transition an edge (attributes ``kind`` and
``months``). The framework itself sits in ``G.graph["framework"]`` so every engine function can
take just the graph, networkx style.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import networkx as nx

from cxcareer.framework.model import Framework, RoleId, SkillId

__all__ = ["build_graph", "framework_of", "roles_needing"]

_FRAMEWORK = "framework"
_BY_SKILL = "roles_by_skill"


def build_graph(framework: Framework) -> nx.DiGraph:
    """A directed graph with a node per role and an edge per transition.

    Nodes keep the framework's role order. Should a framework list two moves between the same
    pair of roles, the later one wins (the loader reports such duplicates).

    >>> from cxcareer.framework import Framework, Role, Text, Transition
    >>> fw = Framework("demo", "1", Text.plain("Demo"), {
    ...     "agent": Role("agent", Text.plain("Agent"), 1),
    ...     "lead": Role("lead", Text.plain("Lead"), 2)},
    ...     transitions=(Transition("agent", "lead", months=18),))
    >>> G = build_graph(fw)
    >>> list(G.edges(data="months"))
    [('agent', 'lead', 18)]
    """
    G = nx.DiGraph()
    G.graph[_FRAMEWORK] = framework
    by_skill: dict[SkillId, list[RoleId]] = {}
    for role_id, role in framework.roles.items():
        G.add_node(role_id, role=role)
        for req in role.requires:
            by_skill.setdefault(req.skill, []).append(role_id)
    for move in framework.transitions:
        G.add_edge(move.source, move.target, kind=move.kind, months=move.months)
    G.graph[_BY_SKILL] = MappingProxyType({k: tuple(v) for k, v in by_skill.items()})
    return G


def framework_of(G: nx.DiGraph) -> Framework:
    """The framework a graph was built from.

    >>> from cxcareer.framework import Framework, Role, Text
    >>> fw = Framework("demo", "1", Text.plain("Demo"), {"a": Role("a", Text.plain("A"), 1)})
    >>> framework_of(build_graph(fw)) is fw
    True
    """
    framework = G.graph.get(_FRAMEWORK)
    if not isinstance(framework, Framework):
        raise TypeError("graph was not made by cxcareer.graph.build_graph")
    return framework


def roles_needing(G: nx.DiGraph) -> Mapping[SkillId, tuple[RoleId, ...]]:
    """Skill id -> the roles that require it, in framework order (an index for what-if).

    >>> from cxcareer.framework import Framework, Requirement, Role, Text
    >>> fw = Framework("demo", "1", Text.plain("Demo"),
    ...     {"a": Role("a", Text.plain("A"), 1, requires=(Requirement("empathy", 2),))})
    >>> dict(roles_needing(build_graph(fw)))
    {'empathy': ('a',)}
    """
    index = G.graph.get(_BY_SKILL)
    if index is None:
        return build_graph(framework_of(G)).graph[_BY_SKILL]
    return index
