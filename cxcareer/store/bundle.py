"""Self-contained JSON bundles of one person: how two laptops exchange a career history.

Why a bundle and not a copy of the database: an employee and a manager each keep their own
database; the employee rates themself, the manager adds a manager rating, and each sends the other
a bundle. Every entry carries its UUID, so importing merges (see :mod:`cxcareer.store.bundle_merge`)
instead of duplicating, and importing the same bundle twice changes nothing. The bundle holds the
framework version's exact bytes, so the receiver can read the ratings even if they never imported
that framework. Private meeting notes stay out unless explicitly asked for.

Files are written atomically and ``0600`` (career data is personal). Reading refuses anything over
:data:`MAX_BUNDLE_BYTES` before parsing, and reports every shape problem at once
(:class:`~cxcareer.store.errors.BundleInvalid`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxcareer.store.bundle_json import bundle_json
from cxcareer.store.bundle_schema import BUNDLE_FORMAT, READABLE_FORMATS, check_shape, describe
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.orm import (
    Action,
    ActionStatusChange,
    Assessment,
    AssessmentItem,
    Evidence,
    FrameworkVersion,
    Meeting,
    MeetingAction,
    Person,
    PersonTarget,
    PrivateNote,
)
from cxcareer.store.services.common import person_row
from cxcareer.store.write_target import write_target

__all__ = [
    "BUNDLE_FORMAT",
    "MAX_BUNDLE_BYTES",
    "export_bundle",
    "parse_bundle",
    "read_bundle",
    "write_bundle",
]

#: The largest bundle read, checked before parsing. Sized on what export writes: a one-skill
#: assessment takes 412 bytes of indented JSON (measured on a 60,000-assessment export, 24.7 MB),
#: so 64 MiB holds 100,000 of them (41 MB: a rating a day for 270 years) with room left for
#: evidence, actions and notes. Parsing one of this size peaks near 550 MB of memory (211 MB
#: measured for 25 MB), which a laptop has.
MAX_BUNDLE_BYTES = 64 * 1024 * 1024


def _at(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _framework(session: Session, version_id: str) -> dict[str, Any]:
    row = session.get(FrameworkVersion, version_id)
    assert row is not None  # a foreign key guarantees it
    return {
        "framework_id": row.framework_id,
        "version": row.version,
        "content_hash": row.content_hash,
        "filename": row.filename,
        "content": row.content.decode("utf-8"),
    }


def _person(session: Session, row: Person) -> dict[str, Any]:
    targets = session.scalars(
        select(PersonTarget.role_id)
        .where(PersonTarget.person_id == row.id)
        .order_by(PersonTarget.position)
    ).all()
    return {
        "id": row.id,
        "name": row.name,
        "email": row.email,
        "current_role": row.current_role,
        "targets": list(targets),
        "manager_id": row.manager_id,
        "created_at": _at(row.created_at),
        "updated_at": _at(row.updated_at),
        "archived": row.archived,
    }


def _assessments(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Assessment)
        .where(Assessment.person_id == person_id)
        .order_by(Assessment.assessed_at, Assessment.created_at, Assessment.id)
    ).all()
    items: dict[str, list[AssessmentItem]] = {row.id: [] for row in rows}
    for item in session.scalars(  # one query for every rating, not one per assessment
        select(AssessmentItem)
        .join(Assessment, Assessment.id == AssessmentItem.assessment_id)
        .where(Assessment.person_id == person_id)
        .order_by(AssessmentItem.assessment_id, AssessmentItem.skill_id)
    ):
        items[item.assessment_id].append(item)
    out = []
    for row in rows:
        out.append(
            {
                "id": row.id,
                "assessor": row.assessor_kind,
                "assessor_name": row.assessor_name,
                "assessed_at": _at(row.assessed_at),
                "status": row.status,
                "corrects_id": row.corrects_id,
                "created_at": _at(row.created_at),
                "items": [
                    {"skill": i.skill_id, "level": i.level, "comment": i.comment}
                    for i in items[row.id]
                ],
            }
        )
    return out


def _evidence(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Evidence).where(Evidence.person_id == person_id).order_by(Evidence.created_at)
    )
    return [
        {
            "id": e.id,
            "skill": e.skill_id,
            "level": e.level,
            "observed_on": _day(e.observed_on),
            "kind": e.kind,
            "strength": e.strength,
            "text": e.text,
            "link": e.link,
            "created_at": _at(e.created_at),
        }
        for e in rows
    ]


def _actions(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Action).where(Action.person_id == person_id).order_by(Action.created_at, Action.id)
    ).all()
    out = []
    for a in rows:
        history = session.scalars(
            select(ActionStatusChange)
            .where(ActionStatusChange.action_id == a.id)
            .order_by(ActionStatusChange.seq)
        )
        out.append(
            {
                "id": a.id,
                "title": a.title,
                "skill": a.skill_id,
                "target_role": a.target_role_id,
                "owner": a.owner,
                "due_on": _day(a.due_on),
                "status": a.status,
                "created_at": _at(a.created_at),
                "completed_at": _at(a.completed_at),
                "history": [
                    {
                        "id": h.id,
                        "old_status": h.old_status,
                        "new_status": h.new_status,
                        "changed_at": _at(h.changed_at),
                    }
                    for h in history
                ],
            }
        )
    return out


def _meetings(session: Session, person_id: str, include_private: bool) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Meeting).where(Meeting.person_id == person_id).order_by(Meeting.held_on)
    ).all()
    out = []
    for m in rows:
        links = session.execute(
            select(MeetingAction.action_id, MeetingAction.relation)
            .where(MeetingAction.meeting_id == m.id)
            .order_by(MeetingAction.action_id)
        ).all()
        entry: dict[str, Any] = {
            "id": m.id,
            "held_on": _day(m.held_on),
            "author": m.author,
            "shared_notes": m.shared_notes,
            "created_at": _at(m.created_at),
            "actions": [{"action_id": a, "relation": r} for a, r in links],
        }
        if include_private:
            note = session.get(PrivateNote, m.id)
            entry["private_notes"] = note.body if note is not None else ""
        out.append(entry)
    return out


def export_bundle(
    session: Session, person: str, *, include_private: bool = False, now: datetime | None = None
) -> dict[str, Any]:
    """The bundle of ``person`` (id or unique name) as a JSON-ready dict."""
    row = person_row(session, person)
    return {
        "format": BUNDLE_FORMAT,
        "exported_at": _at(now or datetime.now(UTC)),
        "includes_private": include_private,
        "framework": _framework(session, row.framework_version_id),
        "person": _person(session, row),
        "assessments": _assessments(session, row.id),
        "evidence": _evidence(session, row.id),
        "actions": _actions(session, row.id),
        "meetings": _meetings(session, row.id, include_private),
    }


def write_bundle(
    path: Path, bundle: dict[str, Any], *, force: bool = False, keep: Iterable[Path | None] = ()
) -> Path:
    """Write ``bundle`` to ``path`` as UTF-8 JSON, 0600, whole or not at all.

    Never over an existing file unless ``force``, never over a database (``keep``: the one in
    use) or anything but a regular file: :func:`cxcareer.store.write_target.write_target`.
    """
    path = Path(path)
    with (
        write_target(path, force=force, keep=keep) as temporary,
        open(temporary, "w", encoding="utf-8") as out,
    ):
        json.dump(bundle, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return path


def parse_bundle(data: bytes) -> dict[str, Any]:
    """The checked bundle in ``data``; :class:`BundleInvalid` lists every problem otherwise."""
    if len(data) > MAX_BUNDLE_BYTES:
        limit = MAX_BUNDLE_BYTES // (1024 * 1024)
        raise BundleInvalid([f"bundle: larger than {limit} MB ({len(data)} bytes)"])
    value = bundle_json(data)
    if isinstance(value, dict) and value.get("format") not in READABLE_FORMATS:
        found = describe(value.get("format"))
        raise BundleInvalid([f"format: expected {BUNDLE_FORMAT!r}, got {found}"])
    problems = check_shape(value)
    if problems:
        raise BundleInvalid(problems)
    bundle: dict[str, Any] = value
    return bundle


def read_bundle(path: Path) -> dict[str, Any]:
    """Read and check a bundle file, refusing one over the size cap before reading it."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            limit = MAX_BUNDLE_BYTES // (1024 * 1024)
            raise BundleInvalid([f"{path}: larger than {limit} MB ({size} bytes)"])
        data = path.read_bytes()
    except OSError as exc:
        raise BundleInvalid([f"{path}: cannot be read ({exc.strerror or exc})"]) from None
    return parse_bundle(data)
