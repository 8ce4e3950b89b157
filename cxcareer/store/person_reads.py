"""The reads behind a person's snapshot and the people list, written once for both paths.

Why one set of SQL texts: the desktop app answers its first questions (who is here, and one
person's record, levels and open actions) with the standard library's sqlite3 before SQLAlchemy
has loaded (:mod:`cxcareer.store.quick_read`); afterwards the same questions go through a
SQLAlchemy session, on SQLite or PostgreSQL. Both paths run the very statements below through a
:class:`Rows` reader and decode the rows with the same functions, so they cannot drift apart
(``tests/store/test_person_reads.py`` checks them on the demo team and on generated histories).

The statements use named parameters (``:name``), which sqlite3 and SQLAlchemy's ``text()``
both understand, and portable SQL (window functions, ``lower()``). Stored values are decoded as
the ORM types do: times are naive UTC (text in SQLite, ``datetime`` in PostgreSQL) made aware,
dates ISO text or ``date``, flags 0/1 or booleans. Anything unexpected raises ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

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

__all__ = [
    "PersonFacts",
    "Rows",
    "latest_ratings",
    "levels_on",
    "read_people",
    "read_person_facts",
]

#: ``rows(sql, params)``: every row of one statement, as tuples, inside the caller's transaction.
Rows = Callable[[str, Mapping[str, object]], Sequence[Sequence[Any]]]

# "current_role" quoted: unquoted, PostgreSQL reads it as its CURRENT_ROLE (the connected role).
_PERSON_COLUMNS = (
    'id, name, email, framework_version_id, "current_role", manager_id, created_at, updated_at, '
    "archived"
)
PEOPLE_SQL = f"SELECT {_PERSON_COLUMNS} FROM people ORDER BY lower(name), created_at"
ACTIVE_PEOPLE_SQL = (
    f"SELECT {_PERSON_COLUMNS} FROM people WHERE archived = :no ORDER BY lower(name), created_at"
)
PERSON_SQL = f"SELECT {_PERSON_COLUMNS} FROM people WHERE id = :person"
ALL_TARGETS_SQL = "SELECT person_id, role_id FROM person_targets ORDER BY person_id, position"
TARGETS_SQL = (
    "SELECT person_id, role_id FROM person_targets WHERE person_id = :person ORDER BY position"
)
LATEST_RATINGS_SQL = """
SELECT kind, skill, level, at FROM (
    SELECT a.assessor_kind AS kind, i.skill_id AS skill, i.level AS level,
           a.assessed_at AS at,
           row_number() OVER (
               PARTITION BY a.assessor_kind, i.skill_id
               ORDER BY a.assessed_at DESC, a.created_at DESC, a.id DESC
           ) AS rank
    FROM assessment_items AS i JOIN assessments AS a ON i.assessment_id = a.id
    WHERE a.person_id = :person AND a.assessor_kind IN (:self_kind, :manager_kind)
          AND (a.status != :draft OR :with_drafts)
) AS ranked WHERE rank = 1
"""
OPEN_ACTIONS_SQL = (
    "SELECT id, person_id, title, skill_id, target_role_id, owner, due_on, status, created_at, "
    "completed_at FROM actions WHERE person_id = :person AND status = :open "
    "ORDER BY created_at, id"
)
VERSION_HASH_SQL = "SELECT content_hash FROM framework_versions WHERE id = :version"
VERSION_CONTENT_SQL = "SELECT content, filename FROM framework_versions WHERE id = :version"
OTHER_VERSIONS_SQL = (
    "SELECT id FROM framework_versions WHERE id != :version ORDER BY imported_at DESC, id"
)


@dataclass(frozen=True)
class PersonFacts:
    """What the store holds about one person that their snapshot is computed from.

    ``levels`` has every basis (self, manager, and the lower of both), each skill's current
    level with who gave it and when. Readiness, gaps and paths are not here: the service
    computes them (:mod:`cxcareer.service.snapshot`).
    """

    person: PersonRecord
    framework: Framework
    graph: Any
    levels: dict[Basis, dict[str, CurrentLevel]]
    open_actions: tuple[ActionRecord, ...]
    other_frameworks: tuple[Framework, ...] = ()
    """The other stored versions, newest first: where the names of skills and roles the
    person's history mentions but this version dropped are still found."""


