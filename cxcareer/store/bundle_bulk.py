"""Fast reads and writes for merging a big bundle: known rows in one query, new rows in bulk.

Why: merging entry by entry (``session.get`` then ``add`` + ``flush`` for each) cost two round
trips per entry, and a missing id always costs a query, so an 18 MB bundle took 50 s. Here the
rows a bundle names are fetched with one ``IN`` query per kind (in chunks, under SQLite's limit
on bound parameters), and new rows go in as one executemany per chunk. The merge's rules stay in
:mod:`cxcareer.store.bundle_merge`; this module only says how to read and write many rows.

Also here: :func:`one_import_at_a_time`, so that two imports running at once queue instead of
the second failing on a duplicate key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

__all__ = [
    "CHUNK",
    "Progress",
    "chunks",
    "insert_rows",
    "one_import_at_a_time",
    "rows_by_id",
    "values_by_id",
]

#: Rows per query or executemany: far under SQLite's 32,766 bound parameters, and small enough
#: for progress to move several times a second.
CHUNK = 500

#: ``progress(done, total)``: how many of the bundle's entries are merged so far.
Progress = Callable[[int, int], object]

#: A fixed key for PostgreSQL's advisory lock held by an import (any constant bigint works).
_IMPORT_LOCK_KEY = 0x63786361_7265_6572 & 0x7FFF_FFFF_FFFF_FFFF

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def rows_by_id(session: Session, model: Any, ids: Iterable[str]) -> dict[str, Any]:
    """The stored rows of ``model`` among ``ids``, by id (missing ids are simply absent)."""
    wanted = sorted(set(ids))
    found: dict[str, Any] = {}
    for part in chunks(wanted):
        rows = session.scalars(select(model).where(model.id.in_(part)))
        found.update((row.id, row) for row in rows)
    return found


def values_by_id(
    session: Session, column: Any, ids: Iterable[str], *, key: Any = None
) -> dict[str, Any]:
    """``column`` of the stored rows whose ``key`` (default: the table's ``id``) is in ``ids``."""
    key = column.class_.id if key is None else key
    wanted = sorted(set(ids))
    found: dict[str, Any] = {}
    for part in chunks(wanted):
        found.update(
            (found_id, value)
            for found_id, value in session.execute(select(key, column).where(key.in_(part)))
        )
    return found


def insert_rows(session: Session, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (column values) of ``model`` with one executemany per chunk."""
    for part in chunks(rows):
        session.execute(insert(model), list(part))


def one_import_at_a_time(session: Session) -> None:
    """Make a second import that starts meanwhile wait until this transaction ends.

    SQLite already does (writes begin with ``BEGIN IMMEDIATE``); on PostgreSQL a transaction
    advisory lock does, and the waiting import then reads what the first one committed.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _IMPORT_LOCK_KEY})
