"""One person as every face shows them now: :class:`PersonSnapshot` and :func:`build_snapshot`.

Why one builder: the Overview, Ladder, Skills, Paths, Team, the one-to-one pack and ``cxcareer
person show``/``next --person``/``path --person`` all show a person's levels, readiness per
target, next moves and best paths. Computed once here from the stored facts
(:class:`~cxcareer.store.person_reads.PersonFacts`), they are the same numbers everywhere. The
store only reads; readiness, gaps and paths are the career engine's (:mod:`cxcareer.graph`),
called from here and nowhere else for a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cxcareer.framework import Framework, Text
from cxcareer.graph import CareerPath, NextMove, RoleGap, gap, next_moves, paths
from cxcareer.store.person_reads import PersonFacts
from cxcareer.store.records import ActionRecord, Basis, CurrentLevel, PersonRecord

__all__ = ["PersonSnapshot", "build_snapshot"]


@dataclass(frozen=True)
class PersonSnapshot:
    """Everything the faces show for one person, from facts read in one transaction."""

    person: PersonRecord
    framework: Framework
    graph: Any
    basis: Basis
    lang: str
    levels: dict[str, int]
    current_levels: dict[str, CurrentLevel]
    """``levels`` with who gave each and when (the lower side's rating on the min basis)."""
    self_levels: dict[str, CurrentLevel]
    manager_levels: dict[str, CurrentLevel]
    readiness: dict[str, float]
    gaps: dict[str, RoleGap]
    best_paths: dict[str, CareerPath | None]
    next_moves: tuple[NextMove, ...]
    open_actions: tuple[ActionRecord, ...]
    former_names: dict[str, Text] = field(default_factory=dict)
    """Names of skills and roles other stored versions declare and this one does not, so a
    rating, action or evidence from before a switch of framework still reads as a name."""

    def text(self, value: Text | None) -> str:
        """A framework text in the snapshot's language (with the usual fallbacks)."""
        return value.get(self.lang) if value is not None else ""

    def role_title(self, role_id: str) -> str:
        """The role's title (from another stored version if this one dropped it), else its id."""
        role = self.framework.roles.get(role_id)  # type: ignore[call-overload]
        if role is not None:
            return self.text(role.title)
        return self.text(self.former_names.get(role_id)) or role_id

    def skill_name(self, skill_id: str) -> str:
        """The skill's name (from another stored version if this one dropped it), else its id."""
        skill = self.framework.skills.get(skill_id)  # type: ignore[call-overload]
        if skill is not None:
            return self.text(skill.name)
        return self.text(self.former_names.get(skill_id)) or skill_id

    def descriptor(self, skill_id: str, level: int) -> str:
        """What ``level`` means for the skill, or ``""`` when the framework says nothing."""
        skill = self.framework.skills.get(skill_id)  # type: ignore[call-overload]
        if skill is None:
            return ""
        return self.text(skill.levels.get(level))

    def scale_name(self, level: int) -> str:
        """The scale's name for ``level`` (e.g. "Apply"), else the number itself."""
        name = self.text(self.framework.scale.names.get(level))
        return name or str(level)


def build_snapshot(facts: PersonFacts, basis: Basis, lang: str) -> PersonSnapshot:
    """The person of ``facts`` on ``basis``: levels, readiness and best path per target, moves.

    Framework texts come in ``lang``; the numbers do not depend on it, so a language switch
    replaces ``lang`` (``dataclasses.replace``) instead of computing again.
    """
    person, graph = facts.person, facts.graph
    # Ratings of skills this framework does not declare (kept in the history after a switch
    # of framework version) stop counting: the engine is only given the framework's skills.
    counted = {
        side: {skill: level for skill, level in by_skill.items() if skill in facts.framework.skills}
        for side, by_skill in facts.levels.items()
    }
    current = counted[basis]
    levels = {skill: level.level for skill, level in current.items()}
    gaps = {target: gap(graph, target, levels) for target in person.targets}
    best: dict[str, CareerPath | None] = {}
    for target in person.targets:
        if person.current_role is None or person.current_role == target:
            best[target] = None
            continue
        found = paths(graph, person.current_role, target, levels, k=1)
        best[target] = found[0] if found else None
    moves = next_moves(graph, person.current_role, levels) if person.current_role else ()
    return PersonSnapshot(
        person=person,
        framework=facts.framework,
        graph=graph,
        basis=basis,
        lang=lang,
        levels=levels,
        current_levels=current,
        self_levels=counted[Basis.SELF],
        manager_levels=counted[Basis.MANAGER],
        readiness={target: gaps[target].readiness for target in person.targets},
        gaps=gaps,
        best_paths=best,
        next_moves=moves,
        open_actions=facts.open_actions,
        former_names=_former_names(facts.framework, facts.other_frameworks),
    )


def _former_names(framework: Framework, others: tuple[Framework, ...]) -> dict[str, Text]:
    """Skill names and role titles the other versions declare and ``framework`` does not
    (the newest version's wording wins)."""
    names: dict[str, Text] = {}
    for other in others:
        for skill_id, skill in other.skills.items():
            if skill_id not in framework.skills:
                names.setdefault(skill_id, skill.name)
        for role_id, role in other.roles.items():
            if role_id not in framework.roles:
                names.setdefault(role_id, role.title)
    return names
