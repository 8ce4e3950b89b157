"""Frozen results of the store's services: what the CLI and UI see instead of ORM rows.

Why frozen dataclasses: a row handed to the UI would lazy-load from a closed Session on another
thread, or be changed and flushed by accident. These are plain values, safe to keep and share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

__all__ = [
    "MAX_TARGETS",
    "ActionRecord",
    "ActionStatus",
    "AssessmentItemRecord",
    "AssessmentRecord",
    "AssessmentStatus",
    "Assessor",
    "Basis",
    "CurrentLevel",
    "EvidenceKind",
    "EvidenceRecord",
    "EvidenceStrength",
    "FrameworkImport",
    "FrameworkVersionRecord",
    "HistoryCounts",
    "MeetingRecord",
    "PersonRecord",
]

#: A person has at most this many target roles (the first is the main one).
MAX_TARGETS = 3


class Assessor(StrEnum):
    """Who gave a rating."""

    SELF = "self"
    MANAGER = "manager"


class Basis(StrEnum):
    """Whose ratings make a current level; ``MIN`` takes the lower of self and manager."""

    SELF = "self"
    MANAGER = "manager"
    MIN = "min"


class AssessmentStatus(StrEnum):
    """Drafts are work in progress and do not count towards current levels."""

    DRAFT = "draft"
    SHARED = "shared"
    FINAL = "final"


class EvidenceKind(StrEnum):
    WORK = "work"
    TRAINING = "training"
    FEEDBACK = "feedback"
    CERTIFICATION = "certification"


class EvidenceStrength(StrEnum):
    """How much an evidence entry proves: a claim, a concrete example, or manager-verified."""

    CLAIM = "claim"
    EXAMPLE = "example"
    VERIFIED = "verified"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class FrameworkVersionRecord:
    id: str
    framework_id: str
    version: str
    content_hash: str
    filename: str
    imported_at: datetime


@dataclass(frozen=True)
class FrameworkImport:
    """The stored version, and whether this import added it (False: identical file known)."""

    version: FrameworkVersionRecord
    created: bool


@dataclass(frozen=True)
class PersonRecord:
    id: str
    name: str
    email: str | None
    framework_version_id: str
    current_role: str | None
    targets: tuple[str, ...]
    manager_id: str | None
    created_at: datetime
    updated_at: datetime
    archived: bool


@dataclass(frozen=True)
class AssessmentItemRecord:
    skill: str
    level: int
    comment: str | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    id: str
    person_id: str
    assessor: Assessor
    assessor_name: str
    assessed_at: datetime
    status: AssessmentStatus
    items: tuple[AssessmentItemRecord, ...]
    corrects_id: str | None


@dataclass(frozen=True)
class CurrentLevel:
    """A skill's current level and where it came from (``source`` is self or manager)."""

    skill: str
    level: int
    source: Assessor
    assessed_at: datetime


@dataclass(frozen=True)
class EvidenceRecord:
    id: str
    person_id: str
    skill: str
    level: int
    observed_on: date
    kind: EvidenceKind
    strength: EvidenceStrength
    text: str
    link: str | None


@dataclass(frozen=True)
class ActionRecord:
    id: str
    person_id: str
    title: str
    skill: str | None
    target_role: str | None
    owner: str
    due_on: date | None
    status: ActionStatus
    created_at: datetime
    completed_at: datetime | None


@dataclass(frozen=True)
class MeetingRecord:
    """A one-to-one; ``private_notes`` is None unless the viewer is the author."""

    id: str
    person_id: str
    held_on: date
    author: str
    shared_notes: str
    private_notes: str | None
    agreed: tuple[str, ...]
    carried_over: tuple[str, ...]
    recorded_at: datetime | None = None
    """When it was stored: "since the last meeting" starts there when that was on its day."""


@dataclass(frozen=True)
class HistoryCounts:
    assessments: int
    evidence: int
    actions: int
    meetings: int
