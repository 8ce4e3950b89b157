"""The engine's answers: small frozen dataclasses, safe to share with the CLI, store and UI."""

from __future__ import annotations

from dataclasses import dataclass

from cxcareer.framework.model import MoveKind, RoleId, SkillId

__all__ = [
    "CareerPath",
    "MissingSkill",
    "NextMove",
    "ReadinessChange",
    "RoleGap",
    "WhatIf",
    "unrated_count",
]


@dataclass(frozen=True)
class MissingSkill:
    """A skill the person has at ``have`` but a role (or path) needs at ``need`` > ``have``.

    ``rated`` is False when nobody has rated the skill: ``have`` is then 0 for the arithmetic,
    but faces say "not rated" rather than "0 → need", which would claim a level nobody gave.
    """

    skill: SkillId
    have: int
    need: int
    rated: bool = True

    @property
    def points(self) -> int:
        """Skill-level points still to gain (``need - have``)."""
        return self.need - self.have


def unrated_count(missing: tuple[MissingSkill, ...]) -> int:
    """How many of ``missing`` nobody has rated (each counted as 0 in the readiness)."""
    return sum(1 for item in missing if not item.rated)


@dataclass(frozen=True)
class RoleGap:
    """How far a person is from one role.

    ``requirements`` is how many skill requirements the role lists; with none, ``readiness`` is
    1.0 by definition and says nothing about the person (faces say "no requirements defined").
    """

    role: RoleId
    readiness: float
    points: int
    missing: tuple[MissingSkill, ...]
    requirements: int

    @property
    def unrated(self) -> int:
        """Required skills nobody has rated yet (counted as 0 in ``readiness``)."""
        return unrated_count(self.missing)


@dataclass(frozen=True)
class NextMove:
    """One move out of the current role, with the person's readiness for the destination."""

    role: RoleId
    kind: MoveKind
    months: int | None
    readiness: float
    missing: tuple[MissingSkill, ...]
    requirements: int
    """How many skill requirements the destination lists (0: none defined)."""

    @property
    def unrated(self) -> int:
        """Required skills nobody has rated yet (counted as 0 in ``readiness``)."""
        return unrated_count(self.missing)


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
