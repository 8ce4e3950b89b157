"""What the overview lists for one person: targets with readiness, and the open plan actions.

Why here and not in the models: "how far is each target, by which route, and which actions are
still open" is a rule about the person, not about drawing; it is tested without a window and the
Qt models only turn these rows into text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cxcareer.graph import MissingSkill
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.plan_rows import PlanRow, plan_rows
from cxcareer.store.records import MAX_TARGETS

__all__ = ["OverviewHint", "TargetRow", "action_rows", "overview_hints", "target_rows"]


@dataclass(frozen=True)
class TargetRow:
    """A target role: readiness, points to gain and the best route there from today's role.

    ``path_months``/``path_moves`` are None when there is no current role, the target is the
    current role, or no route leads there.
    """

    role: str
    readiness: float
    points: int
    missing: tuple[MissingSkill, ...]
    path_months: int | None
    path_moves: int | None
    is_current: bool

    @property
    def ready(self) -> bool:
        """Every requirement of the target is met."""
        return self.readiness >= 1.0


@dataclass(frozen=True)
class OverviewHint:
    """Which empty states the overview has to explain, each with its way out."""

    no_current_role: bool
    no_targets: bool
    no_next_moves: bool
    no_open_actions: bool
    can_add_target: bool


def target_rows(view: PersonSnapshot) -> list[TargetRow]:
    """The person's targets in their own order (the first is the main one)."""
    rows = []
    current = view.person.current_role
    for role in view.person.targets:
        found = view.gaps.get(role)
        if found is None:
            continue
        path = view.best_paths.get(role)
        rows.append(
            TargetRow(
                role=role,
                readiness=found.readiness,
                points=found.points,
                missing=found.missing,
                path_months=path.months if path is not None else None,
                path_moves=path.moves if path is not None else None,
                is_current=role == current,
            )
        )
    return rows


def action_rows(view: PersonSnapshot, today: date) -> list[PlanRow]:
    """Open plan actions, overdue first, then by due date, undated last."""
    return plan_rows(view.open_actions, today, include_closed=False)


def overview_hints(view: PersonSnapshot) -> OverviewHint:
    """The empty states to show for ``view``."""
    return OverviewHint(
        no_current_role=view.person.current_role is None,
        no_targets=not view.person.targets,
        no_next_moves=view.person.current_role is not None and not view.next_moves,
        no_open_actions=not view.open_actions,
        can_add_target=len(view.person.targets) < MAX_TARGETS,
    )
