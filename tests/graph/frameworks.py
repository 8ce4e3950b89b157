"""Build small :class:`Framework` objects straight from the dataclasses (no YAML loader)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cxcareer.framework import (
    Framework,
    MoveKind,
    Requirement,
    Role,
    RoleId,
    Scale,
    Skill,
    SkillId,
    Text,
    Transition,
)
from cxcareer.graph import MissingSkill

RoleSpec = tuple[str, int, Mapping[str, int | tuple[int, float]]]
MoveSpec = tuple[str, str, MoveKind, int | None]


def make_framework(
    roles: Iterable[RoleSpec],
    moves: Iterable[MoveSpec] = (),
    *,
    skills: Iterable[str] = (),
    titles: Mapping[str, str] | None = None,
    scale_max: int = 7,
) -> Framework:
    """Roles as (id, level, {skill: level or (level, weight)}); moves as (from, to, kind, months).

    Every skill a role mentions is declared; ``skills`` adds more. Titles default to the id.
    """
    titles = titles or {}
    role_map: dict[RoleId, Role] = {}
    declared: dict[str, None] = dict.fromkeys(skills)
    for role_id, level, requires in roles:
        reqs = []
        for skill, spec in requires.items():
            need, weight = (spec, 1.0) if isinstance(spec, int) else spec
            reqs.append(Requirement(SkillId(skill), need, weight))
            declared[skill] = None
        title = Text.of(en=titles.get(role_id, role_id), pt_BR=f"pt {role_id}")
        role_map[RoleId(role_id)] = Role(RoleId(role_id), title, level, requires=tuple(reqs))
    return Framework(
        id="test",
        version="1",
        name=Text.plain("Test framework"),
        roles=role_map,
        skills={SkillId(s): Skill(SkillId(s), Text.plain(s.title())) for s in declared},
        transitions=tuple(
            Transition(RoleId(a), RoleId(b), kind, months) for a, b, kind, months in moves
        ),
        scale=Scale(1, scale_max),
    )


P = MoveKind.PROMOTION
L = MoveKind.LATERAL


def miss(skill: str, have: int, need: int, *, rated: bool = True) -> MissingSkill:
    """A :class:`MissingSkill` from a plain string id (``rated=False``: nobody rated it)."""
    return MissingSkill(SkillId(skill), have, need, rated=rated)
