"""Role and transition checks: requirements, tracks, tiers, references between roles.

References are checked against the ids *written* in the file (valid or not), so one bad skill
entry produces one error, not one more "unknown skill" per role that mentions it.
"""

from __future__ import annotations

from typing import Any

from cxcareer.framework.checker import Checker, Path, shown
from cxcareer.framework.limits import (
    MAX_MONTHS,
    MAX_REQUIREMENTS,
    MAX_RESPONSIBILITIES,
    MAX_ROLES,
    MAX_TRANSITIONS,
    MAX_WEIGHT,
)
from cxcareer.framework.located import key_text
from cxcareer.framework.model import (
    MoveKind,
    Requirement,
    Role,
    RoleId,
    Scale,
    Skill,
    SkillId,
    Tier,
    TrackId,
    Transition,
)
from cxcareer.framework.validate_fields import check_level, unique_id

__all__ = ["check_roles", "check_transitions"]

_ROLE_OPTIONAL = ("track", "tier", "entry", "description", "responsibilities", "requires")


def check_roles(
    value: Any,
    scale: Scale,
    tracks: set[str],
    skills: dict[SkillId, Skill],
    declared_skills: set[str],
    check: Checker,
) -> dict[RoleId, Role]:
    out: dict[RoleId, Role] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("roles",), MAX_ROLES)):
        path: Path = ("roles", index)
        item = check.mapping(raw, path, ("id", "title", "level"), _ROLE_OPTIONAL)
        if item is None:
            continue
        ident = unique_id(item, path, seen, "role", check)
        title = check.text(item["title"], (*path, "title")) if "title" in item else None
        level = (
            check_level(item["level"], (*path, "level"), scale, check) if "level" in item else None
        )
        track = None
        if "track" in item:
            track = check.reference(item["track"], (*path, "track"), "track", tracks)
        tier = None
        if "tier" in item:
            try:
                tier = Tier(item["tier"])
            except (ValueError, TypeError):  # TypeError: a map or list is not hashable
                check.error(
                    (*path, "tier"),
                    f"expected operational, tactical or strategic, found {shown(item['tier'])}",
                )
        entry = item.get("entry", False)
        if not isinstance(entry, bool):
            check.error((*path, "entry"), f"expected true or false, found {shown(entry)}")
        duties = [
            check.text(duty, (*path, "responsibilities", i))
            for i, duty in enumerate(
                check.list_of(
                    item.get("responsibilities", []),
                    (*path, "responsibilities"),
                    MAX_RESPONSIBILITIES,
                )
            )
        ]
        requires = _requirements(
            item.get("requires", {}), (*path, "requires"), scale, skills, declared_skills, check
        )
        if ident and title and level is not None:
            out[RoleId(ident)] = Role(
                RoleId(ident),
                title,
                level,
                track=TrackId(track) if track else None,
                tier=tier,
                entry=entry is True,
                description=check.optional_text(item, "description", path),
                responsibilities=tuple(duty for duty in duties if duty),
                requires=requires,
            )
    return out


def _requirements(
    value: Any,
    path: Path,
    scale: Scale,
    skills: dict[SkillId, Skill],
    declared: set[str],
    check: Checker,
) -> tuple[Requirement, ...]:
    if not isinstance(value, dict):
        check.error(path, "expected a map of skill to level")
        return ()
    if len(value) > MAX_REQUIREMENTS:
        check.error(path, f"more than {MAX_REQUIREMENTS} skills required ({len(value):,})")
    out: list[Requirement] = []
    for skill, spec in list(value.items())[:MAX_REQUIREMENTS]:
        where = (*path, key_text(skill))
        known = check.reference(skill, where, "skill", declared)
        weight: float = 1.0
        if isinstance(spec, dict):
            doc = check.mapping(spec, where, ("level",), ("weight",))
            if doc is None or "level" not in doc:
                continue
            raw_weight = doc.get("weight", 1)
            if (
                isinstance(raw_weight, bool)
                or not isinstance(raw_weight, (int, float))
                or not (0 < raw_weight <= MAX_WEIGHT)
            ):
                check.error(
                    (*where, "weight"),
                    f"the weight must be a positive number up to {MAX_WEIGHT}, "
                    f"found {shown(raw_weight)}",
                )
            else:
                weight = float(raw_weight)
            spec = doc["level"]
            level = check_level(spec, (*where, "level"), scale, check)
        else:
            level = check_level(spec, where, scale, check)
        if known in skills and level is not None:
            out.append(Requirement(SkillId(known), level, weight))
    return tuple(out)


def check_transitions(
    value: Any, roles: set[str], check: Checker
) -> dict[tuple[RoleId, RoleId], tuple[Transition, Path]]:
    """Transitions keyed by (from, to), each with its path for later line numbers."""
    out: dict[tuple[RoleId, RoleId], tuple[Transition, Path]] = {}
    seen: dict[tuple[str, str], int] = {}
    for index, raw in enumerate(check.list_of(value, ("transitions",), MAX_TRANSITIONS)):
        path: Path = ("transitions", index)
        item = check.mapping(raw, path, ("from", "to"), ("kind", "months"))
        if item is None:
            continue
        source = (
            check.reference(item["from"], (*path, "from"), "role", roles)
            if "from" in item
            else None
        )
        target = check.reference(item["to"], (*path, "to"), "role", roles) if "to" in item else None
        try:
            kind = MoveKind(item.get("kind", "promotion"))
        except (ValueError, TypeError):  # TypeError: a map or list is not hashable
            check.error(
                (*path, "kind"), f"expected promotion or lateral, found {shown(item['kind'])}"
            )
            continue
        months = item.get("months")
        if months is not None and (check.integer(months, (*path, "months")) is None):
            months = None
        elif months is not None and months < 0:
            check.error((*path, "months"), f"months cannot be negative ({shown(months)})")
            months = None
        elif months is not None and months > MAX_MONTHS:
            check.error((*path, "months"), f"at most {MAX_MONTHS} months, found {shown(months)}")
            months = None
        if source is None or target is None:
            continue
        if source == target:
            check.error(path, f"a move from '{source}' to itself")
            continue
        if (source, target) in seen:
            check.error(
                path,
                f"duplicate move from '{source}' to '{target}' (first on line "
                f"{seen[(source, target)]})",
            )
            continue
        seen[(source, target)] = check.line(path)
        move = Transition(RoleId(source), RoleId(target), kind, months)
        out[(RoleId(source), RoleId(target))] = (move, path)
    return out
