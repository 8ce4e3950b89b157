"""Readiness taken apart, one requirement at a time, so a person can check the sum by hand.

Why: a percentage nobody can verify is a percentage nobody trusts. The overview shows
:data:`cxcareer.graph.READINESS_FORMULA` with this person's own numbers, so each term here is
exactly what the engine adds up (``w * min(have, need)`` over ``w * need``) and the total always
equals :func:`cxcareer.graph.readiness`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cxcareer.framework import Framework
from cxcareer.framework.model import RoleId, SkillId

__all__ = ["ReadinessExplanation", "ReadinessTerm", "explain_readiness"]


@dataclass(frozen=True)
class ReadinessTerm:
    """One requirement of a role: its weight, the person's level and the level needed."""

    skill: SkillId
    weight: float
    have: int
    need: int
    rated: bool = True
    """False when nobody rated the skill: ``have`` is then the 0 the formula counts."""

    @property
    def counted(self) -> int:
        """The level that counts: a level above the need earns nothing extra."""
        return min(self.have, self.need)

    @property
    def weighted_have(self) -> float:
        """``w * min(have, need)``, this term's share of the numerator."""
        return self.weight * self.counted

    @property
    def weighted_need(self) -> float:
        """``w * need``, this term's share of the denominator."""
        return self.weight * self.need

    @property
    def met(self) -> bool:
        """The person has the level the role needs."""
        return self.have >= self.need


@dataclass(frozen=True)
class ReadinessExplanation:
    """Every term of one role's readiness, the two sums and the result."""

    role: RoleId
    terms: tuple[ReadinessTerm, ...]
    have_total: float
    need_total: float

    @property
    def readiness(self) -> float:
        """``have_total / need_total``; a role that needs nothing is fully ready (1.0)."""
        if self.need_total <= 0.0:
            return 1.0
        return self.have_total / self.need_total

    @property
    def met_count(self) -> int:
        """How many requirements the person already meets."""
        return sum(1 for term in self.terms if term.met)


def explain_readiness(
    framework: Framework, role_id: str, levels: Mapping[str, int]
) -> ReadinessExplanation:
    """The terms of ``role_id``'s readiness for a person at ``levels`` (missing skill: 0).

    Terms keep the framework's order of requirements, which is also the order a role's page
    lists them in.

    Raises:
        UnknownIdError: ``role_id`` is not in the framework.

    >>> from cxcareer.framework import Requirement, Role, Skill, Text
    >>> fw = Framework("demo", "1", Text.plain("Demo"),
    ...     {"lead": Role("lead", Text.plain("Lead"), 2, requires=(
    ...         Requirement("empathy", 4), Requirement("coaching", 2, weight=2.0)))},
    ...     skills={"empathy": Skill("empathy", Text.plain("Empathy")),
    ...             "coaching": Skill("coaching", Text.plain("Coaching"))})
    >>> result = explain_readiness(fw, "lead", {"empathy": 2, "coaching": 5})
    >>> result.have_total, result.need_total, result.readiness
    (6.0, 8.0, 0.75)
    """
    role = framework.role(role_id)
    terms = tuple(
        ReadinessTerm(
            req.skill, req.weight, levels.get(req.skill, 0), req.level, rated=req.skill in levels
        )
        for req in role.requires
    )
    return ReadinessExplanation(
        role=role.id,
        terms=terms,
        have_total=sum(term.weighted_have for term in terms),
        need_total=sum(term.weighted_need for term in terms),
    )
