"""Ranked routes and what-if for the Paths screen, on a real SQLite file; nothing is written."""

from __future__ import annotations

import sqlite3

import networkx as nx
import pytest

from cxcareer.framework import MoveKind, UnknownIdError
from cxcareer.graph import InvalidLevelError, readiness
from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.path_options import (
    PathsStatus,
    aim_options,
    default_target,
    path_options,
)
from cxcareer.service.what_if_plan import evaluate, prune, raise_levels, with_change


def _view(app: CareerApp, **kwargs: object) -> PersonSnapshot:
    person = app.create_person("Ana", **kwargs).value  # type: ignore[arg-type]
    return app.person_snapshot(person.id)


def _assessment_rows(app: CareerApp) -> list[tuple[object, ...]]:
    path = app.database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return connection.execute("select * from assessment_items order by 1").fetchall()


def test_paths_are_ranked_with_steps(career_app: CareerApp) -> None:
    view = _view(career_app, current_role="support-representative")
    outcome = path_options(view, "support-team-lead")
    assert outcome.status is PathsStatus.FOUND
    assert [option.rank for option in outcome.options] == [1, 2, 3][: len(outcome.options)]
    assert len(outcome.options) >= 2
    gaps = [(o.path.gap, o.path.months, o.path.moves) for o in outcome.options]
    assert gaps == sorted(gaps)
    for option in outcome.options:
        assert option.roles[0] == "support-representative"
        assert option.roles[-1] == "support-team-lead"
        assert [step.role for step in option.steps] == list(option.roles[1:])
        assert sum(step.months or 0 for step in option.steps) == option.path.months
    direct = next(o for o in outcome.options if o.path.moves == 1)
    (step,) = direct.steps
    assert (step.source, step.kind, step.months) == (
        "support-representative",
        MoveKind.PROMOTION,
        36,
    )
    assert step.points == sum(m.need - m.have for m in step.missing) > 0


def test_paths_explain_why_there_are_none(career_app: CareerApp) -> None:
    no_role = _view(career_app)
    assert path_options(no_role, "support-specialist").status is PathsStatus.NO_CURRENT_ROLE
    person = career_app.create_person("Bia", current_role="vp-customer-support").value
    top = career_app.person_snapshot(person.id)
    assert path_options(top, "vp-customer-support").status is PathsStatus.ALREADY_THERE
    assert path_options(top, "support-representative").status is PathsStatus.NO_PATH
    with pytest.raises(UnknownIdError):
        path_options(top, "astronaut")


def test_default_target(career_app: CareerApp) -> None:
    assert default_target(_view(career_app, targets=["qa-analyst", "cx-analyst"])) == "qa-analyst"
    person = career_app.create_person("Caio", current_role="support-representative").value
    view = career_app.person_snapshot(person.id)
    assert default_target(view) == view.next_moves[0].role
    assert default_target(_view(career_app)) is None
    # A target equal to the current role is no goal: the best next move instead.
    career_app.set_targets(person.id, ["support-representative"])
    same = career_app.person_snapshot(person.id)
    assert default_target(same) == same.next_moves[0].role


def test_aim_options_leave_out_the_current_role_and_list_reachable_ones_first(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person("Caio", current_role="support-specialist").value
    view = career_app.person_snapshot(person.id)
    options = aim_options(view)
    aims = [option.role for option in options]
    assert "support-specialist" not in aims
    assert len(aims) == len(view.framework.roles) - 1
    reachable = nx.descendants(view.graph, "support-specialist")
    assert set(aims[: len(reachable)]) == reachable
    assert {option.role for option in options if option.reachable} == reachable
    assert "support-representative" not in reachable  # no move leads back down


def test_raise_levels_start_above_today(career_app: CareerApp) -> None:
    person = career_app.create_person("Duda", current_role="support-representative").value
    career_app.rate(person.id, {"communication": 5})
    view = career_app.person_snapshot(person.id)
    assert raise_levels(view, "communication") == (6, 7)
    assert raise_levels(view, "empathy-patience") == (1, 2, 3, 4, 5, 6, 7)
    with pytest.raises(UnknownIdError):
        raise_levels(view, "juggling")


def test_with_change_refuses_levels_that_do_not_raise(career_app: CareerApp) -> None:
    person = career_app.create_person("Eva", current_role="support-representative").value
    career_app.rate(person.id, {"communication": 3})
    view = career_app.person_snapshot(person.id)
    changes = with_change(view, {}, "communication", 4)
    changes = with_change(view, changes, "communication", 5)
    assert changes == {"communication": 5}
    with pytest.raises(InvalidLevelError):
        with_change(view, changes, "communication", 3)
    with pytest.raises(InvalidLevelError):
        with_change(view, changes, "communication", 8)
    with pytest.raises(UnknownIdError):
        with_change(view, changes, "juggling", 2)


def test_what_if_opens_roles_without_writing(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Fabi", current_role="support-representative", targets=["support-specialist"]
    ).value
    career_app.rate(person.id, {"communication": 2, "problem-solving": 2})
    view = career_app.person_snapshot(person.id)
    before = _assessment_rows(career_app)
    role = view.framework.role("support-representative")
    changes = {str(req.skill): req.level for req in role.requires}
    result = evaluate(view, changes)
    assert "support-representative" in result.newly_ready
    row = next(r for r in result.rows if r.role == "support-representative")
    assert row.newly_ready
    assert row.ready
    assert row.before < row.after == 1.0
    specialist = next(r for r in result.rows if r.role == "support-specialist")
    assert specialist.is_target
    assert specialist.is_next_move
    assert not specialist.newly_ready
    assert [c.skill for c in result.changes] == list(prune(view, changes))
    afters = [r.after for r in result.rows]
    assert afters == sorted(afters, reverse=True)
    assert _assessment_rows(career_app) == before
    assert career_app.person_snapshot(person.id).levels == view.levels


def test_prune_drops_rises_a_rating_caught_up_with(career_app: CareerApp) -> None:
    person = career_app.create_person("Gil", current_role="support-representative").value
    view = career_app.person_snapshot(person.id)
    changes = with_change(view, {}, "communication", 3)
    changes = with_change(view, changes, "crm-tools", 2)
    career_app.rate(person.id, {"communication": 4})
    fresh = career_app.person_snapshot(person.id)
    assert prune(fresh, changes) == {"crm-tools": 2}
    assert [c.skill for c in evaluate(fresh, changes).changes] == ["crm-tools"]
    assert evaluate(fresh, {}).rows == ()


def test_step_readiness_matches_the_engine(career_app: CareerApp) -> None:
    person = career_app.create_person("Hugo", current_role="support-representative").value
    career_app.rate(person.id, {"communication": 4, "problem-solving": 3})
    view = career_app.person_snapshot(person.id)
    outcome = path_options(view, "support-team-lead")
    for option in outcome.options:
        for step in option.steps:
            assert step.readiness == pytest.approx(readiness(view.graph, step.role, view.levels))
