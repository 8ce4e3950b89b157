"""Turn a parsed framework document into a :class:`Framework`, reporting every problem at once.

The field checks here cover shapes, types, ids, references and levels; the whole-ladder checks
(promotion cycles, reachability, descriptors) are in :mod:`cxcareer.framework.ladder_checks`.
A :class:`Framework` is built only when no error was found.
"""

from __future__ import annotations

import re
from typing import Any

from cxcareer.framework.checker import Checker, Path
from cxcareer.framework.ladder_checks import check_ladder
from cxcareer.framework.model import (
    FORMAT,
    Framework,
    MoveKind,
    Requirement,
    Role,
    RoleId,
    Scale,
    Skill,
    SkillId,
    Tier,
    Track,
    TrackId,
    Transition,
)
from cxcareer.framework.text import Text

__all__ = ["validate_document"]

_TOP_REQUIRED = ("format", "id", "version", "name", "roles")
_TOP_OPTIONAL = ("description", "source", "scale", "tracks", "skills", "transitions")
_LEVEL_KEY = re.compile(r"\d+\Z")


def validate_document(doc: Any, check: Checker) -> Framework | None:
    """Check ``doc`` (already parsed) and build the framework, or return None on any error."""
    top = check.mapping(doc, (), _TOP_REQUIRED, _TOP_OPTIONAL)
    if top is None:
        return None
    if "format" in top and top["format"] != FORMAT:
        check.error(("format",), f"expected '{FORMAT}', found {top['format']!r}")
    framework_id = check.identifier(top["id"], ("id",)) if "id" in top else None
    version = top.get("version")
    if "version" in top and not isinstance(version, str):
        check.error(("version",), f'the version must be text; write it in quotes: "{version}"')
    name = check.text(top["name"], ("name",)) if "name" in top else None
    scale = _scale(top.get("scale"), check)
    tracks = _tracks(top.get("tracks", []), check)
    skills = _skills(top.get("skills", []), scale, check)
    declared_skills = _declared(top.get("skills"))
    roles = _roles(
        top.get("roles", []), scale, _declared(top.get("tracks")), skills, declared_skills, check
    )
    transitions = _transitions(top.get("transitions", []), _declared(top.get("roles")), check)
    if "roles" in top and isinstance(top["roles"], list) and not top["roles"]:
        check.error(("roles",), "at least one role is required")
    if check.failed:
        return None
    framework = Framework(
        id=framework_id or "",
        version=str(version),
        name=name or Text(),
        roles=roles,
        skills=skills,
        tracks=tracks,
        transitions=tuple(move for move, _ in transitions.values()),
        scale=scale,
        description=check.optional_text(top, "description", ()),
        source=check.optional_text(top, "source", ()),
    )
    check_ladder(framework, {pair: path for pair, (_, path) in transitions.items()}, check)
    return None if check.failed else framework


def _declared(items: Any) -> set[str]:
    """Ids written in a list of items, valid or not, so one bad item does not also turn every
    reference to it into an "unknown id" error."""
    if not isinstance(items, list):
        return set()
    return {
        item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def _level(value: Any, path: Path, scale: Scale, check: Checker) -> int | None:
    level = check.integer(value, path, "a level (whole number)")
    if level is not None and level not in scale:
        check.error(path, f"level {level} is outside the scale {scale.min}..{scale.max}")
        return None
    return level


def _level_key(key: Any, path: Path, scale: Scale, check: Checker) -> int | None:
    """Level keys are numbers in YAML and numeric strings in JSON."""
    if isinstance(key, str) and _LEVEL_KEY.match(key):
        key = int(key)
    return _level(key, path, scale, check)


def _level_texts(value: Any, path: Path, scale: Scale, check: Checker) -> dict[int, Text]:
    if not isinstance(value, dict):
        check.error(path, "expected a map of level to text")
        return {}
    out: dict[int, Text] = {}
    for key, text_value in value.items():
        level = _level_key(key, (*path, str(key)), scale, check)
        text = check.text(text_value, (*path, str(key)))
        if level is not None and text is not None:
            out[level] = text
    return out


def _scale(value: Any, check: Checker) -> Scale:
    if value is None:
        return Scale()
    doc = check.mapping(value, ("scale",), (), ("min", "max", "names"))
    if doc is None:
        return Scale()
    low = check.integer(doc.get("min", 1), ("scale", "min"))
    high = check.integer(doc.get("max", 7), ("scale", "max"))
    if low is None or high is None:
        return Scale()
    if low < 1:
        check.error(("scale", "min"), "the scale must start at 1 or above (0 means 'not rated')")
    if high < low:
        check.error(("scale", "max"), f"max ({high}) is below min ({low})")
        return Scale()
    scale = Scale(low, high)
    names = _level_texts(doc.get("names", {}), ("scale", "names"), scale, check)
    return Scale(low, high, names)


def _unique_id(
    item: dict[str, Any], path: Path, seen: dict[str, Path], kind: str, check: Checker
) -> str | None:
    if "id" not in item:
        return None
    ident = check.identifier(item["id"], (*path, "id"))
    if ident is None:
        return None
    if ident in seen:
        check.error(
            (*path, "id"),
            f"duplicate {kind} id '{ident}' (first declared on line {check.line(seen[ident])})",
        )
        return None
    seen[ident] = (*path, "id")
    return ident


def _tracks(value: Any, check: Checker) -> dict[TrackId, Track]:
    out: dict[TrackId, Track] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("tracks",))):
        path: Path = ("tracks", index)
        item = check.mapping(raw, path, ("id", "name"), ("description",))
        if item is None:
            continue
        ident = _unique_id(item, path, seen, "track", check)
        name = check.text(item["name"], (*path, "name")) if "name" in item else None
        if ident and name:
            out[TrackId(ident)] = Track(
                TrackId(ident), name, check.optional_text(item, "description", path)
            )
    return out


