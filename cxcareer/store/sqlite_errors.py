"""Turn low-level SQLite and file-system failures into the store's plain-language errors.

Why: a person hitting "disk I/O error" or a SQLAlchemy traceback cannot act on it. The store
catches driver errors at its edges and calls :func:`translate`; what comes back says what
happened and what to do, and the UI/CLI show ``str(error)`` (or, in Portuguese, the same
sentence rebuilt from the error's ``location``: keep those copies in step with the text here).
Anything not recognised returns ``None`` so the caller re-raises the original (a bug should
stay a visible bug).

The primary SQLite result code (``sqlite_errorcode & 0xFF``, Python 3.11+) is the most reliable
signal; message matching is the fallback for errors raised without a code (for example by
SQLAlchemy's pool, or by older drivers).
"""

from __future__ import annotations

import errno
import sqlite3

from cxcareer.store.error_texts import english
from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    StoreError,
)

__all__ = ["corrupt_error", "database_error", "read_only_error", "translate"]

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
# Extended codes that mean "the write itself failed": with RLIMIT_FSIZE or a quota the OS refuses
# the write (EFBIG/EDQUOT) and SQLite reports IOERR_WRITE rather than FULL. Same advice applies.
SQLITE_IOERR_WRITE = SQLITE_IOERR | (3 << 8)
SQLITE_IOERR_FSYNC = SQLITE_IOERR | (4 << 8)
SQLITE_IOERR_TRUNCATE = SQLITE_IOERR | (6 << 8)
SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8)
_WRITE_IOERRS = {
    SQLITE_IOERR_WRITE,
    SQLITE_IOERR_FSYNC,
    SQLITE_IOERR_TRUNCATE,
    SQLITE_IOERR_SHMSIZE,
}

_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}
_READONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _disk_full(location: str) -> DiskFull:
    return DiskFull(english("db_disk_full", location=location), location=location)


def read_only_error(location: str) -> DatabaseReadOnly:
    return DatabaseReadOnly(english("db_read_only", location=location), location=location)


def _locked(location: str) -> DatabaseLocked:
    return DatabaseLocked(english("db_locked", location=location), location=location)


def corrupt_error(location: str) -> DatabaseCorrupt:
    """The plain "damaged or not a cxcareer database" error: what SQLite found (page numbers,
    "malformed") helps nobody in front of the app, and is left out."""
    return DatabaseCorrupt(english("db_corrupt", location=location), location=location)


def _unwrap(exc: BaseException) -> BaseException:
    """The driver exception under a SQLAlchemy ``DBAPIError`` (``.orig``), else ``exc``."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        return orig
    return exc


def _from_code(code: int, location: str) -> StoreError | None:
    primary = code & 0xFF
    if primary == SQLITE_FULL or code in _WRITE_IOERRS:
        return _disk_full(location)
    if primary == SQLITE_READONLY:
        return read_only_error(location)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return _locked(location)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return corrupt_error(location)
    return None


def _from_message(message: str, location: str) -> StoreError | None:
    text = message.lower()
    if "database or disk is full" in text or "no space left" in text:
        return _disk_full(location)
    if "readonly database" in text or "read-only" in text or "readonly" in text:
        return read_only_error(location)
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return _locked(location)
    if "file is not a database" in text or "malformed" in text or "corrupt" in text:
        return corrupt_error(location)
    return None


def translate(exc: BaseException, location: str) -> StoreError | None:
    """The store error meaning the same as ``exc`` (about ``location``), or ``None``.

    Accepts ``sqlite3.Error``, a SQLAlchemy ``DBAPIError`` wrapping one, or ``OSError`` (from
    writing backups, CSV files or lock files). A ``StoreError`` is returned unchanged.
    """
    if isinstance(exc, StoreError):
        return exc
    inner = _unwrap(exc)
    if isinstance(inner, OSError):
        if inner.errno in _FULL_ERRNOS:
            return _disk_full(location)
        if inner.errno in _READONLY_ERRNOS:
            return read_only_error(location)
        return None
    if isinstance(inner, sqlite3.Error):
        code = getattr(inner, "sqlite_errorcode", None)
        if isinstance(code, int):
            found = _from_code(code, location)
            if found is not None:
                return found
        return _from_message(str(inner), location)
    # A SQLAlchemy error without ``orig`` (rare) or another driver: fall back to the text.
    if type(exc).__module__.startswith("sqlalchemy"):
        return _from_message(str(exc), location)
    return None


def database_error(exc: BaseException, location: str) -> StoreError | None:
    """Any database driver failure about ``location`` as a store error; ``None`` for the rest.

    :func:`translate` first (its plain sentences); an error of the database libraries it does
    not recognise (a PostgreSQL server that cannot be reached, an unexpected SQLite code)
    becomes a :class:`StoreError` naming the database with the driver's first line, so a face
    says one line instead of a traceback. Anything else — including ``OSError``, whose file
    may be another than the database — returns ``None``.
    """
    if isinstance(exc, OSError):
        return None
    translated = translate(exc, location)
    if translated is not None:
        return translated
    inner = _unwrap(exc)
    library = type(inner).__module__.split(".")[0]
    if not isinstance(inner, sqlite3.Error) and library not in _DRIVER_LIBRARIES:
        return None
    first = (str(inner).strip().splitlines() or [type(inner).__name__])[0]
    return StoreError(f"{location}: {first}")


#: The libraries whose exceptions mean "the database said no" (SQLAlchemy wraps the drivers').
_DRIVER_LIBRARIES = frozenset({"sqlalchemy", "psycopg", "psycopg2", "sqlite3"})
