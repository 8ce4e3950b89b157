"""Everything the role detail panel shows about one role, in the snapshot's language.

Why rows are computed here: "your level against the level needed, with what both mean" is the
heart of the panel and of a one-to-one conversation; computing it without Qt keeps the table
model a thin adapter and the wording of levels the same on every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxcareer.framework.model import MoveKind, RoleId
from cxcareer.service.ladder_data import LadderData

__all__ = ["RequirementRow", "RoleDetailData", "RoleMove", "role_detail"]


@dataclass(frozen=True)
class RequirementRow:
    """A skill the role asks for; ``have`` is None when no person is chosen."""

    skill: str
    name: str
    need: int
    need_text: str
    have: int | None
    have_text: str
    weight: float

    @property
    def met(self) -> bool | None:
        """True when the person's level reaches the need; None without a person."""
        return None if self.have is None else self.have >= self.need


@dataclass(frozen=True)
class RoleMove:
    """A way into or out of the role: the other role, the kind of move and its typical time."""

    role: str
    title: str
    kind: MoveKind
    months: int | None


@dataclass(frozen=True)
class RoleDetailData:
    """The role's texts, its requirements against the person's levels, and its moves."""

    role: str
    title: str
    track: str
    level: int
    level_name: str
    description: str
    responsibilities: tuple[str, ...]
    requirements: tuple[RequirementRow, ...]
    ways_in: tuple[RoleMove, ...]
    ways_out: tuple[RoleMove, ...]
    readiness: float | None


def role_detail(data: LadderData, role_id: str) -> RoleDetailData:
    """The detail of ``role_id`` (``UnknownIdError`` when the framework has no such role)."""
    framework, lang = data.framework, data.lang
    role = framework.role(role_id)
    rows = []
    for requirement in role.requires:
        skill = framework.skills.get(requirement.skill)
        have = None if data.levels is None else data.levels.get(requirement.skill, 0)
        rows.append(
            RequirementRow(
                skill=requirement.skill,
                name=skill.name.get(lang) if skill is not None else requirement.skill,
                need=requirement.level,
                need_text=skill.descriptor(requirement.level, lang) if skill else "",
                have=have,
                have_text=skill.descriptor(have, lang) if skill and have else "",
                weight=requirement.weight,
            )
        )
    ways_in = tuple(
        RoleMove(move.source, data.role_title(move.source), move.kind, move.months)
        for move in framework.transitions
        if move.target == RoleId(role_id)
    )
    ways_out = tuple(
        RoleMove(move.target, data.role_title(move.target), move.kind, move.months)
        for move in framework.transitions
        if move.source == RoleId(role_id)
    )
    return RoleDetailData(
        role=role.id,
        title=role.title.get(lang),
        track=data.track_name(role.track),
        level=role.level,
        level_name=data.level_name(role.level),
        description=role.description.get(lang),
        responsibilities=tuple(text.get(lang) for text in role.responsibilities),
        requirements=tuple(rows),
        ways_in=ways_in,
        ways_out=ways_out,
        readiness=data.readiness.get(role.id) if data.readiness else None,
    )
