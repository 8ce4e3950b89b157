"""Field checks shared by the whole document: levels, ids, the scale, tracks and skills.

Each function checks one part, records every problem it finds on the :class:`Checker` and
returns what is usable, so later checks (roles, transitions) can go on and report their own
problems in the same pass instead of the user fixing one error per run.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from cxcareer.framework.checker import Checker, Path, shown
from cxcareer.framework.limits import MAX_LEVEL, MAX_SKILLS, MAX_TRACKS, MAX_VERSION_CHARS
from cxcareer.framework.located import key_text
from cxcareer.framework.model import Scale, Skill, SkillId, Track, TrackId
from cxcareer.framework.text import Text

__all__ = [
    "check_level",
    "check_scale",
    "check_skills",
    "check_tracks",
    "check_version",
    "declared_ids",
    "level_texts",
    "unique_id",
]

_LEVEL_KEY = re.compile(r"\d+\Z")
#: Unicode categories refused in versions: controls, formatting (bidi overrides, zero-width
#: characters), surrogates and line or paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def declared_ids(items: Any) -> set[str]:
    """Ids written in a list of items, valid or not, so one bad item does not also turn every
    reference to it into an "unknown id" error."""
    if not isinstance(items, list):
        return set()
    return {
        item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def check_level(value: Any, path: Path, scale: Scale, check: Checker) -> int | None:
    level = check.integer(value, path, "a level (whole number)")
    if level is not None and level not in scale:
        check.error(path, f"level {shown(level)} is outside the scale {scale.min}..{scale.max}")
        return None
    return level


def _level_key(key: Any, path: Path, scale: Scale, check: Checker) -> int | None:
    """Level keys are numbers in YAML and numeric strings in JSON."""
    if isinstance(key, str) and _LEVEL_KEY.match(key):
        key = int(key)
    return check_level(key, path, scale, check)


def level_texts(value: Any, path: Path, scale: Scale, check: Checker) -> dict[int, Text]:
    if not isinstance(value, dict):
        check.error(path, "expected a map of level to text")
        return {}
    out: dict[int, Text] = {}
    for key, text_value in value.items():
        where = (*path, key_text(key))
        level = _level_key(key, where, scale, check)
        text = check.text(text_value, where)
        if level is not None and level in out:
            check.error(where, f"level {level} is described twice")
        elif level is not None and text is not None:
            out[level] = text
    return out


def check_scale(value: Any, check: Checker) -> Scale:
    if value is None:
        return Scale()
    doc = check.mapping(value, ("scale",), (), ("min", "max", "names"))
    if doc is None:
        return Scale()
    low = check.integer(doc.get("min", 1), ("scale", "min"))
    high = check.integer(doc.get("max", 7), ("scale", "max"))
    if low is None or high is None:
        return Scale()
    if high > MAX_LEVEL:
        check.error(
            ("scale", "max"),
            f"the scale can go up to level {MAX_LEVEL} at most, found {shown(high)}",
        )
        high = MAX_LEVEL  # later checks go on against the largest scale allowed
    if low < 1:
        check.error(("scale", "min"), "the scale must start at 1 or above (0 means 'not rated')")
    if high < low:
        check.error(("scale", "max"), f"max ({high}) is below min ({shown(low)})")
        return Scale()
    scale = Scale(low, high)
    names = level_texts(doc.get("names", {}), ("scale", "names"), scale, check)
    return Scale(low, high, names)


def check_version(value: Any, check: Checker) -> str | None:
    """A version is short text without control or invisible formatting characters: a
    right-to-left override would make "2026.11" show as another version than it is."""
    if not isinstance(value, str):
        hint = f'; write it in quotes: "{shown(value)}"' if isinstance(value, int | float) else ""
        check.error(("version",), f"the version must be text{hint}")
        return None
    hidden = next((char for char in value if unicodedata.category(char) in _HIDDEN), None)
    if hidden is not None:
        check.error(("version",), f"the version holds the invisible character U+{ord(hidden):04X}")
        return None
    if not value.strip() or len(value) > MAX_VERSION_CHARS:
        check.error(("version",), f"the version must be 1 to {MAX_VERSION_CHARS} characters")
        return None
    return value


def unique_id(
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


def check_tracks(value: Any, check: Checker) -> dict[TrackId, Track]:
    out: dict[TrackId, Track] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("tracks",), MAX_TRACKS)):
        path: Path = ("tracks", index)
        item = check.mapping(raw, path, ("id", "name"), ("description",))
        if item is None:
            continue
        ident = unique_id(item, path, seen, "track", check)
        name = check.text(item["name"], (*path, "name")) if "name" in item else None
        if ident and name:
            out[TrackId(ident)] = Track(
                TrackId(ident), name, check.optional_text(item, "description", path)
            )
    return out


def check_skills(value: Any, scale: Scale, check: Checker) -> dict[SkillId, Skill]:
    out: dict[SkillId, Skill] = {}
    seen: dict[str, Path] = {}
    for index, raw in enumerate(check.list_of(value, ("skills",), MAX_SKILLS)):
        path: Path = ("skills", index)
        item = check.mapping(raw, path, ("id", "name"), ("category", "description", "levels"))
        if item is None:
            continue
        ident = unique_id(item, path, seen, "skill", check)
        name = check.text(item["name"], (*path, "name")) if "name" in item else None
        levels = level_texts(item.get("levels", {}), (*path, "levels"), scale, check)
        if ident and name:
            out[SkillId(ident)] = Skill(
                SkillId(ident),
                name,
                category=check.optional_text(item, "category", path),
                description=check.optional_text(item, "description", path),
                levels=levels,
            )
    return out
