"""How ready a person is for a role, and what is missing.

Readiness is ``sum(w * min(have, need)) / sum(w * need)`` over the role's requirements, where
``have`` is the person's level, ``need`` the required level and ``w`` the requirement's weight.
A skill nobody rated counts as 0 and is marked ``rated=False`` among the missing skills, so the
faces can say how many are unrated instead of showing a 0 nobody gave. A role without
requirements is 1.0 (``RoleGap.requirements`` is then 0, and faces say so rather than "ready").
It lies in ``[0, 1]`` and never drops when a level goes up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from cxcareer.framework.model import Role, SkillId
from cxcareer.graph.build import framework_of
from cxcareer.graph.levels import Levels, check_levels
from cxcareer.graph.results import MissingSkill, RoleGap

__all__ = [
    "READINESS_FORMULA",
    "gap",
    "readiness",
    "role_missing",
    "role_readiness",
    "sort_missing",
]

#: The formula, as shown to users.
READINESS_FORMULA = "sum(w * min(have, need)) / sum(w * need)"


def role_readiness(role: Role, levels: Mapping[SkillId, int]) -> float:
    """Readiness for ``role`` with already validated ``levels`` (no checks; engine internal).

    >>> from cxcareer.framework import Requirement, Role, Text
    >>> lead = Role("lead", Text.plain("Lead"), 2,
    ...     requires=(Requirement("empathy", 4), Requirement("coaching", 2, weight=2.0)))
    >>> role_readiness(lead, {"empathy": 2, "coaching": 5})
    0.75
    """
    have_sum = 0.0
    need_sum = 0.0
    for req in role.requires:
        need_sum += req.weight * req.level
        have_sum += req.weight * min(levels.get(req.skill, 0), req.level)
    if need_sum <= 0.0:
        return 1.0
    return have_sum / need_sum


def sort_missing(missing: Iterable[MissingSkill]) -> tuple[MissingSkill, ...]:
    """Most points missing first, then by skill id."""
    return tuple(sorted(missing, key=lambda m: (m.have - m.need, m.skill)))


def role_missing(role: Role, levels: Mapping[SkillId, int]) -> tuple[MissingSkill, ...]:
    """The role's requirements the person does not meet, most points missing first.

    >>> from cxcareer.framework import Requirement, Role, Text
    >>> lead = Role("lead", Text.plain("Lead"), 2,
    ...     requires=(Requirement("empathy", 4), Requirement("coaching", 2)))
    >>> [(m.skill, m.have, m.need) for m in role_missing(lead, {"coaching": 1})]
    [('empathy', 0, 4), ('coaching', 1, 2)]
    """
    return sort_missing(
        MissingSkill(req.skill, have, req.level, rated=req.skill in levels)
        for req in role.requires
        if (have := levels.get(req.skill, 0)) < req.level
    )


def readiness(G: nx.DiGraph, role: str, levels: Levels) -> float:
    """The person's readiness for ``role``, from 0.0 to 1.0 (see :data:`READINESS_FORMULA`).

    Raises:
        UnknownIdError: unknown role or skill id (with suggestions).
        InvalidLevelError: a level outside ``0..scale.max``.

    >>> from cxcareer.framework import Framework, Requirement, Role, Skill, Text
    >>> from cxcareer.graph.build import build_graph
    >>> fw = Framework("demo", "1", Text.plain("Demo"),
    ...     {"agent": Role("agent", Text.plain("Agent"), 1, requires=(Requirement("empathy", 4),))},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy"))})
    >>> readiness(build_graph(fw), "agent", {"empathy": 1})
    0.25
    """
    clean = check_levels(G, levels)
    return role_readiness(framework_of(G).role(role), clean)


def gap(G: nx.DiGraph, role: str, levels: Levels) -> RoleGap:
    """Readiness, points still to gain and missing skills for any role, adjacent or not.

    Raises:
        UnknownIdError: unknown role or skill id (with suggestions).
        InvalidLevelError: a level outside ``0..scale.max``.

    >>> from cxcareer.framework import Framework, Requirement, Role, Skill, Text
    >>> from cxcareer.graph.build import build_graph
    >>> fw = Framework("demo", "1", Text.plain("Demo"),
    ...     {"agent": Role("agent", Text.plain("Agent"), 1, requires=(Requirement("empathy", 4),))},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy"))})
    >>> g = gap(build_graph(fw), "agent", {"empathy": 1})
    >>> g.readiness, g.points, [(m.skill, m.have, m.need) for m in g.missing]
    (0.25, 3, [('empathy', 1, 4)])
    """
    clean = check_levels(G, levels)
    target = framework_of(G).role(role)
    missing = role_missing(target, clean)
    return RoleGap(
        role=target.id,
        readiness=role_readiness(target, clean),
        points=sum(m.need - m.have for m in missing),
        missing=missing,
        requirements=len(target.requires),
    )
