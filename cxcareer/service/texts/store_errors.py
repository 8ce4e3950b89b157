"""A store error said in the reader's language, the same way by the CLI and the desktop app.

Why a function rather than each face picking keys: which sentence fits depends on the error's
class and on which facts it carries; deciding that once keeps the CLI and the app in step.
"""

from __future__ import annotations

from cxcareer.service.formats import format_size
from cxcareer.service.texts import say
from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    NoRoomForBackup,
    ServerRefused,
    StoreError,
    TargetRefused,
)

__all__ = ["store_message"]

_BY_LOCATION: tuple[tuple[type[StoreError], str], ...] = (
    (DiskFull, "db_disk_full"),
    (DatabaseReadOnly, "db_read_only"),
    (DatabaseLocked, "db_locked"),
    (DatabaseCorrupt, "db_corrupt"),
)


def _holder(error: DatabaseInUse, lang: str) -> str:
    if error.pid:
        holder = say("db_holder_pid", lang, pid=error.pid)
    else:
        holder = say("db_holder_unknown", lang)
    if error.host:
        holder = say("db_holder_host", lang, holder=holder, host=error.host)
    return holder


def store_message(error: StoreError, lang: str) -> str:
    """``error`` said in ``lang``; ``str(error)`` when it has no catalogue sentence.

    That is: any other store error, or one of these classes raised without its facts (its
    message is then already the whole story, as the store wrote it).
    """
    if isinstance(error, ServerRefused):
        what = say(f"server_what_{error.table}", lang)
        return say(
            f"server_{error.reason}", lang, role=error.role, revision=error.revision, what=what
        )
    if isinstance(error, NoRoomForBackup):
        sizes = {"needed": format_size(error.needed, lang), "free": format_size(error.free, lang)}
        return say("backup_no_room", lang, location=error.location, **sizes)
    if isinstance(error, TargetRefused):
        return say(f"target_{error.reason}", lang, file=error.file, **error.facts)
    if isinstance(error, DatabaseTooNew):
        return say("db_too_new", lang, location=error.location, revision=error.revision)
    if isinstance(error, DatabaseInUse):
        return say("db_in_use", lang, location=error.location, holder=_holder(error, lang))
    location = getattr(error, "location", None)
    for kind, key in _BY_LOCATION:
        if isinstance(error, kind) and location is not None:
            return say(key, lang, location=location)
    return str(error)
