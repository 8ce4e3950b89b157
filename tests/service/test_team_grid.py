"""The team heat-map data: aims, gaps, column order and the CSV export."""

from __future__ import annotations

import csv
from pathlib import Path

from cxcareer.service.career import CareerApp
from cxcareer.service.team_grid import team_grid, write_team_csv


def _team(app: CareerApp) -> tuple[str, str, str]:
    boss = app.create_person("Marta Lima", current_role="support-team-lead").value
    ana = app.create_person(
        "=Ana",
        current_role="support-representative",
        targets=["support-specialist"],
        manager_id=boss.id,
    ).value
    rui = app.create_person("Rui", current_role="support-representative", manager_id=boss.id).value
    return boss.id, ana.id, rui.id


def test_gaps_follow_the_aim(career_app: CareerApp) -> None:
    boss, ana, _rui = _team(career_app)
    view = career_app.person_snapshot(ana)
    requires = view.framework.role("support-specialist").requires
    first = requires[0]
    career_app.rate(ana, {first.skill: first.level})
    grid = team_grid(career_app, manager_id=boss)
    assert [r.person.name for r in grid.rows] == ["=Ana", "Rui"]
    ana_row = grid.rows[0]
    assert ana_row.aim == "support-specialist"
    assert ana_row.aim_is_target
    assert ana_row.gaps[first.skill] == 0
    assert all(ana_row.gaps[r.skill] == r.level for r in requires[1:])
    assert ana_row.readiness == career_app.person_snapshot(ana).readiness["support-specialist"]
    # The other requirements were never rated: the heat-map knows, rather than showing a gap.
    assert ana_row.unrated == {str(r.skill) for r in requires[1:]}
    assert ana_row.standing is not None
    assert ana_row.standing.unrated == len(requires) - 1
    # Rui has no target: his aim is his best next promotion.
    rui_row = grid.rows[1]
    assert rui_row.aim is not None
    assert not rui_row.aim_is_target
    # Columns: biggest total team gap first.
    totals = [sum(r.gaps.get(s, 0) for r in grid.rows) for s in grid.skills]
    assert totals == sorted(totals, reverse=True)
    # The manager is not in her own team; "everyone" includes her.
    assert len(team_grid(career_app).rows) == 3


def test_csv_is_formula_safe(career_app: CareerApp, tmp_path: Path) -> None:
    boss, _ana, _rui = _team(career_app)
    grid = team_grid(career_app, manager_id=boss)
    path = write_team_csv(tmp_path / "team.csv", grid, ["Person", "Role", "Aim", "Readiness"])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Person", "Role", "Aim", "Readiness"]
    assert rows[1][0] == "'=Ana"
    assert rows[1][3] == "0"
    assert len(rows[0]) == 4 + len(grid.skills)
    # Ana rated nothing the aim needs but one skill: those cells say so, not a gap from 0.
    ana = grid.rows[0]
    for column, skill in enumerate(grid.skills, start=4):
        if skill in ana.unrated:
            assert rows[1][column] == "not rated"
        elif skill in ana.gaps:
            assert rows[1][column] == str(ana.gaps[skill])
    assert ana.unrated, "the fixture leaves needed skills unrated"
