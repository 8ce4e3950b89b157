"""Every bound a framework file (or a bundle carrying one) must keep, in one place.

Why bounds at all: a file that passes validation is trusted by every page of the app, and some of
them do work in proportion to its numbers — a scale of a billion levels once made opening the
Ladder grow to 24 GB. So validation refuses, with the line, anything no real framework needs:
the limits below are generous (the built-in framework uses a scale of 7, 18 roles and texts of at
most about 1,000 characters; the benches use 4,000 roles) but finite. ``docs/framework-format.md``
lists them for users; keep the two in step.
"""

from __future__ import annotations

__all__ = [
    "MAX_DEPTH",
    "MAX_ID_CHARS",
    "MAX_LEVEL",
    "MAX_LONG_TEXT_CHARS",
    "MAX_MONTHS",
    "MAX_NUMBER_CHARS",
    "MAX_REQUIREMENTS",
    "MAX_RESPONSIBILITIES",
    "MAX_ROLES",
    "MAX_SKILLS",
    "MAX_TEXT_CHARS",
    "MAX_TRACKS",
    "MAX_TRANSITIONS",
    "MAX_VERSION_CHARS",
    "MAX_WEIGHT",
]

#: The highest level of a scale (the lowest is 1 or above), so a scale has at most 10 levels.
MAX_LEVEL = 10
#: The longest typical time a move may state, in months (50 years).
MAX_MONTHS = 600
#: The largest weight of one requirement.
MAX_WEIGHT = 1000

#: Characters of an id (framework, track, skill, role).
MAX_ID_CHARS = 100
#: Characters of a framework version.
MAX_VERSION_CHARS = 100
#: Characters of a name, title, category, level descriptor or responsibility (per language).
MAX_TEXT_CHARS = 2_000
#: Characters of a description or source (per language).
MAX_LONG_TEXT_CHARS = 20_000

#: Items of each list, and requirements of one role.
MAX_ROLES = 10_000
MAX_SKILLS = 5_000
MAX_TRACKS = 500
MAX_TRANSITIONS = 100_000
MAX_REQUIREMENTS = 500
MAX_RESPONSIBILITIES = 200

#: Maps and lists nested deeper than this are refused (no valid framework comes close to it, and
#: it keeps every walk over the document bounded).
MAX_DEPTH = 64
#: Characters of one written number: enough for any real value, far below the size at which
#: turning digits into a number becomes slow (Python refuses past 4,300 digits).
MAX_NUMBER_CHARS = 40
