"""Helpers shared by the services: finding a person's row and checking ids against a framework.

Why here: every service validates role and skill ids against *the person's own* framework
version (not the newest one), and levels against its scale, the same way.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cxcareer.framework import Framework
from cxcareer.graph.levels import check_levels
from cxcareer.store.errors import AmbiguousName, NotFound
from cxcareer.store.orm import Person, PersonTarget
from cxcareer.store.person_reads import Rows
from cxcareer.store.records import PersonRecord
from cxcareer.store.services.frameworks import framework_from_version, graph_from_version

__all__ = [
    "check_level",
    "check_role",
    "check_skill",
    "person_framework",
    "person_graph",
    "person_record",
    "person_row",
    "session_rows",
]


def session_rows(session: Session) -> Rows:
    """A :data:`~cxcareer.store.person_reads.Rows` reader running inside ``session``.

    Why: the shared reads of :mod:`cxcareer.store.person_reads` are plain SQL texts, run the
    same way here (SQLite or PostgreSQL, in the session's transaction) and by the first read
    with sqlite3, so both paths answer from one definition.
    """

    def rows(sql: str, params: Mapping[str, object]) -> Sequence[Sequence[Any]]:
        return [tuple(row) for row in session.execute(text(sql), dict(params))]

    return rows


def person_row(session: Session, key: str) -> Person:
    """The person whose id is ``key``, else the one whose name is ``key`` (case-insensitive).

    Raises:
        NotFound: naming ``key`` and the closest names.
        AmbiguousName: several people share that name; their ids are listed.
    """
    row = session.get(Person, key)
    if row is not None:
        return row
    wanted = key.strip()
    rows = session.scalars(
        select(Person).where(func.lower(Person.name) == wanted.lower()).order_by(Person.created_at)
    ).all()
    if len(rows) == 1:
        return rows[0]
    if rows:
        raise AmbiguousName(wanted, [(r.id, r.name) for r in rows])
    names = session.scalars(select(Person.name)).all()
    close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    raise NotFound(f"no person with the id or name {wanted!r}{hint}")


def person_record(session: Session, row: Person) -> PersonRecord:
    """The frozen view of a person, with targets in order."""
    targets = session.scalars(
        select(PersonTarget.role_id)
        .where(PersonTarget.person_id == row.id)
        .order_by(PersonTarget.position)
    ).all()
    return PersonRecord(
        id=row.id,
        name=row.name,
        email=row.email,
        framework_version_id=row.framework_version_id,
        current_role=row.current_role,
        targets=tuple(targets),
        manager_id=row.manager_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        archived=row.archived,
    )


def person_framework(session: Session, row: Person) -> Framework:
    """The framework version the person is measured on."""
    return framework_from_version(session, row.framework_version_id)


def person_graph(session: Session, row: Person) -> Any:
    """The career graph of the person's framework version (cached per content hash)."""
    return graph_from_version(session, row.framework_version_id)


def check_role(framework: Framework, role: str) -> str:
    """``role`` if the framework declares it; else ``UnknownIdError`` with suggestions."""
    return framework.role(role).id


def check_skill(framework: Framework, skill: str) -> str:
    """``skill`` if the framework declares it; else ``UnknownIdError`` with suggestions."""
    return framework.skill(skill).id


def check_level(graph: Any, skill: str, level: int) -> int:
    """``level`` if it lies on the scale (0..max): ``InvalidLevelError`` otherwise.

    Delegates to :func:`cxcareer.graph.check_levels` so the store and the career engine agree
    on what a valid level is (0 means "not yet").
    """
    ((_, checked),) = check_levels(graph, {skill: level}).items()
    return checked
