"""What the overview shows for one person: the one recommended move, its top skills to
develop with a suggested action each, the other targets and moves, and the open plan actions.

Why here and not in the models: "which move to recommend, which skills first, what to practise,
how far is each target and by which route" are rules about the person, not about drawing; they
are tested without a window and the Qt widgets only turn these rows into text and paint.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from cxcareer.framework.model import MoveKind
from cxcareer.graph import MissingSkill, NextMove, RoleGap, unrated_count
from cxcareer.service.career import PersonSnapshot
from cxcareer.service.plan_rows import PlanRow, plan_rows
from cxcareer.service.readiness_words import Standing
from cxcareer.service.texts import say
from cxcareer.store.records import MAX_TARGETS

__all__ = [
    "TOP_SKILLS",
    "MoveRow",
    "OverviewHint",
    "Recommendation",
    "SkillToDevelop",
    "TargetRow",
    "action_rows",
    "move_rows",
    "overview_hints",
    "recommended_move",
    "suggested_action",
    "target_rows",
]

#: How many skills the recommendation lists: enough to act on, few enough to start today.
TOP_SKILLS = 3


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
    requirements: int = 0
    """How many skill requirements the target lists (0: none defined)."""

    @property
    def ready(self) -> bool:
        """Every requirement of the target is met (and it has some)."""
        return self.requirements > 0 and self.readiness >= 1.0

    @property
    def unrated(self) -> int:
        """Required skills nobody has rated yet."""
        return unrated_count(self.missing)


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
                requirements=found.requirements,
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


@dataclass(frozen=True)
class SkillToDevelop:
    """One of the recommended move's top skills: the levels, and what to practise next.

    ``action`` is the suggested plan action in the snapshot's language ("" when the skill is
    not rated: rating it comes first); ``planned`` is True when an open action of the plan is
    already about this skill.
    """

    skill: str
    have: int
    need: int
    rated: bool
    action: str
    planned: bool


@dataclass(frozen=True)
class MoveRow:
    """A target or next move listed under the recommendation (one compact list for both).

    ``kind`` and ``months`` are the move's when the role is one move away; ``moves`` and
    ``months`` are the best route's for a target further off (None without a current role or a
    route).
    """

    role: str
    is_target: bool
    kind: MoveKind | None
    months: int | None
    moves: int | None
    readiness: float
    requirements: int
    unrated: int


@dataclass(frozen=True)
class Recommendation(MoveRow):
    """The one move the overview leads with (the first target, else the best next move), with
    what it still asks for and the skills to develop first."""

    missing: tuple[MissingSkill, ...]
    skills: tuple[SkillToDevelop, ...]

    @property
    def ready(self) -> bool:
        """Every requirement is met (and the role has some)."""
        return self.requirements > 0 and not self.missing


def _aim_level(view: PersonSnapshot, item: MissingSkill) -> tuple[int, str]:
    """The level to practise towards and its descriptor: the first level above today's that
    the framework describes, up to the level needed (else the level needed, undescribed)."""
    for level in range(item.have + 1, item.need + 1):
        descriptor = view.descriptor(item.skill, level).strip()
        if descriptor:
            return level, descriptor
    return item.need, ""


def suggested_action(view: PersonSnapshot, item: MissingSkill) -> str:
    """What to practise for ``item``, as a plan action's title in ``view.lang``.

    Built from the framework's descriptor of the next level up ("Practise Coaching: ask your
    manager for a task where you can show “Guides peers informally …”"), so it names a concrete
    behaviour; without a descriptor it names the level to reach.
    """
    skill = view.skill_name(item.skill)
    level, descriptor = _aim_level(view, item)
    if descriptor:
        return say(
            "suggested_action_descriptor",
            view.lang,
            skill=skill,
            descriptor=descriptor.rstrip(". "),
        )
    return say("suggested_action_level", view.lang, skill=skill, level=view.scale_name(level))


def _skills(view: PersonSnapshot, missing: tuple[MissingSkill, ...]) -> tuple[SkillToDevelop, ...]:
    """The first :data:`TOP_SKILLS` of ``missing``: rated gaps first (largest first, the
    engine's order), then skills nobody rated, whose 0 is no measured gap."""
    planned = {action.skill for action in view.open_actions if action.skill}
    ordered = sorted(missing, key=lambda item: not item.rated)
    return tuple(
        SkillToDevelop(
            skill=str(item.skill),
            have=item.have,
            need=item.need,
            rated=item.rated,
            action=suggested_action(view, item) if item.rated else "",
            planned=item.skill in planned,
        )
        for item in ordered[:TOP_SKILLS]
    )


def _move_to(view: PersonSnapshot, role: str) -> tuple[MoveKind | None, int | None]:
    for step in view.next_moves:
        if step.role == role:
            return step.kind, step.months
    return None, None


def _move_row(
    role: str,
    standing: Standing,
    *,
    is_target: bool,
    kind: MoveKind | None,
    months: int | None,
    moves: int | None,
) -> MoveRow:
    return MoveRow(
        role=role,
        is_target=is_target,
        kind=kind,
        months=months,
        moves=moves,
        readiness=standing.readiness,
        requirements=standing.requirements,
        unrated=standing.unrated,
    )


def _recommendation(
    view: PersonSnapshot,
    standing: RoleGap | NextMove,
    *,
    is_target: bool,
    kind: MoveKind | None,
    months: int | None,
    moves: int | None,
) -> Recommendation:
    row = _move_row(
        str(standing.role), standing, is_target=is_target, kind=kind, months=months, moves=moves
    )
    return Recommendation(
        **{column.name: getattr(row, column.name) for column in fields(MoveRow)},
        missing=standing.missing,
        skills=_skills(view, standing.missing),
    )


def recommended_move(view: PersonSnapshot) -> Recommendation | None:
    """The first target that is not today's role, else the best next move that lists
    requirements (else the best one), else None (no role and no target, or a top role)."""
    current = view.person.current_role
    for role in view.person.targets:
        found = view.gaps.get(role)
        if found is None or role == current:
            continue
        kind, months = _move_to(view, role)
        path = view.best_paths.get(role)
        if kind is None and path is not None:
            months = path.months
        return _recommendation(
            view,
            found,
            is_target=True,
            kind=kind,
            months=months,
            moves=path.moves if path is not None else None,
        )
    if not view.next_moves:
        return None
    best = next((step for step in view.next_moves if step.requirements), view.next_moves[0])
    return _recommendation(view, best, is_target=False, kind=best.kind, months=best.months, moves=1)


def move_rows(view: PersonSnapshot, leading: Recommendation | None) -> list[MoveRow]:
    """The targets, then the next moves, without the recommended role and without a role twice."""
    listed: list[tuple[str, bool, MoveKind | None, int | None, int | None, Standing]] = []
    for target in target_rows(view):
        kind, months = _move_to(view, target.role)
        if kind is None:
            months = target.path_months
        listed.append((target.role, True, kind, months, target.path_moves, target))
    for step in view.next_moves:
        listed.append((str(step.role), False, step.kind, step.months, 1, step))
    rows: list[MoveRow] = []
    seen = {leading.role} if leading is not None else set()
    for role, is_target, kind, months, moves, standing in listed:
        if role not in seen:
            seen.add(role)
            rows.append(
                _move_row(
                    role, standing, is_target=is_target, kind=kind, months=months, moves=moves
                )
            )
    return rows
