"""Ranked routes to a chosen role, taken apart step by step for the Paths screen.

Why here: the engine answers with whole paths (roles, total gap, months); a person deciding
between routes wants each move on its own — how long it usually takes and which skills that
next role asks for — plus a plain reason when there is nothing to show. Both are rules worth
testing without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cxcareer.framework.model import MoveKind, SkillId
from cxcareer.graph import CareerPath, MissingSkill, paths, unrated_count
from cxcareer.graph.readiness import role_missing, role_readiness
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.onboarding_steps import TargetOption, target_options

__all__ = [
    "MAX_PATHS",
    "PathOption",
    "PathStep",
    "PathsOutcome",
    "PathsStatus",
    "aim_options",
    "default_target",
    "path_options",
    "path_steps",
]

#: How many routes the screen puts side by side.
MAX_PATHS = 3


class PathsStatus(StrEnum):
    """Why the screen shows paths, or why it cannot."""

    FOUND = "found"
    NO_CURRENT_ROLE = "no-current-role"
    ALREADY_THERE = "already-there"
    NO_PATH = "no-path"


@dataclass(frozen=True)
class PathStep:
    """One move on a route: into ``role`` from ``source``, today's readiness for ``role`` and
    what it still asks for."""

    source: str
    role: str
    kind: MoveKind
    months: int | None
    readiness: float
    missing: tuple[MissingSkill, ...]
    requirements: int
    """How many skill requirements ``role`` lists (0: none defined, readiness says nothing)."""

    @property
    def unrated(self) -> int:
        """Required skills nobody has rated yet (counted as 0 in ``readiness``)."""
        return unrated_count(self.missing)

    @property
    def points(self) -> int:
        """Skill-level points this role asks for above the person's levels."""
        return sum(item.points for item in self.missing)


@dataclass(frozen=True)
class PathOption:
    """A ranked route (1 is the best) with its steps."""

    rank: int
    path: CareerPath
    steps: tuple[PathStep, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        """Role ids from the current role to the target, for highlighting on the ladder."""
        return tuple(self.path.roles)


@dataclass(frozen=True)
class PathsOutcome:
    """The routes from the current role to ``target``, or the reason there are none."""

    target: str
    status: PathsStatus
    options: tuple[PathOption, ...]


def path_steps(view: PersonSnapshot, path: CareerPath) -> tuple[PathStep, ...]:
    """The moves of ``path``; each step's missing skills use the person's levels of today."""
    framework = view.framework
    levels = {SkillId(skill): level for skill, level in view.levels.items()}
    steps = []
    for source, role in zip(path.roles, path.roles[1:], strict=False):
        edge = view.graph.edges[source, role]
        target = framework.role(role)
        steps.append(
            PathStep(
                source=source,
                role=role,
                kind=edge["kind"],
                months=edge["months"],
                readiness=role_readiness(target, levels),
                missing=role_missing(target, levels),
                requirements=len(target.requires),
            )
        )
    return tuple(steps)


def path_options(view: PersonSnapshot, target: str, *, k: int = MAX_PATHS) -> PathsOutcome:
    """Up to ``k`` ranked routes from the person's current role to ``target``.

    Raises:
        UnknownIdError: ``target`` is not a role of the person's framework.
    """
    framework = view.framework
    target = framework.role(target).id
    current = view.person.current_role
    if current is None:
        return PathsOutcome(target, PathsStatus.NO_CURRENT_ROLE, ())
    if current == target:
        return PathsOutcome(target, PathsStatus.ALREADY_THERE, ())
    found = paths(view.graph, current, target, view.levels, k=k)
    if not found:
        return PathsOutcome(target, PathsStatus.NO_PATH, ())
    options = tuple(
        PathOption(rank, path, path_steps(view, path)) for rank, path in enumerate(found, 1)
    )
    return PathsOutcome(target, PathsStatus.FOUND, options)


def aim_options(view: PersonSnapshot) -> tuple[TargetOption, ...]:
    """Roles the Paths screen offers to aim for: all but the current one, reachable ones first,
    each saying whether a chain of moves reaches it.

    The order is the first-run wizard's (:func:`target_options`): fewest moves first, then the
    roles no chain of moves reaches, in framework order.
    """
    return target_options(view.graph, view.person.current_role)


def default_target(view: PersonSnapshot) -> str | None:
    """The role the Paths screen opens on, never a dead end while a route exists.

    The main target; else the best next move; else the nearest reachable role above the
    current one (or any reachable role); None when no route leads anywhere.
    """
    current = view.person.current_role
    targets = [t for t in view.person.targets if t != current]
    if targets:
        return targets[0]
    if view.next_moves:
        return view.next_moves[0].role
    if current is None:
        return None
    reachable = [o.role for o in target_options(view.graph, current) if o.reachable]
    level = view.framework.role(current).level
    above = [r for r in reachable if view.framework.role(r).level > level]
    found = above or reachable
    return found[0] if found else None
