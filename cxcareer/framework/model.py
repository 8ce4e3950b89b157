"""The typed, validated form of a career framework (``cxcareer/framework@1``).

Everything here is a frozen dataclass so a loaded framework can be shared freely between the
engine, the store and the UI without anyone changing it underneath the others. Instances are
produced by :mod:`cxcareer.framework.load` after validation; the engine relies on the invariants
listed on :class:`Framework` and never re-checks them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

from cxcareer.framework.errors import UnknownIdError
from cxcareer.framework.text import Text

__all__ = [
    "FORMAT",
    "Framework",
    "MoveKind",
    "Requirement",
    "Role",
    "RoleId",
    "Scale",
    "Skill",
    "SkillId",
    "Tier",
    "Track",
    "TrackId",
    "Transition",
    "closest_ids",
]

#: The only format tag this version understands.
FORMAT = "cxcareer/framework@1"

RoleId = NewType("RoleId", str)
SkillId = NewType("SkillId", str)
TrackId = NewType("TrackId", str)


class Tier(StrEnum):
    """The organisational tier of a role (operational, tactical, strategic)."""

    OPERATIONAL = "operational"
    TACTICAL = "tactical"
    STRATEGIC = "strategic"


class MoveKind(StrEnum):
    """A promotion goes up the ladder; a lateral move changes track or speciality."""

    PROMOTION = "promotion"
    LATERAL = "lateral"


@dataclass(frozen=True)
class Scale:
    """The level scale shared by role levels, requirement levels and skill descriptors."""

    min: int = 1
    max: int = 7
    names: Mapping[int, Text] = field(default_factory=dict)

    def __contains__(self, level: object) -> bool:
        if not isinstance(level, int) or isinstance(level, bool):
            return False
        return self.min <= level <= self.max

    def levels(self) -> range:
        """Every level of the scale, lowest first."""
        return range(self.min, self.max + 1)

    def name(self, level: int, language: str | None = None) -> str:
        """The level's name if the framework gives one, else the number."""
        text = self.names.get(level)
        return text.get(language) if text else str(level)


@dataclass(frozen=True)
class Track:
    """A family of roles (support, quality, CX...) used for layout and lateral moves."""

    id: TrackId
    name: Text
    description: Text = field(default_factory=Text)


@dataclass(frozen=True)
class Skill:
    """A skill or competency with optional per-level descriptors."""

    id: SkillId
    name: Text
    category: Text = field(default_factory=Text)
    description: Text = field(default_factory=Text)
    levels: Mapping[int, Text] = field(default_factory=dict)

    def descriptor(self, level: int, language: str | None = None) -> str:
        """What the skill looks like at ``level``; ``""`` when the framework does not say."""
        text = self.levels.get(level)
        return text.get(language) if text else ""


@dataclass(frozen=True)
class Requirement:
    """A role needs ``skill`` at ``level`` at least; ``weight`` scales it in readiness."""

    skill: SkillId
    level: int
    weight: float = 1.0


@dataclass(frozen=True)
class Role:
    """A position on the ladder."""

    id: RoleId
    title: Text
    level: int
    track: TrackId | None = None
    tier: Tier | None = None
    entry: bool = False
    description: Text = field(default_factory=Text)
    responsibilities: tuple[Text, ...] = ()
    requires: tuple[Requirement, ...] = ()

    def requirement(self, skill: str) -> Requirement | None:
        """The requirement on ``skill``, if the role has one."""
        for req in self.requires:
            if req.skill == skill:
                return req
        return None


@dataclass(frozen=True)
class Transition:
    """A move from one role to another (``source`` and ``target`` are the file's from/to)."""

    source: RoleId
    target: RoleId
    kind: MoveKind = MoveKind.PROMOTION
    months: int | None = None


def closest_ids(value: str, candidates: Iterable[str], limit: int = 3) -> tuple[str, ...]:
    """The candidates most similar to ``value``, best first (for "did you mean" hints)."""
    pool = list(candidates)
    close = difflib.get_close_matches(value, pool, n=limit, cutoff=0.5)
    if not close:
        close = [c for c in pool if value and (value in c or c in value)][:limit]
    return tuple(close)


@dataclass(frozen=True)
class Framework:
    """A validated career framework.

    Invariants guaranteed by the loader: ids are unique; every requirement names a declared
    skill; every role track is declared; every transition joins two distinct declared roles;
    every level lies inside ``scale``; promotions form no cycle; there is at least one role.

    ``roles``, ``skills`` and ``tracks`` keep file order.
    """

    id: str
    version: str
    name: Text
    roles: Mapping[RoleId, Role]
    skills: Mapping[SkillId, Skill] = field(default_factory=dict)
    tracks: Mapping[TrackId, Track] = field(default_factory=dict)
    transitions: tuple[Transition, ...] = ()
    scale: Scale = field(default_factory=Scale)
    description: Text = field(default_factory=Text)
    source: Text = field(default_factory=Text)

    def role(self, role_id: str) -> Role:
        """The role with this id.

        Raises:
            UnknownIdError: with the closest valid ids as suggestions.
        """
        try:
            return self.roles[RoleId(role_id)]
        except KeyError:
            raise UnknownIdError("role", role_id, closest_ids(role_id, self.roles)) from None

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id.

        Raises:
            UnknownIdError: with the closest valid ids as suggestions.
        """
        try:
            return self.skills[SkillId(skill_id)]
        except KeyError:
            raise UnknownIdError("skill", skill_id, closest_ids(skill_id, self.skills)) from None

    def track(self, track_id: str) -> Track:
        """The track with this id.

        Raises:
            UnknownIdError: with the closest valid ids as suggestions.
        """
        try:
            return self.tracks[TrackId(track_id)]
        except KeyError:
            raise UnknownIdError("track", track_id, closest_ids(track_id, self.tracks)) from None

    def entry_roles(self) -> tuple[Role, ...]:
        """Roles people can start in."""
        return tuple(role for role in self.roles.values() if role.entry)

    def languages(self) -> tuple[str, ...]:
        """Language tags used by the framework's name and role titles (``""`` = untagged)."""
        seen: dict[str, None] = dict.fromkeys(self.name.languages())
        for role in self.roles.values():
            seen.update(dict.fromkeys(role.title.languages()))
        return tuple(seen)
