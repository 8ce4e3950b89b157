"""The app's first screenful read with the standard library's sqlite3, before SQLAlchemy loads.

Why: importing SQLAlchemy and mapping the ORM costs about a third of a second, and the first
thing a person wants is their own overview. When the desktop app opens an up-to-date SQLite
file it defers the engine (``open_database(..., defer_engine=True)``), and until that engine
exists :class:`cxcareer.service.career.CareerApp` answers its two start-up questions — who is in
the database, and one person's record, levels and open actions — from here. The writer lock is
held all the while, so nothing can change the file between this read and the ORM's later ones.

Nothing is written twice: the statements and their decoding are :mod:`cxcareer.store.person_reads`,
which the services run through a SQLAlchemy session. This module only supplies the connection:
``mode=ro``, one read transaction, rows as tuples. Anything unexpected raises ``sqlite3.Error``
or ``ValueError``, and the caller falls back to the ORM.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cxcareer.store.person_reads import PersonFacts, Rows, read_people, read_person_facts
from cxcareer.store.records import PersonRecord
from cxcareer.store.sqlite_files import read_only_uri

__all__ = ["list_people", "person_facts"]


@contextmanager
def _reading(path: Path) -> Iterator[Rows]:
    """Rows from a ``mode=ro`` connection inside one read transaction (one consistent moment)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    try:
        conn.execute("BEGIN")
        yield lambda sql, params: conn.execute(sql, params).fetchall()
        conn.execute("COMMIT")
    finally:
        conn.close()


def list_people(path: Path, *, include_archived: bool = False) -> list[PersonRecord]:
    """Everyone, by name, as :func:`cxcareer.store.services.people.list_people` lists them."""
    with _reading(path) as rows:
        return read_people(rows, include_archived=include_archived)


def person_facts(path: Path, person_id: str) -> PersonFacts | None:
    """What a snapshot of ``person_id`` needs; None when no person has that id."""
    with _reading(path) as rows:
        return read_person_facts(rows, person_id)
