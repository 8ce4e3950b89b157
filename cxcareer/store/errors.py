"""The one exception family of the profile store.

Every error carries a plain message meant for the person in front of the app: what happened and
what to do. The CLI and the UI show ``str(error)`` and never a traceback. The errors about the
database itself also keep the facts their English sentence is made of (``location``, ``revision``,
``pid``, ``host``) so the UI and the CLI can say the same in the reader's language.
"""

from __future__ import annotations

from pathlib import Path

from cxcareer.store.error_texts import ERROR_TEXTS, english

__all__ = [
    "AmbiguousName",
    "BundleInvalid",
    "DatabaseCorrupt",
    "DatabaseInUse",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "NoRoomForBackup",
    "NotFound",
    "ServerRefused",
    "StoreError",
    "TargetRefused",
]


class StoreError(Exception):
    """Base class of every error raised by :mod:`cxcareer.store`."""


class NotFound(StoreError, LookupError):
    """A person, framework or entry that does not exist."""


class AmbiguousName(StoreError, LookupError):
    """A name that matches several people; ``candidates`` lists (id, name) pairs."""

    def __init__(self, name: str, candidates: list[tuple[str, str]]) -> None:
        self.name = name
        self.candidates = candidates
        listed = ", ".join(f"{pid} ({pname})" for pid, pname in candidates)
        super().__init__(f"the name {name!r} matches several people: {listed}; use the id instead")


class DatabaseTooNew(StoreError):
    """The database was written by a newer cxcareer; it is left untouched."""

    def __init__(self, location: str, revision: str) -> None:
        self.location = location
        self.revision = revision
        super().__init__(english("db_too_new", location=location, revision=revision))


class DatabaseInUse(StoreError):
    """Another running process holds the write lock of this SQLite database."""

    def __init__(self, location: str, pid: int | None, host: str | None = None) -> None:
        self.location = location
        self.pid = pid
        self.host = host
        holder = english("db_holder_pid", pid=pid) if pid else english("db_holder_unknown")
        if host:
            holder = english("db_holder_host", holder=holder, host=host)
        super().__init__(english("db_in_use", location=location, holder=holder))


class _AboutTheDatabase(StoreError):
    """A store error whose standard sentence names the database (see :mod:`.sqlite_errors`).

    ``location`` is set when the message is that sentence, so the UI and the CLI can say the
    same in the reader's language; ``None`` for any other message.
    """

    def __init__(self, message: str, *, location: str | None = None) -> None:
        self.location = location
        super().__init__(message)


class DatabaseLocked(_AboutTheDatabase):
    """A write waited past the busy timeout for another connection's lock."""


class DatabaseReadOnly(_AboutTheDatabase):
    """The database or its folder cannot be written; reading still works."""


class DiskFull(_AboutTheDatabase):
    """The disk is full; nothing already saved was lost, the last change was not saved."""


class NoRoomForBackup(DiskFull):
    """A backup of ``location`` did not fit: it needs about ``needed`` bytes, ``free`` are free.

    Nothing was changed. A routine backup that does not fit is put off instead (writes need far
    less room than a copy of the whole database); one before an import, a restore or a removal
    is not, and this says how much room to free.
    """

    def __init__(self, location: str, *, needed: int, free: int) -> None:
        self.needed = needed
        self.free = free
        megabytes = {"needed": _megabytes(needed), "free": _megabytes(free)}
        message = english("backup_no_room", location=location, **megabytes)
        super().__init__(message, location=location)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


class DatabaseCorrupt(_AboutTheDatabase):
    """The database failed its integrity check; ``set_aside`` is where the damaged file went.

    ``location`` is set only with the standard "damaged or not a cxcareer database" sentence
    (see :mod:`cxcareer.store.sqlite_errors`); other messages leave it ``None``.
    """

    def __init__(
        self, message: str, set_aside: Path | None = None, *, location: str | None = None
    ) -> None:
        self.set_aside = set_aside
        super().__init__(message, location=location)


class TargetRefused(StoreError):
    """A file an export was told to write that it must not write (see
    :mod:`cxcareer.store.write_target`); ``reason`` picks the sentence (``target_<reason>``),
    ``file`` is the name as given and ``facts`` what else the sentence names. Nothing was written.
    """

    def __init__(self, file: str, reason: str, **facts: str) -> None:
        self.file = file
        self.reason = reason
        self.facts = facts
        super().__init__(english(f"target_{reason}", file=file, **facts))


class BundleInvalid(StoreError):
    """An exported bundle that cannot be imported; ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems) or "invalid bundle")


#: Tables a person knows as part of another's subject (an item is part of its rating).
_SAME_SUBJECT = {"assessment_items": "assessments", "meeting_actions": "meetings"}


class ServerRefused(StoreError):
    """A company server said no: its policies, a missing grant, or a schema only its admin may
    upgrade. ``reason`` picks the sentence (``server_<reason>``), ``table`` what it was about;
    nothing was changed.
    """

    def __init__(self, reason: str, *, role: str = "", table: str = "", revision: str = "") -> None:
        self.reason = reason
        self.role = role
        table = _SAME_SUBJECT.get(table, table)
        self.table = table if f"server_what_{table}" in ERROR_TEXTS else "data"
        self.revision = revision
        what = english(f"server_what_{self.table}")
        super().__init__(english(f"server_{reason}", role=role, revision=revision, what=what))
