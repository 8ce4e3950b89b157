"""A person's skill levels: the ``Levels`` type and its validation against a framework."""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from cxcareer.framework.model import SkillId
from cxcareer.graph.build import framework_of
from cxcareer.graph.errors import InvalidLevelError

__all__ = ["MIN_LEVEL", "Levels", "check_levels"]

#: Skill id -> the person's level; a skill not given is level 0. (Mapping is invariant in its
#: key, so the SkillId form is listed too: the result of :func:`check_levels` can be passed on.)
Levels = Mapping[str, int] | Mapping[SkillId, int]

#: "Not rated / none": below the scale's lowest level.
MIN_LEVEL = 0


def check_levels(G: nx.DiGraph, levels: Levels) -> dict[SkillId, int]:
    """Validate skill ids and levels; return a clean ``dict``.

    Levels run from 0 (none) to the framework scale's maximum.

    Raises:
        UnknownIdError: a skill the framework does not declare (with suggestions).
        InvalidLevelError: a level that is not an integer in ``0..scale.max``.

    >>> from cxcareer.framework import Framework, Role, Skill, Text
    >>> fw = Framework("demo", "1", Text.plain("Demo"), {"a": Role("a", Text.plain("A"), 1)},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy"))})
    >>> from cxcareer.graph.build import build_graph
    >>> check_levels(build_graph(fw), {"empathy": 3})
    {'empathy': 3}
    """
    framework = framework_of(G)
    maximum = framework.scale.max
    clean: dict[SkillId, int] = {}
    for skill_id, level in levels.items():
        skill = framework.skill(skill_id).id
        if isinstance(level, bool) or not isinstance(level, int):
            raise InvalidLevelError(skill_id, level, MIN_LEVEL, maximum)
        if not MIN_LEVEL <= level <= maximum:
            raise InvalidLevelError(skill_id, level, MIN_LEVEL, maximum)
        clean[skill] = level
    return clean
