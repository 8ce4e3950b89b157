"""The ladder snapshot and the role detail rows, on a real database and the built-in framework."""

from __future__ import annotations

import pytest

from cxcareer.framework import UnknownIdError
from cxcareer.framework.model import MoveKind
from cxcareer.service.career import CareerApp
from cxcareer.service.ladder_data import ladder_data
from cxcareer.service.role_detail import role_detail


def test_without_a_person_the_builtin_framework_is_shown_without_readiness(
    career_app: CareerApp,
) -> None:
    data = ladder_data(career_app, None)
    assert data.framework.id == "cx-support"
    assert data.current is None
    assert data.readiness == {}
    detail = role_detail(data, "support-specialist")
    assert detail.readiness is None
    assert all(row.have is None and row.met is None for row in detail.requirements)


def test_person_snapshot_has_current_role_targets_path_and_every_readiness(
    career_app: CareerApp,
) -> None:
    person = career_app.create_person(
        "Ana", current_role="support-representative", targets=["support-team-lead"]
    ).value
    data = ladder_data(career_app, career_app.person_snapshot(person.id))
    assert data.person_name == "Ana"
    assert data.current == "support-representative"
    assert data.targets == ("support-team-lead",)
    assert data.best_path[0] == "support-representative"
    assert data.best_path[-1] == "support-team-lead"
    assert set(data.readiness) == set(data.framework.roles)
    assert all(0.0 <= value <= 1.0 for value in data.readiness.values())


def test_requirement_rows_compare_levels_with_descriptors_of_both(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role="support-representative").value
    role = career_app.framework(career_app.builtin_version().id).role("support-specialist")
    first = role.requires[0]
    described = career_app.framework(career_app.builtin_version().id).skill(first.skill).levels
    below = max(level for level in described if level < first.level)
    career_app.rate(person.id, {first.skill: below})
    data = ladder_data(career_app, career_app.person_snapshot(person.id))
    detail = role_detail(data, "support-specialist")
    row = detail.requirements[0]
    assert row.skill == first.skill
    assert row.need == first.level
    assert row.have == below
    assert row.met is False
    assert row.need_text
    assert row.have_text
    assert row.have_text != row.need_text
    unrated = [r for r in detail.requirements if r.skill != first.skill]
    assert all(r.have == 0 and r.have_text == "" for r in unrated)


def test_ways_in_and_out_follow_the_transitions(career_app: CareerApp) -> None:
    detail = role_detail(ladder_data(career_app, None), "support-specialist")
    assert detail.title == "Customer Support Specialist"
    assert detail.track == "Customer support"
    assert detail.level == 3
    assert detail.responsibilities
    outs = {(move.role, move.kind) for move in detail.ways_out}
    assert ("support-team-lead", MoveKind.PROMOTION) in outs
    assert ("qa-analyst", MoveKind.LATERAL) in outs
    ins = {move.role for move in detail.ways_in}
    assert "support-representative" in ins


def test_texts_follow_the_language(career_app: CareerApp) -> None:
    career_app.set_lang("pt-BR")
    detail = role_detail(ladder_data(career_app, None), "support-specialist")
    assert detail.title != "Customer Support Specialist"
    assert detail.level_name == "Aplica"


def test_unknown_role_is_refused_with_suggestions(career_app: CareerApp) -> None:
    with pytest.raises(UnknownIdError):
        role_detail(ladder_data(career_app, None), "support-specialst")
