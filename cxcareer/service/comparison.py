"""Self vs manager: each skill's self level, manager level and needed level, side by side.

Why its own module: the comparison is the heart of a one-to-one ("you see yourself at 4, I see
you at 2 — let's talk about that one first"), so which skills appear, what counts as a
disagreement and the order they come in are rules a person can see, tested without a window.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cxcareer.service.career import PersonSnapshot
from cxcareer.store.records import CurrentLevel

__all__ = ["FLAG_DIFFERENCE", "ComparisonRow", "compare", "scope_roles", "sort_key_text"]

#: Self and manager levels this far apart (or further) are flagged for a conversation.
FLAG_DIFFERENCE = 2


@dataclass(frozen=True)
class ComparisonRow:
    """One skill: both sides' latest levels (None: not rated), the level needed and evidence.

    ``needed_for`` is the role in scope asking the most of this skill (None: no role asks).
    """

    skill: str
    self_level: int | None
    manager_level: int | None
    needed: int
    needed_for: str | None
    evidence: int = 0

    @property
    def difference(self) -> int | None:
        """Manager minus self; None unless both rated the skill."""
        if self.self_level is None or self.manager_level is None:
            return None
        return self.manager_level - self.self_level

    @property
    def flagged(self) -> bool:
        """True when the two views are :data:`FLAG_DIFFERENCE` levels or more apart."""
        difference = self.difference
        return difference is not None and abs(difference) >= FLAG_DIFFERENCE

    @property
    def shortfall(self) -> int:
        """Levels still missing on the lower of the two views (0 when the need is met)."""
        known = [level for level in (self.self_level, self.manager_level) if level is not None]
        have = min(known) if known else 0
        return max(self.needed - have, 0)


def scope_roles(view: PersonSnapshot) -> tuple[str, ...]:
    """The person's current role, then their targets, each once (roles the framework knows)."""
    person = view.person
    candidates = ([person.current_role] if person.current_role else []) + list(person.targets)
    roles = view.framework.roles
    return tuple(dict.fromkeys(role for role in candidates if role in roles))


def sort_key_text(value: str) -> str:
    """Case- and accent-insensitive key, so "Ética" sorts with "etica" in both languages."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def compare(
    view: PersonSnapshot,
    roles: Sequence[str] | None = None,
    evidence_counts: Mapping[str, int] | None = None,
) -> list[ComparisonRow]:
    """Rows for the skills the ``roles`` require (default: :func:`scope_roles`).

    With no role at all (a person without a current role or targets) every skill of the
    framework is listed, so ratings can still be compared and recorded. Order: flagged
    disagreements first (widest first), then the largest shortfall, then by skill name in the
    view's language.
    """
    framework = view.framework
    chosen = scope_roles(view) if roles is None else tuple(r for r in roles if r in framework.roles)
    needs: dict[str, tuple[int, str | None]] = {}
    for role_id in chosen:
        for requirement in framework.roles[role_id].requires:  # type: ignore[index]
            held = needs.get(requirement.skill)
            if held is None or requirement.level > held[0]:
                needs[requirement.skill] = (requirement.level, role_id)
    if not chosen:
        needs = dict.fromkeys(framework.skills, (0, None))
    counts = evidence_counts or {}
    rows = [
        ComparisonRow(
            skill=skill,
            self_level=_level(view.self_levels, skill),
            manager_level=_level(view.manager_levels, skill),
            needed=need,
            needed_for=role,
            evidence=counts.get(skill, 0),
        )
        for skill, (need, role) in needs.items()
    ]
    rows.sort(
        key=lambda row: (
            not row.flagged,
            -abs(row.difference or 0) if row.flagged else 0,
            -row.shortfall,
            sort_key_text(view.skill_name(row.skill)),
        )
    )
    return rows


def _level(levels: Mapping[str, CurrentLevel], skill: str) -> int | None:
    current = levels.get(skill)
    return current.level if current is not None else None
