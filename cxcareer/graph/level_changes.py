"""What changes if a person's skill levels change: readiness before and after, per role."""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from cxcareer.framework.model import RoleId, SkillId
from cxcareer.graph.build import framework_of, roles_needing
from cxcareer.graph.levels import Levels, check_levels
from cxcareer.graph.readiness import role_readiness
from cxcareer.graph.results import ReadinessChange, WhatIf

__all__ = ["what_if"]


def what_if(G: nx.DiGraph, levels: Levels, changes: Levels) -> WhatIf:
    """The roles whose readiness changes when ``changes`` (skill -> new level) apply to ``levels``.

    ``changes`` lists every role whose readiness differs, sorted by readiness after (highest
    first), then role id; ``newly_ready`` the roles that reach 1.0 from below, by id.

    Raises:
        UnknownIdError: unknown skill id (with suggestions), in ``levels`` or ``changes``.
        InvalidLevelError: a level outside ``0..scale.max``.

    >>> from cxcareer.framework import Framework, Requirement, Role, Skill, Text
    >>> from cxcareer.graph.build import build_graph
    >>> fw = Framework("demo", "1", Text.plain("Demo"),
    ...     {"agent": Role("agent", Text.plain("Agent"), 1, requires=(Requirement("empathy", 4),))},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy"))})
    >>> result = what_if(build_graph(fw), {"empathy": 2}, {"empathy": 4})
    >>> [(c.role, c.before, c.after, c.ready) for c in result.changes], result.newly_ready
    ([('agent', 0.5, 1.0, True)], ('agent',))
    """
    before_levels = check_levels(G, levels)
    delta = check_levels(G, changes)
    after_levels: Mapping[SkillId, int] = {**before_levels, **delta}
    framework = framework_of(G)
    index = roles_needing(G)
    touched: dict[RoleId, None] = {}
    for skill, level in delta.items():
        if before_levels.get(skill, 0) != level:
            touched.update(dict.fromkeys(index.get(skill, ())))
    found: list[ReadinessChange] = []
    for role_id in touched:
        role = framework.roles[role_id]
        before = role_readiness(role, before_levels)
        after = role_readiness(role, after_levels)
        if before != after:
            found.append(ReadinessChange(role_id, before, after, ready=after == 1.0))
    found.sort(key=lambda c: (-c.after, c.role))
    newly = tuple(c.role for c in found if c.ready and c.before < 1.0)
    return WhatIf(changes=tuple(found), newly_ready=newly)
