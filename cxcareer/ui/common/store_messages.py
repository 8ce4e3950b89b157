"""The store's errors about the database, said in the app's current language.

Why: :mod:`cxcareer.store` is Qt-free and writes English. The errors about the database itself
keep the facts of their sentence (``location``, ``revision``, ``pid``, ``host``), so the app can
say the same sentence through Qt's translators. The English source texts below are the store's
own sentences (see :mod:`cxcareer.store.sqlite_errors` and :mod:`cxcareer.store.errors`), so
English output is unchanged; a test compares them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def _by_location(error: StoreError, location: str) -> str | None:
    if isinstance(error, DiskFull):
        text = QCoreApplication.translate(
            "errors",
            "The disk holding {location} is full, so the last change was not saved. "
            "Everything saved before is intact. Free some space and try again.",
        )
    elif isinstance(error, DatabaseReadOnly):
        text = QCoreApplication.translate(
            "errors",
            "{location} cannot be written (the file or its folder is read-only). "
            "You can still look at your data; to make changes, check the permissions of the "
            "file and its folder, or move it to a folder you can write to.",
        )
    elif isinstance(error, DatabaseLocked):
        text = QCoreApplication.translate(
            "errors",
            "{location} is busy: another program is writing to it. Nothing was changed. "
            "Wait a moment and try again, or close the other program.",
        )
    elif isinstance(error, DatabaseCorrupt):
        text = QCoreApplication.translate(
            "errors",
            "{location} is damaged or is not a cxcareer database. Nothing was changed. "
            "Restore it from a backup (cxcareer keeps them in the 'backups' folder next to it).",
        )
    else:
        return None
    return text.format(location=location)


def _holder(error: DatabaseInUse) -> str:
    if error.pid:
        #: Who holds the database open; in pt-BR with its preposition ("no processo 42").
        holder = QCoreApplication.translate("errors", "process {pid}").format(pid=error.pid)
    else:
        #: Who holds the database open; in pt-BR with its preposition ("em outro processo").
        holder = QCoreApplication.translate("errors", "another process")
    if error.host:
        #: {holder} is "process 42" or "another process"; {host} is a computer's name.
        holder = QCoreApplication.translate("errors", "{holder} on {host}").format(
            holder=holder, host=error.host
        )
    return holder


def store_message(error: StoreError) -> str | None:
    """``error`` said in the current language, or ``None`` when it has no such sentence.

    ``None`` means: show ``str(error)`` (a store error with another message, or one of these
    classes raised without its facts).
    """
    if isinstance(error, DatabaseTooNew):
        return QCoreApplication.translate(
            "errors",
            "{location} was created by a newer version of cxcareer (schema {revision}); "
            "it has not been changed. Update cxcareer to open it.",
        ).format(location=error.location, revision=error.revision)
    if isinstance(error, DatabaseInUse):
        #: {holder} is "process 42", "another process" or "process 42 on laptop"; in pt-BR
        #: their preposition is part of them ("no processo 42").
        return QCoreApplication.translate(
            "errors",
            "{location} is open for writing in {holder}. Close that cxcareer first, "
            "or open this one read-only.",
        ).format(location=error.location, holder=_holder(error))
    location = getattr(error, "location", None)
    if isinstance(location, str):
        return _by_location(error, location)
    return None
