"""Career framework types, loading and validation (no Qt, no database).

The public surface is re-exported here so callers write ``from cxcareer.framework import ...``.
"""

from cxcareer.framework.errors import (
    FrameworkError,
    FrameworkInvalid,
    Problem,
    Severity,
    UnknownIdError,
)
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
    closest_ids,
)
from cxcareer.framework.text import SUPPORTED_LANGUAGES, Text, normalise_language

__all__ = [
    "FORMAT",
    "SUPPORTED_LANGUAGES",
    "Framework",
    "FrameworkError",
    "FrameworkInvalid",
    "MoveKind",
    "Problem",
    "Requirement",
    "Role",
    "RoleId",
    "Scale",
    "Severity",
    "Skill",
    "SkillId",
    "Text",
    "Tier",
    "Track",
    "TrackId",
    "Transition",
    "UnknownIdError",
    "closest_ids",
    "normalise_language",
]
