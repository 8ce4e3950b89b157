"""First-run steps without a window: what is offered, and what is written when a step is left."""

from __future__ import annotations

import pytest

from cxcareer.framework import load_builtin
from cxcareer.graph import build_graph
from cxcareer.service.career import CareerApp
from cxcareer.service.onboarding import OnboardingProgress, looks_like_email
from cxcareer.service.onboarding_steps import (
    batches,
    level_choices,
    next_move,
    role_groups,
    skills_to_rate,
    target_options,
)
from cxcareer.store.records import Assessor


def test_role_groups_put_entry_roles_first() -> None:
    framework = load_builtin()
    groups = role_groups(framework)
    assert [g.track for g in groups][:2] == ["support", "cx"]
    support = groups[0].roles
    assert support[0].id == "support-representative"
    assert support[1].id == "support-specialist"
    assert [r.level for r in support[2:]] == sorted(r.level for r in support[2:])
    assert groups[1].roles[0].id == "cx-assistant"
    every = [role.id for group in groups for role in group.roles]
    assert sorted(every) == sorted(framework.roles)


def test_targets_within_reach_come_first() -> None:
    graph = build_graph(load_builtin())
    options = target_options(graph, "support-specialist")
    assert "support-specialist" not in [o.role for o in options]
    reachable = [o for o in options if o.reachable]
    assert reachable[0].moves == 1
    assert [o.moves for o in reachable] == sorted(o.moves or 0 for o in reachable)
    first_unreachable = next(i for i, o in enumerate(options) if not o.reachable)
    assert all(not o.reachable for o in options[first_unreachable:])
    team_lead = next(o for o in options if o.role == "support-team-lead")
    assert (team_lead.moves, team_lead.months) == (1, 30)
    # From the top of the ladder almost nothing is reachable, but every role is still offered.
    everything = target_options(graph, None)
    assert len(everything) == len(graph)
    assert not any(o.reachable for o in everything)


def test_next_move_follows_the_main_target_else_the_quickest_promotion() -> None:
    graph = build_graph(load_builtin())
    assert next_move(graph, "support-representative") == "support-specialist"
    assert next_move(graph, "support-representative", ["cx-analyst"]) == "cx-assistant"
    assert next_move(graph, "cx-analyst", ["support-specialist"]) == "support-specialist"
    assert next_move(graph, None) is None
    # A target that cannot be reached falls back to the quickest promotion.
    assert next_move(graph, "support-team-lead", ["support-representative"]) == (
        "support-performance-manager"
    )


def test_skills_to_rate_current_role_then_next_move() -> None:
    framework = load_builtin()
    skills = skills_to_rate(framework, "support-representative", "support-specialist")
    ids = [s.skill for s in skills]
    current = [r.skill for r in framework.role("support-representative").requires]
    assert set(ids[: len(current)]) == set(current)
    assert ids[:2] == ["communication", "empathy-patience"], "weightiest first"
    assert ids[len(current) :] == ["analytical-capacity"]
    analytical = skills[-1]
    assert (analytical.current_need, analytical.next_need) == (None, 2)
    assert skills[0].current_need == 2
    assert skills[0].next_need == 3
    assert len(ids) == len(set(ids))
    assert skills_to_rate(framework, None, None) == ()


def test_batches_are_even() -> None:
    assert [len(b) for b in batches(list(range(11)), 4)] == [4, 4, 3]
    assert [len(b) for b in batches(list(range(8)), 4)] == [4, 4]
    assert [len(b) for b in batches(list(range(5)), 4)] == [3, 2]
    assert batches([], 4) == []
    with pytest.raises(ValueError, match="at least one"):
        batches([1], 0)


def test_level_choices_start_with_not_yet_and_carry_descriptors() -> None:
    framework = load_builtin()
    choices = level_choices(framework, "communication")
    assert [c.level for c in choices] == [0, 1, 2, 3, 4, 5]
    assert choices[0].name is None
    assert choices[0].descriptor is None
    assert choices[1].descriptor is None, "level 1 is not described for communication"
    assert choices[2].descriptor is not None
    assert choices[2].descriptor.get("en")
    assert choices[2].descriptor.get("pt-BR") != choices[2].descriptor.get("en")
    assert choices[3].name is not None
    assert choices[3].name.get("en") == "Apply"
    assert [c.level for c in level_choices(framework, "communication", at_least=7)][-1] == 7


def test_email_shape() -> None:
    assert looks_like_email("")
    assert looks_like_email("ana@example.com.br")
    assert not looks_like_email("ana")
    assert not looks_like_email("ana@example")


def test_progress_writes_each_step_once(career_app: CareerApp) -> None:
    progress = OnboardingProgress(career_app)
    assert progress.person() is None
    with pytest.raises(ValueError, match="profile first"):
        progress.save_role("support-representative")
    person = progress.save_profile("  Ana Souza ", "ana@example.com ").value
    assert (person.name, person.email) == ("Ana Souza", "ana@example.com")
    assert progress.save_profile("Ana Souza", "ana@example.com").value == progress.person()
    progress.save_role("support-representative")
    progress.save_targets(["support-specialist", "cx-assistant"])
    stored = career_app.person(person.id)
    assert stored.current_role == "support-representative"
    assert stored.targets == ("support-specialist", "cx-assistant")

    plan = progress.rating_plan(4)
    assert plan.next_role == "support-specialist"
    assert sum(len(page) for page in plan.pages) == len(plan.skills) == 11

    first = progress.save_ratings({"communication": 2, "empathy-patience": 0}).value
    assert first is not None
    assert first.assessor is Assessor.SELF
    assert progress.save_ratings({"communication": 2, "empathy-patience": 0}).value is None
    again = progress.save_ratings({"communication": 3, "empathy-patience": 0}).value
    assert again is not None
    assert [i.skill for i in again.items] == ["communication"]
    assert progress.self_levels() == {"communication": 3, "empathy-patience": 0}


def test_progress_on_an_existing_person_renames(career_app: CareerApp) -> None:
    person = career_app.create_person("Bia", email="bia@example.com").value
    progress = OnboardingProgress(career_app, person.id)
    assert progress.rating_plan(4).pages == []
    renamed = progress.save_profile("Beatriz Lima", "").value
    assert renamed.name == "Beatriz Lima"
    assert renamed.email == "bia@example.com"
    assert len(career_app.people()) == 1
