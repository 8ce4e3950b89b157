"""Self vs manager rows: which skills, flags for wide disagreements, their order, evidence."""

from __future__ import annotations

from datetime import date

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.comparison import FLAG_DIFFERENCE, ComparisonRow, compare, scope_roles
from cxcareer.store.records import Assessor, EvidenceKind, EvidenceStrength


def _person(app: CareerApp) -> str:
    return app.create_person(
        "Ana", current_role="support-representative", targets=["support-specialist"]
    ).value.id


def test_rows_cover_current_and_target_roles_with_highest_need(career_app: CareerApp) -> None:
    pid = _person(career_app)
    view = career_app.person_snapshot(pid)
    framework = view.framework
    assert scope_roles(view) == ("support-representative", "support-specialist")
    rows = {row.skill: row for row in compare(view)}
    wanted = {
        r.skill
        for role in ("support-representative", "support-specialist")
        for r in framework.roles[role].requires  # type: ignore[index]
    }
    assert set(rows) == wanted
    for skill, row in rows.items():
        needs = [
            req.level
            for role in ("support-representative", "support-specialist")
            if (req := framework.roles[role].requirement(skill)) is not None  # type: ignore[index]
        ]
        assert row.needed == max(needs)
        assert row.self_level is None
        assert row.manager_level is None
        assert not row.flagged


def test_disagreements_of_two_levels_are_flagged_and_sorted_first(career_app: CareerApp) -> None:
    pid = _person(career_app)
    career_app.rate(pid, {"communication": 4, "problem-solving": 3, "empathy-patience": 2})
    career_app.rate(
        pid,
        {"communication": 1, "problem-solving": 2, "empathy-patience": 4},
        assessor=Assessor.MANAGER,
    )
    rows = compare(career_app.person_snapshot(pid))
    flagged = [row.skill for row in rows if row.flagged]
    assert flagged == ["communication", "empathy-patience"]  # widest (3) before 2
    assert [row.skill for row in rows[:2]] == flagged
    by_skill = {row.skill: row for row in rows}
    assert by_skill["communication"].difference == -3
    assert by_skill["empathy-patience"].difference == FLAG_DIFFERENCE
    assert by_skill["problem-solving"].difference == -1
    assert not by_skill["problem-solving"].flagged


def test_a_single_role_scope_and_evidence_counts(career_app: CareerApp) -> None:
    pid = _person(career_app)
    development.add_evidence(
        career_app,
        pid,
        "communication",
        2,
        date(2025, 1, 3),
        EvidenceKind.WORK,
        EvidenceStrength.EXAMPLE,
        "Rewrote macros",
    )
    view = career_app.person_snapshot(pid)
    counts = development.evidence_counts(career_app, pid)
    rows = compare(view, ["support-representative"], counts)
    required = {r.skill for r in view.framework.roles["support-representative"].requires}  # type: ignore[index]
    assert {row.skill for row in rows} == required
    assert {row.skill: row.evidence for row in rows}["communication"] == 1
    assert all(row.needed_for == "support-representative" for row in rows)


def test_without_roles_every_skill_is_listed(career_app: CareerApp) -> None:
    pid = career_app.create_person("Caio").value.id
    view = career_app.person_snapshot(pid)
    assert scope_roles(view) == ()
    rows = compare(view)
    assert {row.skill for row in rows} == set(view.framework.skills)
    assert all(row.needed == 0 and row.needed_for is None for row in rows)


def test_shortfall_uses_the_lower_view() -> None:
    row = ComparisonRow("x", self_level=4, manager_level=2, needed=3, needed_for="r")
    assert row.shortfall == 1
    assert ComparisonRow("x", None, None, 3, "r").shortfall == 3
    assert ComparisonRow("x", 5, None, 3, "r").shortfall == 0
