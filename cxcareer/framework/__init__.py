"""Career framework types, loading and validation (no Qt, no database).

The public surface is re-exported here so callers write ``from cxcareer.framework import ...``.
"""

from cxcareer.framework.builtin import BUILTIN_ID, builtin_bytes, builtin_path, load_builtin
from cxcareer.framework.errors import (
    FrameworkError,
    FrameworkInvalid,
    Problem,
    Severity,
    UnknownIdError,
)
from cxcareer.framework.load import (
    MAX_FILE_BYTES,
    LoadReport,
    check_file,
    check_text,
    content_hash,
    load_file,
    load_text,
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
    "BUILTIN_ID",
    "FORMAT",
    "MAX_FILE_BYTES",
    "SUPPORTED_LANGUAGES",
    "Framework",
    "FrameworkError",
    "FrameworkInvalid",
    "LoadReport",
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
    "builtin_bytes",
    "builtin_path",
    "check_file",
    "check_text",
    "closest_ids",
    "content_hash",
    "load_builtin",
    "load_file",
    "load_text",
    "normalise_language",
]
