"""Skills table rows and history layout, on a real SQLite file with the built-in framework."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cxcareer.framework.builtin import load_builtin
from cxcareer.service.career import CareerApp, RatingPoint
from cxcareer.service.skill_history import MIN_SPAN, history_chart
from cxcareer.service.skill_rows import fold, relevant_skills, row_matches, skill_table
from cxcareer.store.records import Assessor

REP = "support-representative"
SPECIALIST = "support-specialist"
LEAD = "support-team-lead"


def _needs(role: str) -> dict[str, int]:
    return {r.skill: r.level for r in load_builtin().roles[role].requires}  # type: ignore[index]


def test_relevant_skills_are_those_of_the_current_role_and_targets(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST, LEAD]).value
    view = career_app.person_snapshot(person.id)
    wanted = set(_needs(REP)) | set(_needs(SPECIALIST)) | set(_needs(LEAD))
    skills = relevant_skills(view)
    assert set(skills) == wanted
    framework_order = [s for s in view.framework.skills if s in wanted]
    assert skills == framework_order


def test_rows_carry_self_manager_needs_and_gaps(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST, LEAD]).value
    career_app.rate(person.id, {"communication": 4, "problem-solving": 1})
    career_app.rate(person.id, {"communication": 2}, assessor=Assessor.MANAGER)
    view = career_app.person_snapshot(person.id)
    table = skill_table(view)
    assert table.targets == (SPECIALIST, LEAD)
    assert table.target_titles == (view.role_title(SPECIALIST), view.role_title(LEAD))
    rows = {row.skill: row for row in table.rows}

    communication = rows["communication"]
    assert communication.name == "Communication"
    assert communication.self_level == 4
    assert communication.manager_level == 2
    assert communication.level == 2, "gaps use the lower of self and manager"
    assert communication.current_need == _needs(REP)["communication"]
    need = communication.needs[0]
    assert (need.target, need.need, need.have) == (SPECIALIST, 3, 2)
    assert need.gap
    assert need.points == 1
    assert communication.last_changed == view.manager_levels["communication"].assessed_at

    untouched = rows["empathy-patience"]
    assert untouched.self_level is None
    assert untouched.manager_level is None
    assert untouched.last_changed is None
    assert untouched.level == 0
    # Nobody rated it: needed, but no measured gap from a 0 nobody gave.
    needed = [n for n in untouched.needs if n.need is not None]
    assert needed
    assert all(n.unrated and not n.gap and n.points == 0 for n in needed)


def test_a_target_that_does_not_ask_for_a_skill_has_no_need(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST]).value
    table = skill_table(career_app.person_snapshot(person.id))
    only_current = [row for row in table.rows if row.skill not in _needs(SPECIALIST)]
    assert only_current, "the representative asks for a skill the specialist does not"
    for row in only_current:
        assert row.needs[0].need is None
        assert not row.needs[0].gap
        assert row.current_need is not None


def test_show_all_lists_every_skill_and_marks_relevance(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST]).value
    view = career_app.person_snapshot(person.id)
    some = skill_table(view)
    every = skill_table(view, show_all=True)
    assert not some.showing_all
    assert every.showing_all
    assert [row.skill for row in every.rows] == list(view.framework.skills)
    assert len(some.rows) < len(every.rows) == every.total
    relevant = {row.skill for row in every.rows if row.relevant}
    assert relevant == {row.skill for row in some.rows}


def test_person_without_roles_sees_every_skill(career_app: CareerApp) -> None:
    person = career_app.create_person("Caio").value
    table = skill_table(career_app.person_snapshot(person.id))
    assert table.showing_all
    assert table.targets == ()
    assert len(table.rows) == len(load_builtin().skills)
    assert all(row.needs == () for row in table.rows)


def test_filter_ignores_case_and_accents_in_portuguese(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST]).value
    career_app.set_lang("pt-BR")
    view = career_app.person_snapshot(person.id)
    table = skill_table(view, query="COMUNICACAO")
    assert [row.skill for row in table.rows] == ["communication"]
    assert table.rows[0].name == "Comunicação"
    assert table.total > 1
    assert skill_table(view, query="communication").rows, "ids match in any language"
    assert skill_table(view, query="zzz").rows == ()


def test_every_word_of_the_filter_must_match(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST]).value
    rows = skill_table(career_app.person_snapshot(person.id)).rows
    row = next(r for r in rows if r.skill == "problem-solving")
    assert row_matches(row, "problem solv")
    assert not row_matches(row, "problem empathy")
    assert row_matches(row, "   ")


@given(st.text(max_size=20))
def test_fold_is_idempotent_and_accent_free(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert fold("ÁÉÍÓÚ Çã") == "aeiou ca"


def _point(day: int, assessor: Assessor, level: int) -> RatingPoint:
    at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=day)
    return RatingPoint(at, assessor, "Tester", level, None)


def test_history_steps_hold_each_level_until_the_next_rating() -> None:
    now = datetime(2025, 3, 1, tzinfo=UTC)
    points = [
        _point(30, Assessor.SELF, 3),
        _point(0, Assessor.SELF, 2),
        _point(10, Assessor.MANAGER, 2),
    ]
    chart = history_chart(points, max_level=7, now=now)
    assert not chart.empty
    assert chart.start == points[1].assessed_at
    assert chart.end == now
    assert [(s.start.day, s.end, s.level) for s in chart.own.steps] == [
        (1, points[0].assessed_at, 2),
        (31, now, 3),
    ]
    assert [s.level for s in chart.manager.steps] == [2]
    assert chart.manager.steps[0].end == now
    assert chart.position(chart.start) == 0.0
    assert chart.position(now) == 1.0
    assert 0.0 < chart.position(points[0].assessed_at) < 1.0
    assert (chart.height(0), chart.height(7)) == (0.0, 1.0)
    ticks = chart.ticks(3)
    assert ticks[0] == chart.start
    assert ticks[-1] == chart.end


def test_history_of_a_skill_never_rated_is_empty_but_drawable() -> None:
    now = datetime(2025, 3, 1, tzinfo=UTC)
    chart = history_chart([], max_level=5, now=now)
    assert chart.empty
    assert chart.end - chart.start == MIN_SPAN
    assert chart.max_level == 5


def test_history_from_the_app_lays_out_real_ratings(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role=REP, targets=[SPECIALIST]).value
    career_app.rate(person.id, {"communication": 2})
    career_app.rate(person.id, {"communication": 3}, assessor=Assessor.MANAGER)
    career_app.rate(person.id, {"communication": 4})
    chart = history_chart(career_app.history(person.id, "communication"), max_level=7)
    assert [p.level for p in chart.own.points] == [2, 4]
    assert [p.level for p in chart.manager.points] == [3]
    assert chart.end - chart.start == MIN_SPAN, "ratings minutes apart still get a day"
    assert all(0.0 <= chart.position(p.assessed_at) <= 1.0 for p in chart.own.points)
