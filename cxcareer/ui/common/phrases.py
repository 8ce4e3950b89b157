"""Sentences several screens of the desktop app say, translated once.

Why: Qt Linguist files a ``self.tr()`` under its class, so two screens saying "This database is
open read-only." were two entries for translators, and "Not rated yet." had drifted into two
Portuguese wordings. Screens ask here instead; each sentence is one entry of the ``Phrases``
context in ``shell_pt_BR.ts``. A sentence the CLI or the PDF also says belongs in the Qt-free
catalogue (:mod:`cxcareer.service.texts`), not here; ``tests/service/test_one_wording.py``
checks both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = [
    "action_needs_owner",
    "action_needs_title",
    "add_a_person",
    "add_a_target",
    "add_a_target_role",
    "choose_current_role",
    "export_pack_title",
    "import_bundle_title",
    "last_step_outcome",
    "late_date",
    "level_label",
    "level_not_yet",
    "no_particular_skill",
    "nobody_to_export",
    "not_rated",
    "not_rated_yet",
    "private_notes_stay_here",
    "read_only_database",
    "roles_by_track",
    "search_roles",
    "show_on_the_ladder",
    "skills_and_levels",
]


def read_only_database() -> str:
    """Why a change is refused: the database was opened read-only."""
    return QCoreApplication.translate("Phrases", "This database is open read-only.")


def last_step_outcome() -> str:
    """Accessible name of a status line that reports what the last operation did."""
    return QCoreApplication.translate("Phrases", "Outcome of the last step")


def roles_by_track() -> str:
    """Title of a tree of roles grouped by track."""
    return QCoreApplication.translate("Phrases", "Roles by track")


def search_roles() -> str:
    """Placeholder and accessible name of a field that filters a list of roles as you type."""
    return QCoreApplication.translate("Phrases", "Find a role by part of its title")


def skills_and_levels() -> str:
    """Title of a list of skills with their levels."""
    return QCoreApplication.translate("Phrases", "Skills and levels")


def level_not_yet() -> str:
    """Level 0 in a list of levels."""
    return QCoreApplication.translate("Phrases", "0 · not yet")


def not_rated() -> str:
    """A level nobody gave (a table cell, a short label)."""
    return QCoreApplication.translate("Phrases", "not rated")


def level_label(level: int | None, name: str) -> str:
    """A level as every screen shows it: "3 · Apply" (``name`` is the scale's name for it),
    "0 · not yet", or "not rated" for ``None``."""
    if level is None:
        return not_rated()
    if level <= 0:
        return level_not_yet()
    return f"{level} · {name}" if name and name != str(level) else str(level)


def not_rated_yet() -> str:
    """A skill nobody has rated."""
    return QCoreApplication.translate("Phrases", "Not rated yet.")


def add_a_person() -> str:
    """Accessible name of a button that adds a person."""
    return QCoreApplication.translate("Phrases", "Add a person")


def add_a_target_role() -> str:
    """The button's accessible name and the dialog's title for adding a target role."""
    return QCoreApplication.translate("Phrases", "Add a target role")


def add_a_target() -> str:
    """A button that opens the choice of a new target role."""
    return QCoreApplication.translate("Phrases", "Add a target…")


def choose_current_role() -> str:
    """A button that opens the choice of the person's current role."""
    return QCoreApplication.translate("Phrases", "Choose current role…")


def show_on_the_ladder() -> str:
    """A button that shows a role on the Ladder screen."""
    return QCoreApplication.translate("Phrases", "Show on the ladder")


def late_date(due: str, days: int, lang: str) -> str:
    """A due date that passed, with how late it is: "22 Nov 2026 (10 days late)"."""
    from cxcareer.service.texts import say_count

    late = say_count("count_days_late", days, lang)
    return QCoreApplication.translate("Phrases", "{date} ({late})").format(date=due, late=late)


def no_particular_skill() -> str:
    """The choice of an action that is for no one skill."""
    return QCoreApplication.translate("Phrases", "No particular skill")


def action_needs_title() -> str:
    """Why an action cannot be saved yet: it has no title."""
    return QCoreApplication.translate("Phrases", "Say what the action is.")


def action_needs_owner() -> str:
    """Why an action cannot be saved yet: nobody owns it."""
    return QCoreApplication.translate("Phrases", "Say who owns the action.")


def export_pack_title() -> str:
    """Title of the one-to-one pack's export (dialog and file chooser)."""
    return QCoreApplication.translate("Phrases", "Export one-to-one pack")


def private_notes_stay_here() -> str:
    """Where private notes live."""
    return QCoreApplication.translate(
        "Phrases", "Only in this database; never exported unless you choose to."
    )


def nobody_to_export() -> str:
    """Why a person bundle cannot be exported: the database has no people."""
    return QCoreApplication.translate("Phrases", "There is nobody to export yet.")


def import_bundle_title() -> str:
    """Title of the person bundle's import (file chooser and preview)."""
    return QCoreApplication.translate("Phrases", "Import person bundle")
