"""Fast reads and writes for merging a big bundle: known rows in one query, new rows in bulk.

Why: merging entry by entry (``session.get`` then ``add`` + ``flush`` for each) cost two round
trips per entry, and a missing id always costs a query, so an 18 MB bundle took 50 s. Here the
rows a bundle names are fetched with one ``IN`` query per kind (in chunks, under SQLite's limit
on bound parameters), and new rows go in as one executemany per chunk, as the plain rows
(:func:`new_action`, :func:`status_changes`) the bundle's entries become. The merge's rules stay
in :mod:`cxcareer.store.bundle_merge`; this module only says how to read and write many rows
and counts them for progress (:class:`Step`).

Also here: :func:`one_import_at_a_time`, so that two imports running at once queue instead of
the second failing on a duplicate key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

__all__ = [
    "CHUNK",
    "Progress",
    "Step",
    "chunks",
    "day",
    "first_of_each",
    "insert_rows",
    "new_action",
    "one_import_at_a_time",
    "parts",
    "rows_by_id",
    "status_changes",
    "values_by_id",
    "when",
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


class Step:
    """Counts merged entries and tells ``progress`` (if any) after each chunk."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress

    def __call__(self, merged: int) -> None:
        self.done = min(self.total, self.done + merged)
        if self._progress is not None and self.done < self.total:
            self._progress(self.done, self.total)

    def end(self) -> None:
        """The last report: everything merged (also for a bundle without entries)."""
        if self._progress is not None:
            self._progress(self.total, self.total)


def first_of_each(entries: Iterable[Any]) -> Iterator[Any]:
    """Entries with an id seen before in the same list left out (the first one counts)."""
    seen: set[str] = set()
    for entry in entries:
        if entry["id"] not in seen:
            seen.add(entry["id"])
            yield entry


def parts(
    session: Session, model: Any, entries: list[Any]
) -> Iterator[tuple[Sequence[Any], dict[str, Any]]]:
    """The entries (first of each id) chunk by chunk, with the stored rows they name."""
    for part in chunks(list(first_of_each(entries))):
        yield part, rows_by_id(session, model, (entry["id"] for entry in part))


def when(text: str) -> datetime:
    """A bundle's ISO moment as a datetime."""
    return datetime.fromisoformat(text)


def day(text: str | None) -> date | None:
    """A bundle's ISO day as a date (None stays None)."""
    return None if text is None else date.fromisoformat(text)


def status_changes(action_id: str, history: list[Any], first_seq: int) -> list[dict[str, Any]]:
    """The rows of the status changes ``history`` adds, numbered on from ``first_seq``."""
    ordered = sorted(history, key=lambda h: h["changed_at"])
    return [
        {
            "id": h["id"],
            "action_id": action_id,
            "seq": seq,
            "old_status": h["old_status"],
            "new_status": h["new_status"],
            "changed_at": when(h["changed_at"]),
        }
        for seq, h in enumerate(ordered, first_seq)
    ]


def new_action(person_id: str, a: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new action's row and its status changes; its status follows the latest change."""
    changes = status_changes(a["id"], list(first_of_each(a["history"])), 1)
    row = {
        "id": a["id"],
        "person_id": person_id,
        "title": a["title"],
        "skill_id": a["skill"],
        "target_role_id": a["target_role"],
        "owner": a["owner"],
        "due_on": day(a["due_on"]),
        "status": a["status"],
        "created_at": when(a["created_at"]),
        "completed_at": when(a["completed_at"]) if a["completed_at"] else None,
    }
    if changes:
        latest = max(changes, key=lambda c: (c["changed_at"], c["seq"]))
        row["status"] = latest["new_status"]
        row["completed_at"] = None if latest["new_status"] == "open" else latest["changed_at"]
    return row, changes