def _skills(value: Any, scale: Scale, check: Checker) -> dict[SkillId, Skill]:
    out: dict[SkillId, Skill] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("skills",))):
        path: Path = ("skills", index)
        item = check.mapping(raw, path, ("id", "name"), ("category", "description", "levels"))
        if item is None:
            continue
        ident = _unique_id(item, path, seen, "skill", check)
        name = check.text(item["name"], (*path, "name")) if "name" in item else None
        levels = _level_texts(item.get("levels", {}), (*path, "levels"), scale, check)
        if ident and name:
            out[SkillId(ident)] = Skill(
                SkillId(ident),
                name,
                category=check.optional_text(item, "category", path),
                description=check.optional_text(item, "description", path),
                levels=levels,
            )
    return out


_ROLE_OPTIONAL = ("track", "tier", "entry", "description", "responsibilities", "requires")


def _roles(
    value: Any,
    scale: Scale,
    tracks: set[str],
    skills: dict[SkillId, Skill],
    declared_skills: set[str],
    check: Checker,
) -> dict[RoleId, Role]:
    out: dict[RoleId, Role] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("roles",))):
        path: Path = ("roles", index)
        item = check.mapping(raw, path, ("id", "title", "level"), _ROLE_OPTIONAL)
        if item is None:
            continue
        ident = _unique_id(item, path, seen, "role", check)
        title = check.text(item["title"], (*path, "title")) if "title" in item else None
        level = _level(item["level"], (*path, "level"), scale, check) if "level" in item else None
        track = None
        if "track" in item:
            track = check.reference(item["track"], (*path, "track"), "track", tracks)
        tier = None
        if "tier" in item:
            try:
                tier = Tier(item["tier"])
            except ValueError:
                check.error(
                    (*path, "tier"),
                    f"expected operational, tactical or strategic, found {item['tier']!r}",
                )
        entry = item.get("entry", False)
        if not isinstance(entry, bool):
            check.error((*path, "entry"), f"expected true or false, found {entry!r}")
        duties = [
            check.text(duty, (*path, "responsibilities", i))
            for i, duty in enumerate(
                check.list_of(item.get("responsibilities", []), (*path, "responsibilities"))
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
    out: list[Requirement] = []
    for skill, spec in value.items():
        where = (*path, skill)
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
                or not (0 < raw_weight < float("inf"))
            ):
                check.error(
                    (*where, "weight"),
                    f"the weight must be a positive number, found {raw_weight!r}",
                )
            else:
                weight = float(raw_weight)
            spec = doc["level"]
            level = _level(spec, (*where, "level"), scale, check)
        else:
            level = _level(spec, where, scale, check)
        if known in skills and level is not None:
            out.append(Requirement(SkillId(known), level, weight))
    return tuple(out)


def _transitions(
    value: Any, roles: set[str], check: Checker
) -> dict[tuple[RoleId, RoleId], tuple[Transition, Path]]:
    """Transitions keyed by (from, to), each with its path for later line numbers."""
    out: dict[tuple[RoleId, RoleId], tuple[Transition, Path]] = {}
    seen: dict[tuple[str, str], int] = {}
    for index, raw in enumerate(check.list_of(value, ("transitions",))):
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
        except ValueError:
            check.error((*path, "kind"), f"expected promotion or lateral, found {item['kind']!r}")
            continue
        months = item.get("months")
        if months is not None and (check.integer(months, (*path, "months")) is None):
            months = None
        elif months is not None and months < 0:
            check.error((*path, "months"), f"months cannot be negative ({months})")
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
