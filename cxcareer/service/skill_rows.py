"""The rows of the Skills screen: each skill with its self, manager and needed levels.

Why here and not in the table model: which skills count for a person (those their current role
and targets ask for), what each target needs, where a gap is and which rows a filter keeps are
decisions about careers, not about widgets. Computing them from a
:class:`~cxcareer.service.career.PersonSnapshot` keeps them testable without a window and identical
wherever they are shown.

A gap compares the person's level on the view's basis (by default the lower of the latest self
and manager ratings, as readiness does) with the level a target needs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cxcareer.framework import Framework
from cxcareer.service.career import PersonSnapshot

__all__ = [
    "SkillRow",
    "SkillTable",
    "TargetNeed",
    "fold",
    "relevant_skills",
    "row_matches",
    "skill_table",
]


@dataclass(frozen=True)
class TargetNeed:
    """What one target role asks of one skill, against the person's level on the basis."""

    target: str
    need: int | None
    """The level the target needs; None when the target does not ask for the skill."""
    have: int
    rated: bool = True
    """False when nobody rated the skill: ``have`` is 0 for the arithmetic only."""

    @property
    def gap(self) -> bool:
        """True when the person's rated level is below what the target needs (an unrated
        skill is no measured gap: see :attr:`unrated`)."""
        return self.rated and self.need is not None and self.have < self.need

    @property
    def unrated(self) -> bool:
        """The target needs the skill and nobody has rated it yet."""
        return not self.rated and self.need is not None

    @property
    def points(self) -> int:
        """How many levels are missing (0 when none, or when the skill is not rated)."""
        return max(self.need - self.have, 0) if self.gap and self.need is not None else 0


@dataclass(frozen=True)
class SkillRow:
    """One skill of the table, in the view's language."""

    skill: str
    name: str
    category: str
    description: str
    self_level: int | None
    """The latest self rating; None when never rated by the person."""
    manager_level: int | None
    """The latest manager rating; None when never rated by a manager."""
    level: int
    """The level on the view's basis (0 when not rated), the one gaps are measured with."""
    current_need: int | None
    """What the person's current role needs (None: it does not ask for the skill)."""
    needs: tuple[TargetNeed, ...]
    """One entry per target, in target order."""
    last_changed: datetime | None
    """When the latest self or manager rating of the skill was given."""
    relevant: bool
    """True when the current role or a target asks for the skill."""

    @property
    def gaps(self) -> tuple[TargetNeed, ...]:
        """The targets whose need is above the person's level."""
        return tuple(need for need in self.needs if need.gap)


@dataclass(frozen=True)
class SkillTable:
    """Everything the Skills table shows, for one person, one filter and one toggle."""

    targets: tuple[str, ...]
    target_titles: tuple[str, ...]
    rows: tuple[SkillRow, ...]
    showing_all: bool
    """True when every framework skill is listed (asked for, or the person has no roles)."""
    total: int
    """How many rows there are before the text filter."""


def fold(text: str) -> str:
    """Lower case without accents, so "comunicacao" finds "Comunicação".

    >>> fold("Comunicação")
    'comunicacao'
    """
    # Compatibility forms (e.g. mathematical bold letters) decompose to upper case, so fold
    # case after decomposing, then decompose again for letters casefold turns into new forms.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _needs_of(framework: Framework, role_id: str | None) -> dict[str, int]:
    if role_id is None:
        return {}
    role = framework.roles.get(role_id)  # type: ignore[call-overload]
    if role is None:
        return {}
    return {requirement.skill: requirement.level for requirement in role.requires}


def relevant_skills(view: PersonSnapshot) -> list[str]:
    """The skills the current role or a target asks for, in the framework's order.

    Skills a role asks for but the framework does not declare come last, in the roles' order.
    """
    wanted: dict[str, None] = {}
    for role_id in (view.person.current_role, *view.person.targets):
        wanted.update(dict.fromkeys(_needs_of(view.framework, role_id)))
    ordered: list[str] = [skill for skill in view.framework.skills if skill in wanted]
    ordered.extend(skill for skill in wanted if skill not in view.framework.skills)
    return ordered


def row_matches(row: SkillRow, query: str) -> bool:
    """True when each word of ``query`` is in the row's name, id or category.

    Case and accents are ignored, so a filter typed without them still finds the skill.
    """
    words = fold(query).split()
    haystack = fold(" ".join((row.name, row.skill, row.category)))
    return all(word in haystack for word in words)


def _latest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def _row(
    view: PersonSnapshot,
    skill_id: str,
    current_needs: dict[str, int],
    target_needs: list[dict[str, int]],
    relevant: set[str],
) -> SkillRow:
    skill = view.framework.skills.get(skill_id)  # type: ignore[call-overload]
    own = view.self_levels.get(skill_id)
    manager = view.manager_levels.get(skill_id)
    have = view.levels.get(skill_id, 0)
    return SkillRow(
        skill=skill_id,
        name=view.skill_name(skill_id),
        category=view.text(skill.category) if skill is not None else "",
        description=view.text(skill.description) if skill is not None else "",
        self_level=own.level if own is not None else None,
        manager_level=manager.level if manager is not None else None,
        level=have,
        current_need=current_needs.get(skill_id),
        needs=tuple(
            TargetNeed(target, needs.get(skill_id), have, rated=skill_id in view.levels)
            for target, needs in zip(view.person.targets, target_needs, strict=True)
        ),
        last_changed=_latest(
            own.assessed_at if own is not None else None,
            manager.assessed_at if manager is not None else None,
        ),
        relevant=skill_id in relevant,
    )


def _all_skills(view: PersonSnapshot, relevant: Iterable[str]) -> list[str]:
    every: list[str] = list(view.framework.skills)
    every.extend(skill for skill in relevant if skill not in view.framework.skills)
    return every


def skill_table(view: PersonSnapshot, *, show_all: bool = False, query: str = "") -> SkillTable:
    """The rows for ``view``: relevant skills (or all of them), kept by ``query``.

    When the person has neither a current role nor a target, every skill is listed, since
    none is more relevant than another.
    """
    relevant = relevant_skills(view)
    showing_all = show_all or not relevant
    skills = _all_skills(view, relevant) if showing_all else relevant
    current_needs = _needs_of(view.framework, view.person.current_role)
    target_needs = [_needs_of(view.framework, target) for target in view.person.targets]
    relevant_set = set(relevant)
    rows = [_row(view, skill, current_needs, target_needs, relevant_set) for skill in skills]
    kept = tuple(row for row in rows if row_matches(row, query))
    return SkillTable(
        targets=tuple(view.person.targets),
        target_titles=tuple(view.role_title(target) for target in view.person.targets),
        rows=kept,
        showing_all=showing_all,
        total=len(rows),
    )
