"""Stored versions, switch impact and framework outlines, on a real SQLite database."""

from __future__ import annotations

from pathlib import Path

from cxcareer.framework.builtin import BUILTIN_ID, load_builtin
from cxcareer.framework.load import load_text
from cxcareer.service.career import CareerApp
from cxcareer.service.framework_browse import (
    NodeKind,
    role_outline,
    skill_outline,
    switch_impact,
    version_rows,
)

TINY = (
    "format: cxcareer/framework@1\nid: tiny\nversion: '1'\n"
    "name: {en: Tiny ladder, pt-BR: Trilha mínima}\n"
    "skills: [{id: communication, name: Communication, levels: {1: Talks, 2: Explains}}]\n"
    "roles: [{id: agent, title: Agent, level: 2, entry: true, requires: {communication: 2}}]\n"
)


def _tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_version_rows_count_people_per_version(career_app: CareerApp, tmp_path: Path) -> None:
    career_app.create_person("Ana", current_role="support-representative")
    career_app.create_person("Bia", current_role="support-specialist")
    tiny = career_app.import_framework(_tiny(tmp_path)).value.version
    carla = career_app.create_person("Carla", framework_version_id=tiny.id).value
    career_app.archive_person(carla.id)

    rows = version_rows(career_app)

    assert [row.framework_id for row in rows] == [BUILTIN_ID, "tiny"]
    builtin, imported = rows
    assert builtin.builtin
    assert not imported.builtin
    assert builtin.people == 2
    assert imported.people == 1  # archived people still use their version
    assert imported.name == "Tiny ladder"
    assert imported.version == "1"
    assert imported.filename == "tiny.yaml"
    career_app.set_lang("pt-BR")
    assert version_rows(career_app)[1].name == "Trilha mínima"


def test_switch_impact_lists_orphaned_ratings_and_cleared_roles(
    career_app: CareerApp, tmp_path: Path
) -> None:
    person = career_app.create_person(
        "Ana", current_role="support-representative", targets=["support-specialist"]
    ).value
    career_app.rate(person.id, {"communication": 3, "empathy-patience": 2})
    tiny = career_app.import_framework(_tiny(tmp_path)).value.version

    impact = switch_impact(career_app, person.id, tiny.id)

    assert impact.person_name == "Ana"
    assert not impact.same_version
    assert impact.to_version == "Tiny ladder · v1"  # its title, never its id
    assert impact.orphaned_skills == (("empathy-patience", "Empathy and patience"),)
    assert impact.cleared_role == ("support-representative", "Customer Support Representative")
    assert impact.cleared_targets == (("support-specialist", "Customer Support Specialist"),)
    assert impact.loses_anything
    # Nothing was written: the person is still on the built-in version.
    assert career_app.person(person.id).framework_version_id == career_app.builtin_version().id


def test_switch_impact_to_the_same_version_loses_nothing(career_app: CareerApp) -> None:
    person = career_app.create_person("Ana", current_role="support-representative").value
    career_app.rate(person.id, {"communication": 3})
    impact = switch_impact(career_app, person.id, career_app.builtin_version().id)
    assert impact.same_version
    assert not impact.loses_anything


def test_role_outline_groups_roles_by_track_in_level_order() -> None:
    framework = load_builtin()
    outline = role_outline(framework, "en")
    assert [node.key for node in outline] == list(framework.tracks)
    support = outline[0]
    assert support.kind is NodeKind.TRACK
    assert support.name == "Customer support"
    levels = [role.level or 0 for role in support.children]
    assert levels == sorted(levels)
    representative = support.children[0]
    assert representative.kind is NodeKind.ROLE
    assert representative.key == "support-representative"
    role = framework.role("support-representative")
    assert [req.key for req in representative.children] == [r.skill for r in role.requires]
    first = representative.children[0]
    assert first.kind is NodeKind.REQUIREMENT
    assert first.level == role.requires[0].level
    assert first.text == framework.skill(first.key).descriptor(first.level or 0, "en")
    assert sum(len(track.children) for track in outline) == len(framework.roles)


def test_role_outline_keeps_roles_of_no_track() -> None:
    framework = load_text(TINY)
    outline = role_outline(framework, "en")
    assert len(outline) == 1
    assert outline[0].key == ""
    assert outline[0].name == ""
    assert [role.name for role in outline[0].children] == ["Agent"]


def test_skill_outline_has_every_level_with_descriptors_in_the_language() -> None:
    framework = load_builtin()
    outline = skill_outline(framework, "pt-BR")
    skills = [skill for category in outline for skill in category.children]
    assert len(skills) == len(framework.skills)
    communication = next(skill for skill in skills if skill.key == "communication")
    assert communication.name == framework.skill("communication").name.get("pt-BR")
    described = sorted(framework.skill("communication").levels)
    assert [level.level for level in communication.children] == described
    third = next(level for level in communication.children if level.level == 3)
    assert third.kind is NodeKind.LEVEL
    assert third.name == "Aplica"
    assert third.text == framework.skill("communication").descriptor(3, "pt-BR")
