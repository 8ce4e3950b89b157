"""Showing an error to a person: one sentence that names the problem, never a traceback.

Why here: store errors, unknown ids, levels off the scale and file errors all reach the screens;
each already carries a plain message, so the dialog shows that message and a title in the
current language. The store's errors about the database itself are said in the current language
from the one Qt-free catalogue (:mod:`cxcareer.service.texts.store_errors`), word for word as the
CLI says them. Anything unexpected is reported as such, with its type, so it can be fixed.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxcareer.framework import FrameworkError
from cxcareer.store.errors import StoreError

__all__ = ["describe_error", "show_error"]

log = logging.getLogger(__name__)

#: Errors whose message is written for people, shown as they are.
_PLAIN = (StoreError, FrameworkError, ValueError, OSError, sqlite3.Error)


def describe_error(error: BaseException) -> str:
    """The message to show for ``error``, in the language the app speaks."""
    # Imported here: the opening window imports this module before its first paint.
    from cxcareer.service.problems import describe_problem
    from cxcareer.ui.common.locale import current_language

    said = describe_problem(error, current_language())
    if said is not None:
        return said
    if isinstance(error, OSError) and error.filename:
        reason = error.strerror or str(error)
        return f"{error.filename}: {reason}"
    if isinstance(error, StoreError):
        from cxcareer.service.texts.store_errors import store_message

        return store_message(error, current_language()) or type(error).__name__
    if isinstance(error, _PLAIN):
        return str(error) or type(error).__name__
    orig = getattr(error, "orig", None)  # SQLAlchemy wraps driver errors
    if orig is not None:
        first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
        return first
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong ({kind}: {message})."
    ).format(kind=type(error).__name__, message=error)


def show_error(parent: QWidget | None, error: BaseException, *, title: str = "") -> None:
    """A modal warning with the plain message of ``error``; logged with its traceback."""
    log.warning("shown to the user: %s", error, exc_info=error)
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("errors", "cxcareer"),
        describe_error(error),
    )
