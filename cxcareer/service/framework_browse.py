"""What the Frameworks screen shows, computed without Qt: stored versions, switch impact, outlines.

Why here and not in the widgets: which versions exist and who uses them, what a person loses by
moving to another version, and how a framework reads as a tree of tracks, roles and skills are
plain questions about the store and the framework model. Answering them here keeps the screen a
thin view and lets the answers be tested on a real database without a window.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cxcareer.framework import Framework, Text
from cxcareer.service.career import CareerApp
from cxcareer.store.services import assessments as assessment_services

__all__ = [
    "NodeKind",
    "OutlineNode",
    "SwitchImpact",
    "VersionRow",
    "framework_label",
    "role_outline",
    "skill_outline",
    "switch_impact",
    "version_rows",
]


@dataclass(frozen=True)
class VersionRow:
    """One stored framework version as the versions table lists it."""

    version_id: str
    framework_id: str
    name: str
    version: str
    filename: str
    imported_at: datetime
    people: int
    builtin: bool


def version_rows(app: CareerApp) -> list[VersionRow]:
    """Every stored version, oldest import first, with how many people (archived too) use it."""
    versions = app.framework_versions()
    users = Counter(p.framework_version_id for p in app.people(include_archived=True))
    builtin = app.builtin_version().id
    rows = []
    for record in versions:
        framework = app.framework(record.id)
        rows.append(
            VersionRow(
                version_id=record.id,
                framework_id=record.framework_id,
                name=app.text(framework.name) or record.framework_id,
                version=record.version,
                filename=record.filename,
                imported_at=record.imported_at,
                people=users.get(record.id, 0),
                builtin=record.id == builtin,
            )
        )
    return rows


@dataclass(frozen=True)
class SwitchImpact:
    """What moving one person to another framework version changes.

    ``orphaned_skills`` are skills the person has ratings for that the new version does not
    declare (id, name as last known): those ratings stay in the history but stop counting.
    ``cleared_role`` / ``cleared_targets`` are the current role and targets the new version does
    not declare; the store clears them because they would point at nothing.
    """

    person_name: str
    from_version: str
    to_version: str
    same_version: bool
    orphaned_skills: tuple[tuple[str, str], ...]
    cleared_role: tuple[str, str] | None
    cleared_targets: tuple[tuple[str, str], ...]

    @property
    def loses_anything(self) -> bool:
        """True when ratings stop counting or the role or targets are cleared."""
        return bool(self.orphaned_skills or self.cleared_role or self.cleared_targets)


def framework_label(name: str, version: str) -> str:
    """A framework version as people name it: its title and a version mark.

    >>> framework_label("CX Support framework", "2")
    'CX Support framework · v2'
    >>> framework_label("CX careers", "v2027.1")
    'CX careers · v2027.1'
    """
    mark = version if version[:1].lower() == "v" else f"v{version}"
    return f"{name} · {mark}"


def switch_impact(app: CareerApp, person_id: str, version_id: str) -> SwitchImpact:
    """What :meth:`CareerApp.switch_framework` would change for the person; nothing is written."""
    person = app.person(person_id)
    old = app.framework(person.framework_version_id)
    new = app.framework(version_id)
    with app.database.session() as session:
        records = assessment_services.list_assessments(session, person.id)
    rated: dict[str, None] = {}
    for record in records:
        for item in record.items:
            rated.setdefault(item.skill)

    def skill_name(skill_id: str) -> str:
        skill = old.skills.get(skill_id)  # type: ignore[call-overload]
        return app.text(skill.name) if skill is not None else skill_id

    def role_title(role_id: str) -> str:
        role = old.roles.get(role_id)  # type: ignore[call-overload]
        return app.text(role.title) if role is not None else role_id

    orphaned = tuple((skill, skill_name(skill)) for skill in rated if skill not in new.skills)
    cleared_role = None
    if person.current_role is not None and person.current_role not in new.roles:
        cleared_role = (person.current_role, role_title(person.current_role))
    cleared_targets = tuple(
        (role, role_title(role)) for role in person.targets if role not in new.roles
    )
    return SwitchImpact(
        person_name=person.name,
        from_version=framework_label(app.text(old.name), old.version),
        to_version=framework_label(app.text(new.name), new.version),
        same_version=person.framework_version_id == version_id,
        orphaned_skills=orphaned,
        cleared_role=cleared_role,
        cleared_targets=cleared_targets,
    )


class NodeKind(StrEnum):
    """What a node of a framework outline stands for."""

    TRACK = "track"
    ROLE = "role"
    REQUIREMENT = "requirement"
    CATEGORY = "category"
    SKILL = "skill"
    LEVEL = "level"


@dataclass(frozen=True)
class OutlineNode:
    """One node of a framework outline.

    ``key`` is the id (track, role, skill) or, for requirements and levels, the skill id or the
    level number; ``name`` is in the requested language (``""`` for the roles of no track, which
    the screen names itself); ``level`` is the role's level, the required level or the
    descriptor's level; ``text`` the description or descriptor.
    """

    kind: NodeKind
    key: str
    name: str
    level: int | None = None
    text: str = ""
    children: tuple[OutlineNode, ...] = ()


def _text(value: Text | None, lang: str) -> str:
    return value.get(lang) if value is not None else ""


def role_outline(framework: Framework, lang: str) -> tuple[OutlineNode, ...]:
    """Tracks (file order, then roles of no track) → roles by level → required skills."""
    groups: dict[str | None, list[OutlineNode]] = {track: [] for track in framework.tracks}
    for role in sorted(framework.roles.values(), key=lambda r: r.level):
        requirements = tuple(
            OutlineNode(
                NodeKind.REQUIREMENT,
                req.skill,
                _skill_name(framework, req.skill, lang),
                req.level,
                framework.skills[req.skill].descriptor(req.level, lang)
                if req.skill in framework.skills
                else "",
            )
            for req in role.requires
        )
        node = OutlineNode(
            NodeKind.ROLE,
            role.id,
            _text(role.title, lang) or role.id,
            role.level,
            _text(role.description, lang),
            requirements,
        )
        groups.setdefault(role.track, []).append(node)
    outline = []
    for track_id, roles in groups.items():
        if not roles:
            continue
        if track_id is None:
            outline.append(OutlineNode(NodeKind.TRACK, "", "", None, "", tuple(roles)))
            continue
        track = framework.tracks.get(track_id)  # type: ignore[call-overload]
        name = _text(track.name, lang) if track is not None else track_id
        description = _text(track.description, lang) if track is not None else ""
        outline.append(
            OutlineNode(NodeKind.TRACK, track_id, name or track_id, None, description, tuple(roles))
        )
    return tuple(outline)


def _skill_name(framework: Framework, skill_id: str, lang: str) -> str:
    skill = framework.skills.get(skill_id)  # type: ignore[call-overload]
    return (_text(skill.name, lang) if skill is not None else "") or skill_id


def skill_outline(framework: Framework, lang: str) -> tuple[OutlineNode, ...]:
    """Categories (first-seen order; ``""`` for none) → skills → each level the skill describes."""
    groups: dict[str, list[OutlineNode]] = {}
    for skill in framework.skills.values():
        levels = tuple(
            OutlineNode(
                NodeKind.LEVEL,
                str(level),
                _text(framework.scale.names.get(level), lang) or str(level),
                level,
                skill.descriptor(level, lang),
            )
            for level in framework.scale.levels()
            if skill.descriptor(level, lang)
        )
        node = OutlineNode(
            NodeKind.SKILL,
            skill.id,
            _text(skill.name, lang) or skill.id,
            None,
            _text(skill.description, lang),
            levels,
        )
        groups.setdefault(_text(skill.category, lang), []).append(node)
    return tuple(
        OutlineNode(NodeKind.CATEGORY, category, category, None, "", tuple(skills))
        for category, skills in groups.items()
    )
