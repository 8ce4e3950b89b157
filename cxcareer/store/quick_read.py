"""The app's first screenful read with the standard library's sqlite3, before SQLAlchemy loads.

Why: importing SQLAlchemy and mapping the ORM costs about a third of a second, and the first
thing a person wants is their own overview. When the desktop app opens an up-to-date SQLite
file it defers the engine (``open_database(..., defer_engine=True)``), and until that engine
exists :class:`cxcareer.service.career.CareerApp` answers its two start-up questions — who is in the
database, and one person's record, levels and open actions — from here. The writer lock is held
all the while, so nothing can change the file between this read and the ORM's later ones.

The queries mirror the services (:mod:`cxcareer.store.services.people`, ``assessments``,
``actions``, ``frameworks``) column for column and order for order; the tests compare the two
on the same files. Stored values are decoded as the ORM does: times are naive UTC text made
aware, dates ISO text, flags 0/1. Anything unexpected raises ``sqlite3.Error`` or
``ValueError``, and the caller falls back to the ORM.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from cxcareer.framework import Framework
from cxcareer.store import parsed_frameworks
from cxcareer.store.level_rules import combine_latest
from cxcareer.store.records import (
    ActionRecord,
    ActionStatus,
    AssessmentStatus,
    Assessor,
    Basis,
    CurrentLevel,
    PersonRecord,
)

__all__ = ["PersonState", "list_people", "person_state"]

_PERSON_COLUMNS = (
    "id, name, email, framework_version_id, current_role, manager_id, created_at, updated_at, "
    "archived"
)
_LATEST_RATINGS = """
SELECT kind, skill, level, at FROM (
    SELECT a.assessor_kind AS kind, i.skill_id AS skill, i.level AS level,
           a.assessed_at AS at,
           row_number() OVER (
               PARTITION BY a.assessor_kind, i.skill_id
               ORDER BY a.assessed_at DESC, a.created_at DESC, a.id DESC
           ) AS rank
    FROM assessment_items AS i JOIN assessments AS a ON i.assessment_id = a.id
    WHERE a.person_id = ? AND a.assessor_kind IN (?, ?) AND a.status != ?
) WHERE rank = 1
"""


@dataclass(frozen=True)
class PersonState:
    """What one person's overview is computed from, as the services would return it."""

    person: PersonRecord
    framework: Framework
    graph: Any
    levels: dict[Basis, dict[str, CurrentLevel]]
    open_actions: tuple[ActionRecord, ...]


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A ``mode=ro`` connection inside one read transaction (one consistent snapshot)."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("BEGIN")
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"a stored time should be text, not {value!r}")
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _maybe_time(value: object) -> datetime | None:
    return None if value is None else _time(value)


def _maybe_date(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a stored date should be text, not {value!r}")
    return date.fromisoformat(value)


def _person(row: Sequence[Any], targets: tuple[str, ...]) -> PersonRecord:
    id_, name, email, version, role, manager, created, updated, archived = row
    return PersonRecord(
        id=id_,
        name=name,
        email=email,
        framework_version_id=version,
        current_role=role,
        targets=targets,
        manager_id=manager,
        created_at=_time(created),
        updated_at=_time(updated),
        archived=bool(archived),
    )


def _targets(conn: sqlite3.Connection, person_id: str | None = None) -> dict[str, tuple[str, ...]]:
    sql = "SELECT person_id, role_id FROM person_targets"
    args: tuple[str, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = ?"
        args = (person_id,)
    found: dict[str, list[str]] = {}
    for owner, role in conn.execute(sql + " ORDER BY person_id, position", args):
        found.setdefault(owner, []).append(role)
    return {owner: tuple(roles) for owner, roles in found.items()}


def list_people(path: Path, *, include_archived: bool = False) -> list[PersonRecord]:
    """Everyone, by name, as :func:`cxcareer.store.services.people.list_people` lists them."""
    where = "" if include_archived else " WHERE archived = 0"
    with _reading(path) as conn:
        rows = conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM people{where} ORDER BY lower(name), created_at"
        ).fetchall()
        targets = _targets(conn)
    return [_person(row, targets.get(row[0], ())) for row in rows]


def person_state(path: Path, person_id: str) -> PersonState | None:
    """The person with id ``person_id`` and what their overview needs; None when no such id."""
    with _reading(path) as conn:
        row = conn.execute(
            f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        if row is None:
            return None
        person = _person(row, _targets(conn, person_id).get(person_id, ()))
        framework, graph = _framework(conn, person.framework_version_id)
        latest = [
            (kind, skill, level, _time(at))
            for kind, skill, level, at in conn.execute(
                _LATEST_RATINGS,
                (
                    person_id,
                    Assessor.SELF.value,
                    Assessor.MANAGER.value,
                    AssessmentStatus.DRAFT.value,
                ),
            )
        ]
        actions = conn.execute(
            "SELECT id, person_id, title, skill_id, target_role_id, owner, due_on, status, "
            "created_at, completed_at FROM actions WHERE person_id = ? AND status = ? "
            "ORDER BY created_at, id",
            (person_id, ActionStatus.OPEN.value),
        ).fetchall()
    levels = {
        Basis.MIN: combine_latest(latest),
        Basis.SELF: combine_latest(r for r in latest if r[0] == Assessor.SELF),
        Basis.MANAGER: combine_latest(r for r in latest if r[0] == Assessor.MANAGER),
    }
    return PersonState(
        person=person,
        framework=framework,
        graph=graph,
        levels=levels,
        open_actions=tuple(_action(action) for action in actions),
    )


def _framework(conn: sqlite3.Connection, version_id: str) -> tuple[Framework, Any]:
    found = conn.execute(
        "SELECT content_hash FROM framework_versions WHERE id = ?", (version_id,)
    ).fetchone()
    if found is None:
        raise ValueError(f"no framework version {version_id!r} in this database")

    def read() -> tuple[bytes, str]:
        content, filename = conn.execute(
            "SELECT content, filename FROM framework_versions WHERE id = ?", (version_id,)
        ).fetchone()
        return bytes(content), str(filename)

    return parsed_frameworks.parsed(str(found[0]), read)


def _action(row: Sequence[Any]) -> ActionRecord:
    id_, person, title, skill, target, owner, due, status, created, completed = row
    return ActionRecord(
        id=id_,
        person_id=person,
        title=title,
        skill=skill,
        target_role=target,
        owner=owner,
        due_on=_maybe_date(due),
        status=ActionStatus(status),
        created_at=_time(created),
        completed_at=_maybe_time(completed),
    )
