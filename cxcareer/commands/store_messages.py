"""The store's errors about the database, said in the CLI's language.

Why: :mod:`cxcareer.store` writes its messages in English (it knows nothing of languages and may
not import the CLI). The errors about the database itself keep the facts of their sentence
(``location``, ``revision``, ``pid``, ``host``), so the CLI rebuilds that sentence from the
catalogue; any other store error is shown as the store wrote it.
"""

from __future__ import annotations

from cxcareer.commands.messages import t
from cxcareer.store.errors import (
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    StoreError,
)

__all__ = ["store_message"]

_BY_LOCATION: tuple[tuple[type[StoreError], str], ...] = (
    (DiskFull, "db_disk_full"),
    (DatabaseReadOnly, "db_read_only"),
    (DatabaseLocked, "db_locked"),
    (DatabaseCorrupt, "db_corrupt"),
)


def _holder(error: DatabaseInUse, lang: str) -> str:
    holder = t("db_holder_pid", lang, pid=error.pid) if error.pid else t("db_holder_unknown", lang)
    if error.host:
        holder = t("db_holder_host", lang, holder=holder, host=error.host)
    return holder


def store_message(error: StoreError, lang: str) -> str:
    """The message of ``error`` in ``lang``; ``str(error)`` when it has no catalogue sentence."""
    if isinstance(error, DatabaseTooNew):
        return t("db_too_new", lang, location=error.location, revision=error.revision)
    if isinstance(error, DatabaseInUse):
        return t("db_in_use", lang, location=error.location, holder=_holder(error, lang))
    location = getattr(error, "location", None)
    for kind, key in _BY_LOCATION:
        if isinstance(error, kind) and location is not None:
            return t(key, lang, location=location)
    return str(error)
