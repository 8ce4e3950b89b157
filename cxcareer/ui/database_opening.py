"""Opening the database for the desktop app, with every problem explained in a dialog.

Why apart from the composition root: what can go wrong when opening (another cxcareer holds
the file, the file is damaged, the server refuses) is a conversation with the person — read-only
instead? recover from a backup? — not wiring. The composition root (:mod:`cxcareer.ui.app`) and
the controller's reopen (after a restore) both open through :func:`open_for_ui`, so each
problem is explained the same way, never as a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxcareer.store.errors import DatabaseCorrupt, DatabaseInUse, StoreError
from cxcareer.ui.common.errors import describe_error

if TYPE_CHECKING:
    from cxcareer.service.opening import Database, Location

__all__ = ["explain_cannot_open", "open_for_ui"]


def explain_cannot_open(error: BaseException, parent: QWidget | None = None) -> None:
    """Say, in a dialog, why the database cannot be opened (never a traceback)."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("app", "Cannot open the database"),
        describe_error(error),
    )


def _ask(title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def open_for_ui(
    location: Location, *, read_only: bool = False, defer_engine: bool = False
) -> Database | None:
    """Open the database for the app, explaining problems; None when the person gave up.

    ``defer_engine``: see :func:`cxcareer.service.opening.open_for_app`;
    :func:`cxcareer.ui.app.run` asks for it so the first screen is read and painted before
    SQLAlchemy loads (``cxcareer.ui.app._finish_opening``).
    """
    from cxcareer.service.opening import open_for_app

    try:
        return open_for_app(location, read_only=read_only, defer_engine=defer_engine)
    except DatabaseInUse as error:
        holder = error.host or ""
        question = QCoreApplication.translate(
            "app",
            "This database is open in another cxcareer window{where} (process {pid}).\n\n{path}"
            "\n\nOpen it read-only? You can look at everything but not change it.",
        ).format(
            where=QCoreApplication.translate("app", " on {host}").format(host=holder)
            if holder
            else "",
            pid=error.pid or "?",
            path=location,
        )
        if _ask(
            QCoreApplication.translate("app", "Database in use"),
            question,
            QCoreApplication.translate("app", "Open read-only"),
            QCoreApplication.translate("app", "Quit"),
        ):
            return _open_or_explain(location, read_only=True)
        return None
    except DatabaseCorrupt as error:
        return _recover(location, error)
    except (StoreError, OSError) as error:
        explain_cannot_open(error)
        return None


def _open_or_explain(location: Location, *, read_only: bool) -> Database | None:
    from cxcareer.service.opening import open_for_app

    try:
        return open_for_app(location, read_only=read_only)
    except (StoreError, OSError) as error:
        explain_cannot_open(error)
        return None


def _recover(location: Location, error: DatabaseCorrupt) -> Database | None:
    from cxcareer.service.database_care import recover_damaged

    if location.path is None:
        explain_cannot_open(error)
        return None
    question = QCoreApplication.translate(
        "app",
        "{problem}\n\ncxcareer can set the damaged file aside (nothing is deleted) and continue "
        "from the newest good backup. Do that now?",
    ).format(problem=describe_error(error))
    if not _ask(
        QCoreApplication.translate("app", "Damaged database"),
        question,
        QCoreApplication.translate("app", "Recover"),
        QCoreApplication.translate("app", "Quit"),
    ):
        return None
    outcome = recover_damaged(location)
    QMessageBox.information(None, QCoreApplication.translate("app", "Damaged database"), outcome)
    return _open_or_explain(location, read_only=False)