def utc_time(value: object) -> datetime:
    """A stored naive-UTC time (ISO text or ``datetime``) as an aware UTC ``datetime``."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise ValueError(f"a stored time should be a time, not {value!r}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _maybe_time(value: object) -> datetime | None:
    return None if value is None else utc_time(value)


def _maybe_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        raise ValueError(f"a stored date should be a date, not {value!r}")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"a stored date should be text, not {value!r}")
    return date.fromisoformat(value)


def _flag(value: object) -> bool:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise ValueError(f"a stored flag should be 0 or 1, not {value!r}")


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
        created_at=utc_time(created),
        updated_at=utc_time(updated),
        archived=_flag(archived),
    )


def _targets(rows: Rows, person_id: str | None = None) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    sql, params = (
        (ALL_TARGETS_SQL, {}) if person_id is None else (TARGETS_SQL, {"person": person_id})
    )
    for owner, role in rows(sql, params):
        found.setdefault(owner, []).append(role)
    return {owner: tuple(roles) for owner, roles in found.items()}


def read_people(rows: Rows, *, include_archived: bool = False) -> list[PersonRecord]:
    """Everyone (not archived, unless asked), by name then age: two statements in all."""
    found = rows(PEOPLE_SQL, {}) if include_archived else rows(ACTIVE_PEOPLE_SQL, {"no": False})
    targets = _targets(rows)
    return [_person(row, targets.get(row[0], ())) for row in found]


def read_person(rows: Rows, person_id: str) -> PersonRecord | None:
    """The person with id ``person_id``, with targets in order; None when there is none."""
    found = rows(PERSON_SQL, {"person": person_id})
    if not found:
        return None
    return _person(found[0], _targets(rows, person_id).get(person_id, ()))


def latest_ratings(
    rows: Rows, person_id: str, *, include_drafts: bool = False
) -> list[tuple[str, str, int, datetime]]:
    """The latest rating of each skill from each side: ``(assessor kind, skill, level, at)``.

    "Latest" orders by when it was assessed, then when it was written, then id, so equal times
    still give one answer. Drafts do not count unless ``include_drafts``.
    """
    params = {
        "person": person_id,
        "self_kind": Assessor.SELF.value,
        "manager_kind": Assessor.MANAGER.value,
        "draft": AssessmentStatus.DRAFT.value,
        "with_drafts": include_drafts,
    }
    return [
        (str(kind), str(skill), int(level), utc_time(at))
        for kind, skill, level, at in rows(LATEST_RATINGS_SQL, params)
    ]


def levels_on(
    latest: Sequence[tuple[str, str, int, datetime]], basis: Basis
) -> dict[str, CurrentLevel]:
    """Each skill's current level on ``basis`` from :func:`latest_ratings`' rows."""
    if basis is Basis.MIN:
        return combine_latest(latest)
    return combine_latest(row for row in latest if row[0] == basis.value)


def read_framework(rows: Rows, version_id: str) -> tuple[Framework, Any]:
    """A stored version's framework and graph, parsed at most once per process."""
    found = rows(VERSION_HASH_SQL, {"version": version_id})
    if not found:
        raise ValueError(f"no framework version {version_id!r} in this database")

    def read() -> tuple[bytes, str]:
        content, filename = rows(VERSION_CONTENT_SQL, {"version": version_id})[0]
        return bytes(content), str(filename)

    return parsed_frameworks.parsed(str(found[0][0]), read)


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
        created_at=utc_time(created),
        completed_at=_maybe_time(completed),
    )


def read_person_facts(rows: Rows, person_id: str) -> PersonFacts | None:
    """Everything a snapshot of ``person_id`` needs; None when there is no such person.

    Call it inside one read transaction so the facts are one consistent moment.
    """
    person = read_person(rows, person_id)
    if person is None:
        return None
    framework, graph = read_framework(rows, person.framework_version_id)
    latest = latest_ratings(rows, person_id)
    actions = rows(OPEN_ACTIONS_SQL, {"person": person_id, "open": ActionStatus.OPEN.value})
    others = rows(OTHER_VERSIONS_SQL, {"version": person.framework_version_id})
    return PersonFacts(
        person=person,
        framework=framework,
        graph=graph,
        levels={basis: levels_on(latest, basis) for basis in Basis},
        open_actions=tuple(_action(row) for row in actions),
        other_frameworks=tuple(read_framework(rows, str(row[0]))[0] for row in others),
    )
