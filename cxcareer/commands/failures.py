"""Every failure of a command said as one line in the chosen language: :func:`failure_message`.

Why one place: a person who typed a command must never see a traceback, and must read the same
sentence the desktop app shows for the same refusal. The service's problems (its rules, unknown
ids, levels off the scale) are said by :func:`cxcareer.service.problems.describe_problem`, as the
app says them; the store's errors about the database by the one catalogue
(:mod:`cxcareer.service.texts.store_errors`, as the app says them); driver errors are recognised
by the service (:func:`cxcareer.service.opening.plain_error`), so no command knows
SQLAlchemy.
"""

from __future__ import annotations

from cxcareer.framework import FrameworkError
from cxcareer.service.opening import plain_error
from cxcareer.service.problems import describe_problem
from cxcareer.service.texts import say as t
from cxcareer.service.texts.store_errors import store_message
from cxcareer.store.errors import DatabaseCorrupt, StoreError

__all__ = ["corrupt_message", "failure_message"]


def corrupt_message(location: str, lang: str) -> str:
    """A damaged database said plainly (no SQLite internals), with the commands that restore
    the newest good backup."""
    said = t("db_corrupt", lang, location=location)
    return f"{said} {t('db_corrupt_commands', lang, location=location)}"


def failure_message(error: BaseException, lang: str, location: str | None) -> str | None:
    """``error`` as one line in ``lang``; ``None`` for a bug (an error nobody meant to raise).

    ``location`` is the database the command used, named by driver errors that do not name it.
    """
    said = describe_problem(error, lang)
    if said is not None:
        return said
    if isinstance(error, DatabaseCorrupt) and error.location and error.set_aside is None:
        return corrupt_message(error.location, lang)
    if isinstance(error, StoreError):
        return store_message(error, lang)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return t("cannot_read", lang, file=error.filename or "?", reason=reason)
    if location is not None:
        plain = plain_error(error, location)
        if plain is not None:
            return store_message(plain, lang)
    if isinstance(error, FrameworkError | ValueError):  # written for people where raised
        return str(error)
    return None
