"""The team heat-map as plain data: people × (readiness for their target, gap per skill).

Why computed here: a manager sorts, exports and prints this grid; the numbers must be the same
ones the person's own screens show (the same snapshot code), and testable without a window.

A person's *aim* is their first target; with no target, their best next promotion (what a
one-to-one would talk about). A skill's *gap* is how many levels the person is below what the
aim requires (0 = met); a skill the aim does not require has no gap (``None``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cxcareer.graph import RoleGap, gap
from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.formats import percent_points
from cxcareer.store.csv_safe import write_csv
from cxcareer.store.records import PersonRecord

__all__ = ["TeamGrid", "TeamRow", "team_grid", "write_team_csv"]


@dataclass(frozen=True)
class TeamRow:
    """One person's line of the heat-map."""

    person: PersonRecord
    role_title: str
    aim: str | None
    aim_title: str
    aim_is_target: bool
    readiness: float | None
    gaps: dict[str, int]
    standing: RoleGap | None = None
    """The engine's answer for the aim (requirements, unrated), None without an aim."""
    unrated: frozenset[str] = frozenset()
    """Skills the aim needs that nobody rated: their gap counts from 0, but is no measurement."""

    @property
    def total_gap(self) -> int:
        """Levels missing over all skills of the aim."""
        return sum(self.gaps.values())


@dataclass(frozen=True)
class TeamGrid:
    """Rows (people) and columns (skills, biggest team gap first) of the heat-map."""

    rows: tuple[TeamRow, ...]
    skills: tuple[str, ...]
    skill_names: dict[str, str]

    def gap(self, row: int, skill: str) -> int | None:
        """The gap of person ``row`` on ``skill`` (None: their aim does not require it)."""
        return self.rows[row].gaps.get(skill)


def _aim(view: PersonSnapshot) -> tuple[str | None, bool]:
    if view.person.targets:
        return view.person.targets[0], True
    promotions = [step for step in view.next_moves if step.kind.value == "promotion"]
    if promotions:
        return promotions[0].role, False
    return None, False


def _row(view: PersonSnapshot) -> TeamRow:
    aim, is_target = _aim(view)
    gaps: dict[str, int] = {}
    readiness: float | None = None
    standing: RoleGap | None = None
    if aim is not None:
        role = view.framework.role(aim)
        for requirement in role.requires:
            have = view.levels.get(requirement.skill, 0)
            gaps[requirement.skill] = max(requirement.level - have, 0)
        standing = view.gaps.get(aim) or gap(view.graph, aim, view.levels)
        readiness = standing.readiness
    current = view.person.current_role
    return TeamRow(
        person=view.person,
        role_title=view.role_title(current) if current else "",
        aim=aim,
        aim_title=view.role_title(aim) if aim else "",
        aim_is_target=is_target,
        readiness=readiness,
        gaps=gaps,
        standing=standing,
        unrated=frozenset(
            str(m.skill) for m in (standing.missing if standing else ()) if not m.rated
        ),
    )


def team_grid(
    app: CareerApp, *, manager_id: str | None = None, include_archived: bool = False
) -> TeamGrid:
    """The heat-map of the people reporting to ``manager_id`` (None: everyone)."""
    people = app.people(include_archived=include_archived)
    if manager_id is not None:
        people = [p for p in people if p.manager_id == manager_id]
    rows: list[TeamRow] = []
    names: dict[str, str] = {}
    for person in people:
        view = app.person_snapshot(person.id)
        row = _row(view)
        rows.append(row)
        for skill in row.gaps:
            names.setdefault(skill, view.skill_name(skill))
    totals: dict[str, int] = {}
    for row in rows:
        for skill, missing in row.gaps.items():
            totals[skill] = totals.get(skill, 0) + missing
    skills = sorted(totals, key=lambda s: (-totals[s], names[s].casefold()))
    return TeamGrid(tuple(rows), tuple(skills), names)


def write_team_csv(
    path: Path,
    grid: TeamGrid,
    header: Sequence[str],
    *,
    not_rated: str = "not rated",
    force: bool = False,
) -> Path:
    """Write the grid as CSV (formula-injection safe, atomic); ``header`` names the first 4 columns.

    Readiness is written as a percentage number, gaps as numbers, an unrequired skill as empty,
    a needed skill nobody rated as ``not_rated`` (in the reader's language): a number there
    would be a gap counted from a 0 nobody gave, as the heat-map's "?" says on screen.
    An existing ``path`` is replaced only with ``force`` (see :func:`write_csv`).
    """
    columns = [*header, *(grid.skill_names[s] for s in grid.skills)]
    lines = []
    for row in grid.rows:
        readiness = percent_points(row.readiness) if row.readiness is not None else ""
        cells: list[object] = [row.person.name, row.role_title, row.aim_title, readiness]
        cells += [not_rated if s in row.unrated else row.gaps.get(s, "") for s in grid.skills]
        lines.append(cells)
    return write_csv(path, columns, lines, force=force)
