"""Overview rows and readiness explained, on a real SQLite file with the built-in framework."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxcareer.framework import UnknownIdError
from cxcareer.framework.builtin import load_builtin
from cxcareer.graph import build_graph, gap, next_moves, readiness
from cxcareer.service.career import CareerApp
from cxcareer.service.formats import percent
from cxcareer.service.overview_rows import (
    action_rows,
    move_rows,
    overview_hints,
    recommended_move,
    target_rows,
)
from cxcareer.service.readiness_terms import explain_readiness
from cxcareer.service.readiness_words import readiness_label
from cxcareer.store.records import ActionStatus
from cxcareer.store.services import actions as action_services
from tests.graph.frameworks import L, make_framework


def test_target_rows_follow_target_order_with_best_route(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Ana",
        current_role="support-representative",
        targets=["support-team-lead", "support-specialist"],
    ).value
    career_app.rate(person.id, {"communication": 3, "problem-solving": 2})
    rows = target_rows(career_app.person_snapshot(person.id))
    assert [row.role for row in rows] == ["support-team-lead", "support-specialist"]
    lead, specialist = rows
    assert 0.0 < specialist.readiness < 1.0
    assert specialist.path_moves == 1
    assert specialist.path_months == 18
    assert lead.path_moves is not None
    assert lead.path_moves >= 1
    assert specialist.points == sum(item.points for item in specialist.missing)
    assert not specialist.is_current
    assert not specialist.ready


def test_target_equal_to_current_role_has_no_route(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Bia", current_role="support-specialist", targets=["support-specialist"]
    ).value
    (row,) = target_rows(career_app.person_snapshot(person.id))
    assert row.is_current
    assert row.path_months is None
    assert row.path_moves is None


def test_hints_for_a_person_with_nothing_chosen(career_app: CareerApp) -> None:
    person = career_app.create_person("Caio").value
    hints = overview_hints(career_app.person_snapshot(person.id))
    assert hints.no_current_role
    assert hints.no_targets
    assert hints.no_open_actions
    assert not hints.no_next_moves, "no role: the hint asks for a role, not about moves"
    assert hints.can_add_target


def test_hints_once_three_targets_are_set(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Duda",
        current_role="vp-customer-support",
        targets=["chief-customer-officer", "head-of-cx", "cx-director"],
    ).value
    hints = overview_hints(career_app.person_snapshot(person.id))
    assert not hints.can_add_target
    assert not hints.no_current_role
    assert not hints.no_targets


def test_open_actions_overdue_first(career_app: CareerApp) -> None:
    person = career_app.create_person("Eva", current_role="support-representative").value
    with career_app.database.session() as session:
        action_services.add_action(session, person.id, "Read the style guide", "Eva")
        action_services.add_action(
            session, person.id, "Shadow a specialist", "Eva", due_on=date(2030, 1, 10)
        )
        late = action_services.add_action(
            session, person.id, "Finish the course", "Eva", due_on=date(2020, 1, 1)
        )
        done = action_services.add_action(session, person.id, "Old action", "Eva")
        action_services.set_action_status(session, done.id, ActionStatus.DONE)
    rows = action_rows(career_app.person_snapshot(person.id), date(2024, 6, 1))
    assert [row.action.title for row in rows] == [
        "Finish the course",
        "Shadow a specialist",
        "Read the style guide",
    ]
    assert rows[0].action.id == late.id
    assert rows[0].overdue


def test_explanation_shows_every_term() -> None:
    framework = load_builtin()
    result = explain_readiness(framework, "support-specialist", {"communication": 5})
    role = framework.role("support-specialist")
    assert [term.skill for term in result.terms] == [req.skill for req in role.requires]
    communication = result.terms[0]
    assert communication.skill == "communication"
    assert (communication.have, communication.need, communication.counted) == (5, 3, 3)
    assert communication.weighted_have == 6.0
    assert communication.met
    assert result.met_count == 1
    assert result.have_total == 6.0
    assert result.need_total == sum(req.weight * req.level for req in role.requires)


def test_explanation_rejects_unknown_role() -> None:
    with pytest.raises(UnknownIdError):
        explain_readiness(load_builtin(), "astronaut", {})


_SKILLS = list(load_builtin().skills)
_GRAPH = build_graph(load_builtin())


@settings(max_examples=60, deadline=None)
@given(
    role=st.sampled_from(list(load_builtin().roles)),
    levels=st.dictionaries(st.sampled_from(_SKILLS), st.integers(0, 7), max_size=12),
)
def test_explanation_equals_the_engine(role: str, levels: dict[str, int]) -> None:
    explained = explain_readiness(load_builtin(), role, levels)
    assert explained.readiness == pytest.approx(readiness(_GRAPH, role, levels), abs=1e-12)
    assert 0.0 <= explained.readiness <= 1.0


# -- the recommended move and readiness in words (issue 11: lead with what to do next) ---------


def test_recommendation_is_the_first_target_with_its_top_three_skills(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person(
        "Gil",
        current_role="support-representative",
        targets=["support-specialist", "support-team-lead"],
    ).value
    career_app.rate(person.id, {"communication": 2, "problem-solving": 1})
    view = career_app.person_snapshot(person.id)
    leading = recommended_move(view)
    assert leading is not None
    assert (leading.role, leading.is_target) == ("support-specialist", True)
    assert leading.kind is not None, "the specialist is one move away"
    assert leading.months == 18
    found = view.gaps["support-specialist"]
    assert leading.readiness == found.readiness
    # Rated gaps come first (a measured gap), then skills nobody rated yet.
    rated = [str(m.skill) for m in found.missing if m.rated]
    assert [s.skill for s in leading.skills][: len(rated)] == rated
    assert len(leading.skills) == 3
    # problem-solving (rated 1, needs 3) is the biggest rated gap; its action names it and
    # the framework's own words for the next level up (2).
    solving = leading.skills[0]
    assert solving.skill == "problem-solving"
    assert (solving.have, solving.need, solving.rated) == (1, 3, True)
    assert "Problem" in solving.action
    descriptor = view.descriptor("problem-solving", 2).rstrip(". ")
    assert descriptor
    assert descriptor in solving.action
    unrated = [s for s in leading.skills if not s.rated]
    assert unrated, "most of the specialist's skills are not rated yet"
    assert all(s.action == "" and s.have == 0 for s in unrated)


def test_unrated_required_skills_are_counted_not_passed_off_as_zero(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person(
        "Hugo", current_role="support-representative", targets=["support-specialist"]
    ).value
    career_app.rate(person.id, {"communication": 3, "problem-solving": 3})
    view = career_app.person_snapshot(person.id)
    found = view.gaps["support-specialist"]
    # Ten requirements, two rated and met: the other eight are unrated, not "0 → 3".
    assert found.requirements == 10
    assert found.unrated == 8
    assert all(not item.rated for item in found.missing)
    assert readiness_label(found, "en") == f"{percent(found.readiness, 'en')} · 8 skills not rated"
    assert readiness_label(found, "pt-BR").endswith("8 competências sem avaliação")
    (row,) = target_rows(view)
    assert row.unrated == 8
    career_app.rate(person.id, dict.fromkeys((str(m.skill) for m in found.missing), 3))
    rated = career_app.person_snapshot(person.id).gaps["support-specialist"]
    assert rated.unrated == 0
    assert readiness_label(rated, "en") == "100%"


def test_role_without_requirements_says_so_instead_of_ready() -> None:
    fw = make_framework([("free", 1, {}), ("agent", 1, {"a": 2})], [("agent", "free", L, 3)])
    G = build_graph(fw)
    free = gap(G, "free", {"a": 1})
    assert free.readiness == 1.0
    assert readiness_label(free, "en") == "no requirements defined"
    assert readiness_label(free, "pt-BR") == "nenhum requisito definido"
    (move,) = next_moves(G, "agent", {})
    assert readiness_label(move, "en") == "no requirements defined"


def test_suggested_action_speaks_the_snapshot_language(career_app: CareerApp) -> None:
    person = career_app.create_person(
        "Iara", current_role="support-representative", targets=["support-specialist"]
    ).value
    career_app.rate(person.id, {"problem-solving": 1})
    career_app.set_lang("pt-BR")
    view = career_app.person_snapshot(person.id)
    leading = recommended_move(view)
    assert leading is not None
    solving = next(s for s in leading.skills if s.skill == "problem-solving")
    assert solving.action.startswith("Pratique ")
    assert view.descriptor("problem-solving", 2).rstrip(". ") in solving.action


def test_a_planned_skill_is_marked_and_the_list_below_skips_the_recommendation(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person(
        "Joana",
        current_role="support-representative",
        targets=["support-specialist", "support-team-lead"],
    ).value
    career_app.rate(person.id, {"problem-solving": 1})
    leading = recommended_move(career_app.person_snapshot(person.id))
    assert leading is not None
    first = leading.skills[0]
    assert not first.planned
    with career_app.database.session() as session:
        action_services.add_action(session, person.id, "Practise", "Joana", skill=first.skill)
    view = career_app.person_snapshot(person.id)
    leading = recommended_move(view)
    assert leading is not None
    assert leading.skills[0].planned
    rows = move_rows(view, leading)
    roles = [row.role for row in rows]
    assert "support-specialist" not in roles
    assert roles[0] == "support-team-lead"
    assert rows[0].is_target
    assert len(roles) == len(set(roles))
    assert {step.role for step in view.next_moves} - {"support-specialist"} <= set(roles)


def test_without_targets_the_best_next_move_is_recommended(career_app: CareerApp) -> None:
    person = career_app.create_person("Kai", current_role="support-representative").value
    view = career_app.person_snapshot(person.id)
    leading = recommended_move(view)
    assert leading is not None
    assert not leading.is_target
    assert leading.role == view.next_moves[0].role
    assert leading.unrated == len(leading.missing), "nothing is rated yet"
    nobody = career_app.create_person("Lia").value
    assert recommended_move(career_app.person_snapshot(nobody.id)) is None
