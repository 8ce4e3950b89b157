"""A small valid framework document, as a dict, for tests to copy and break."""

from __future__ import annotations

import copy
import json
from typing import Any

import yaml

VALID: dict[str, Any] = {
    "format": "cxcareer/framework@1",
    "id": "team",
    "version": "2026.11",
    "name": {"en": "Team ladder", "pt-BR": "Trilha da equipe"},
    "scale": {"min": 1, "max": 5, "names": {1: "Learns", 5: {"en": "Leads", "pt-BR": "Lidera"}}},
    "tracks": [{"id": "support", "name": "Support"}],
    "skills": [
        {"id": "talk", "name": "Talking", "levels": {1: "basic", 2: "good", 3: "great"}},
        {"id": "fix", "name": {"en": "Fixing"}, "category": "tool", "levels": {2: "ok"}},
    ],
    "roles": [
        {
            "id": "agent",
            "title": "Agent",
            "level": 1,
            "entry": True,
            "track": "support",
            "tier": "operational",
            "requires": {"talk": 1},
        },
        {
            "id": "senior",
            "title": "Senior",
            "level": 2,
            "track": "support",
            "responsibilities": ["Help others", {"en": "Own escalations"}],
            "requires": {"talk": 2, "fix": {"level": 2, "weight": 2}},
        },
        {"id": "lead", "title": "Lead", "level": 3, "tier": "tactical", "requires": {"talk": 3}},
    ],
    "transitions": [
        {"from": "agent", "to": "senior", "kind": "promotion", "months": 12},
        {"from": "senior", "to": "lead", "months": 24},
        {"from": "lead", "to": "senior", "kind": "lateral"},
    ],
}


def valid() -> dict[str, Any]:
    """A fresh deep copy of :data:`VALID`."""
    return copy.deepcopy(VALID)


def as_yaml(doc: Any) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def as_json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)
