"""Overview rows and readiness explained, on a real SQLite file with the built-in framework."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxcareer.framework import UnknownIdError
from cxcareer.framework.builtin import load_builtin
from cxcareer.graph import build_graph, readiness
from cxcareer.service.career import CareerApp
from cxcareer.service.overview_rows import action_rows, overview_hints, target_rows
from cxcareer.service.readiness_terms import explain_readiness
from cxcareer.store.records import ActionStatus
from cxcareer.store.services import actions as action_services


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
