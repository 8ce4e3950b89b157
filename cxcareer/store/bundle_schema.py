"""The shape of a ``cxcareer/bundle@2`` file, and a checker that reports every problem at once.

Why hand-written rather than a JSON-Schema library: the shape is small, and the person importing
a bundle from a colleague needs messages such as ``assessments[2].items[0].level: expected a
whole number, got "4"`` — every problem, each with its place, never a traceback. Checking the
whole shape before touching the database is what lets an import be all-or-nothing.

Specs: ``"str"``, ``"int"``, ``"bool"``, ``"datetime"`` (ISO 8601 with a time zone), ``"date"``
(``YYYY-MM-DD``); a trailing ``?`` allows ``null``. A tuple of strings is an enumeration, a
one-item list is "a list of", a dict is an object whose keys are exactly those given (a key
ending in ``?`` may be absent).

Bounds: every text, list and whole number has a limit (:data:`MAX_TEXT_CHARS` unless
:data:`TEXT_LIMITS` gives the key a longer one, :data:`MAX_LIST_ITEMS`, :data:`MAX_WHOLE`), so a
bundle that passes cannot make the import, or a page showing what it brought, run out of memory
or time. They are far above what the app writes: 60,000 assessments re-import. The nesting and
the numbers of the JSON text itself are bounded before this check
(:mod:`cxcareer.store.bundle_json`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cxcareer.framework.load import MAX_FILE_BYTES

__all__ = [
    "BUNDLE_FORMAT",
    "BUNDLE_SPEC",
    "MAX_LIST_ITEMS",
    "MAX_TEXT_CHARS",
    "MAX_WHOLE",
    "READABLE_FORMATS",
    "TEXT_LIMITS",
    "check_shape",
    "describe",
]

BUNDLE_FORMAT = "cxcareer/bundle@2"
#: Formats read (``@1`` is the unsigned predecessor: read so the service can say "unsigned").
READABLE_FORMATS = ("cxcareer/bundle@1", BUNDLE_FORMAT)

_ASSESSOR = ("self", "manager")
_A_STATUS = ("draft", "shared", "final")
_ACTION_STATUS = ("open", "done", "dropped")

BUNDLE_SPEC: dict[str, Any] = {
    "format": "str",
    "exported_at": "datetime",
    "includes_private": "bool",
    "signed_by?": {"person_id": "str", "name": "str", "public_key": "str", "signature": "str"},
    "framework": {
        "framework_id": "str",
        "version": "str",
        "content_hash": "str",
        "filename": "str",
        "content": "str",
    },
    "person": {
        "id": "str",
        "name": "str",
        "email": "str?",
        "current_role": "str?",
        "targets": ["str"],
        "manager_id": "str?",
        "created_at": "datetime",
        "updated_at": "datetime",
        "archived": "bool",
    },
    "assessments": [
        {
            "id": "str",
            "assessor": _ASSESSOR,
            "assessor_name": "str",
            "assessed_at": "datetime",
            "status": _A_STATUS,
            "corrects_id": "str?",
            "created_at": "datetime",
            "items": [{"skill": "str", "level": "int", "comment": "str?"}],
        }
    ],
    "evidence": [
        {
            "id": "str",
            "skill": "str",
            "level": "int",
            "observed_on": "date",
            "kind": ("work", "training", "feedback", "certification"),
            "strength": ("claim", "example", "verified"),
            "text": "str",
            "link": "str?",
            "created_at": "datetime",
        }
    ],
    "actions": [
        {
            "id": "str",
            "title": "str",
            "skill": "str?",
            "target_role": "str?",
            "owner": "str",
            "due_on": "date?",
            "status": _ACTION_STATUS,
            "created_at": "datetime",
            "completed_at": "datetime?",
            "history": [
                {
                    "id": "str",
                    "old_status": "str?",
                    "new_status": _ACTION_STATUS,
                    "changed_at": "datetime",
                }
            ],
        }
    ],
    "meetings": [
        {
            "id": "str",
            "held_on": "date",
            "author": "str",
            "shared_notes": "str",
            "private_notes?": "str",
            "created_at": "datetime",
            "actions": [{"action_id": "str", "relation": ("agreed", "carried")}],
        }
    ],
}

#: Characters of a text (an id, a name, a title, a link, a date...).
MAX_TEXT_CHARS = 10_000
#: Longer limits for the texts people write at length, and the framework file inside.
TEXT_LIMITS: dict[str, int] = {
    "shared_notes": 200_000,
    "private_notes": 200_000,
    "text": 200_000,
    "comment": 200_000,
    "content": MAX_FILE_BYTES,
}
#: Items of any one list (assessments, the items of one assessment, targets...).
MAX_LIST_ITEMS = 500_000
#: The largest whole number (levels are small; this keeps arithmetic on them ordinary).
MAX_WHOLE = 2**31 - 1

_NAMES = {
    "str": "text",
    "int": "a whole number",
    "bool": "true or false",
    "datetime": "a date and time with a time zone (ISO 8601)",
    "date": "a date (YYYY-MM-DD)",
}


def describe(value: Any) -> str:
    """A found value as a message shows it, cut short (a bomb must not become the message)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _scalar_ok(kind: str, value: Any) -> bool:
    if kind == "str":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if not isinstance(value, str):
        return False
    try:
        if kind == "date":
            date.fromisoformat(value)
            return len(value) == 10
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _too_big(kind: str, value: Any, place: str) -> str | None:
    """What is out of bounds about a value of the right type, or None."""
    if kind == "int" and abs(value) > MAX_WHOLE:
        return f"a whole number between -{MAX_WHOLE} and {MAX_WHOLE}"
    if kind == "str":
        key = place.rsplit(".", 1)[-1]
        limit = TEXT_LIMITS.get(key, MAX_TEXT_CHARS)
        if len(value) > limit:
            return f"text of at most {limit:,} characters, got {len(value):,}"
    return None


def check_shape(value: Any, spec: Any = None, place: str = "") -> list[str]:
    """Every way ``value`` differs from ``spec`` (default: the whole bundle), with its place."""
    spec = BUNDLE_SPEC if spec is None else spec
    where = place or "bundle"
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object, got {describe(value)}"]
        problems: list[str] = []
        keys = {key.rstrip("?"): key.endswith("?") for key in spec}
        for key in value:
            if key not in keys:
                problems.append(f"{_join(place, str(key))}: unknown key")
        for key, optional in keys.items():
            sub = spec[key + "?" if optional else key]
            if key not in value:
                if not optional:
                    problems.append(f"{_join(place, key)}: missing")
                continue
            problems.extend(check_shape(value[key], sub, _join(place, key)))
        return problems
    if isinstance(spec, list):
        if not isinstance(value, list):
            return [f"{where}: expected a list, got {describe(value)}"]
        problems = []
        if len(value) > MAX_LIST_ITEMS:
            problems.append(f"{where}: more than {MAX_LIST_ITEMS:,} items ({len(value):,})")
            value = value[:MAX_LIST_ITEMS]
        for index, item in enumerate(value):
            problems.extend(check_shape(item, spec[0], f"{place}[{index}]"))
        return problems
    if isinstance(spec, tuple):
        if value not in spec:
            return [f"{where}: expected one of {', '.join(spec)}, got {describe(value)}"]
        return []
    kind = str(spec)
    nullable = kind.endswith("?")
    kind = kind.rstrip("?")
    if value is None and nullable:
        return []
    if not _scalar_ok(kind, value):
        return [f"{where}: expected {_NAMES[kind]}, got {describe(value)}"]
    too_big = _too_big(kind, value, place)
    return [f"{where}: expected {too_big}"] if too_big else []
