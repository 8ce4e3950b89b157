"""What-if: raise a few skills in imagination and see which roles open up. Nothing is saved.

Why a module of its own: the hypothetical levels live only in the screen, on top of the person's
snapshot; keeping them valid (a level above today's, on the scale, dropped once a real rating
catches up) and marking what matters to this person (targets, next moves) is logic worth testing
without a window. The engine's :func:`cxcareer.graph.what_if` never touches the database, and
neither does anything here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cxcareer.graph import InvalidLevelError, check_levels, what_if
from cxcareer.service.career import PersonSnapshot

__all__ = [
    "ChangeRow",
    "WhatIfResult",
    "WhatIfRow",
    "evaluate",
    "prune",
    "raise_levels",
    "with_change",
]


@dataclass(frozen=True)
class ChangeRow:
    """One imagined rise: ``skill`` from ``have`` (today) to ``level``."""

    skill: str
    have: int
    level: int


@dataclass(frozen=True)
class WhatIfRow:
    """A role whose readiness would move, and why this person might care about it."""

    role: str
    before: float
    after: float
    ready: bool
    newly_ready: bool
    is_target: bool
    is_next_move: bool


@dataclass(frozen=True)
class WhatIfResult:
    """Every role that would change (highest readiness after first) and those newly ready."""

    changes: tuple[ChangeRow, ...]
    rows: tuple[WhatIfRow, ...]
    newly_ready: tuple[str, ...]


def raise_levels(view: PersonSnapshot, skill: str) -> tuple[int, ...]:
    """The levels ``skill`` could be raised to: above today's, up to the top of the scale.

    Raises:
        UnknownIdError: ``skill`` is not in the person's framework.
    """
    view.framework.skill(skill)
    have = view.levels.get(skill, 0)
    scale = view.framework.scale
    return tuple(level for level in scale.levels() if level > have)


def with_change(
    view: PersonSnapshot, changes: Mapping[str, int], skill: str, level: int
) -> dict[str, int]:
    """``changes`` plus ``skill`` raised to ``level`` (replacing an earlier rise of it).

    Raises:
        UnknownIdError: ``skill`` is not in the person's framework.
        InvalidLevelError: ``level`` is off the scale or not above the person's level today.
    """
    check_levels(view.graph, {skill: level})
    have = view.levels.get(skill, 0)
    if level <= have:
        scale = view.framework.scale
        raise InvalidLevelError(skill, level, have + 1, scale.max)
    updated = dict(changes)
    updated[skill] = level
    return updated


def prune(view: PersonSnapshot, changes: Mapping[str, int]) -> dict[str, int]:
    """The rises still meaningful after the snapshot changed (a rating may have caught up)."""
    skills = view.framework.skills
    return {
        skill: level
        for skill, level in changes.items()
        if skill in skills and level > view.levels.get(skill, 0)
    }


def evaluate(view: PersonSnapshot, changes: Mapping[str, int]) -> WhatIfResult:
    """Readiness before and after ``changes`` for every role they touch; nothing is written."""
    clean = prune(view, changes)
    result = what_if(view.graph, view.levels, clean)
    targets = set(view.person.targets)
    moves = {step.role for step in view.next_moves}
    newly = set(result.newly_ready)
    rows = tuple(
        WhatIfRow(
            role=change.role,
            before=change.before,
            after=change.after,
            ready=change.ready,
            newly_ready=change.role in newly,
            is_target=change.role in targets,
            is_next_move=change.role in moves,
        )
        for change in result.changes
    )
    return WhatIfResult(
        changes=tuple(
            ChangeRow(skill, view.levels.get(skill, 0), level) for skill, level in clean.items()
        ),
        rows=rows,
        newly_ready=tuple(result.newly_ready),
    )
