"""The shape of a ``cxcareer/bundle@2`` file, and a checker that reports every problem at once.

Why hand-written rather than a JSON-Schema library: the shape is small, and the person importing
a bundle from a colleague needs messages such as ``assessments[2].items[0].level: expected a
whole number, got "4"`` — every problem, each with its place, never a traceback. Checking the
whole shape before touching the database is what lets an import be all-or-nothing.

Specs: ``"str"``, ``"int"``, ``"bool"``, ``"datetime"`` (ISO 8601 with a time zone), ``"date"``
(``YYYY-MM-DD``); a trailing ``?`` allows ``null``. A tuple of strings is an enumeration, a
one-item list is "a list of", a dict is an object whose keys are exactly those given (a key
ending in ``?`` may be absent).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

__all__ = ["BUNDLE_FORMAT", "BUNDLE_SPEC", "READABLE_FORMATS", "check_shape"]

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

_NAMES = {
    "str": "text",
    "int": "a whole number",
    "bool": "true or false",
    "datetime": "a date and time with a time zone (ISO 8601)",
    "date": "a date (YYYY-MM-DD)",
}


def _describe(value: Any) -> str:
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


def check_shape(value: Any, spec: Any = None, place: str = "") -> list[str]:
    """Every way ``value`` differs from ``spec`` (default: the whole bundle), with its place."""
    spec = BUNDLE_SPEC if spec is None else spec
    where = place or "bundle"
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object, got {_describe(value)}"]
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
            return [f"{where}: expected a list, got {_describe(value)}"]
        problems = []
        for index, item in enumerate(value):
            problems.extend(check_shape(item, spec[0], f"{place}[{index}]"))
        return problems
    if isinstance(spec, tuple):
        if value not in spec:
            return [f"{where}: expected one of {', '.join(spec)}, got {_describe(value)}"]
        return []
    kind = str(spec)
    nullable = kind.endswith("?")
    kind = kind.rstrip("?")
    if value is None and nullable:
        return []
    if not _scalar_ok(kind, value):
        return [f"{where}: expected {_NAMES[kind]}, got {_describe(value)}"]
    return []
