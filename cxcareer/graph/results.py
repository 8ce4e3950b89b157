"""The engine's answers: small frozen dataclasses, safe to share with the CLI, store and UI."""

from __future__ import annotations

from dataclasses import dataclass

from cxcareer.framework.model import MoveKind, RoleId, SkillId

__all__ = ["CareerPath", "MissingSkill", "NextMove", "ReadinessChange", "RoleGap", "WhatIf"]


@dataclass(frozen=True)
class MissingSkill:
    """A skill the person has at ``have`` but a role (or path) needs at ``need`` > ``have``."""

    skill: SkillId
    have: int
    need: int

    @property
    def points(self) -> int:
        """Skill-level points still to gain (``need - have``)."""
        return self.need - self.have


@dataclass(frozen=True)
class RoleGap:
    """How far a person is from one role."""

    role: RoleId
    readiness: float
    points: int
    missing: tuple[MissingSkill, ...]


@dataclass(frozen=True)
class NextMove:
    """One move out of the current role, with the person's readiness for the destination."""

    role: RoleId
    kind: MoveKind
    months: int | None
    readiness: float
    missing: tuple[MissingSkill, ...]


@dataclass(frozen=True)
class CareerPath:
    """A simple path of roles from where the person is to a goal.

    ``gap`` counts the skill-level points to gain, each skill once at the highest level any role
    after the first asks for; ``months`` adds up the moves' typical months (unknown counts as 0).
    """

    roles: tuple[RoleId, ...]
    gap: int
    months: int
    moves: int
    missing: tuple[MissingSkill, ...]


@dataclass(frozen=True)
class ReadinessChange:
    """A role whose readiness moves from ``before`` to ``after``; ``ready`` when after is 1.0."""

    role: RoleId
    before: float
    after: float
    ready: bool


@dataclass(frozen=True)
class WhatIf:
    """The roles a change of skill levels affects, and those it makes fully ready."""

    changes: tuple[ReadinessChange, ...]
    newly_ready: tuple[RoleId, ...]
