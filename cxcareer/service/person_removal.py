"""Deleting a person for good: only after the name is typed back and a backup is taken.

Why so careful: deletion is the one step in cxcareer that cannot be undone from inside the app
(archiving is the everyday way to hide someone). The backup comes first and deletion is refused
if it fails, so "restore the backup from before the deletion" is always an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cxcareer.service.backups import backup_now
from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.comparison import sort_key_text
from cxcareer.service.rules import Refused

if TYPE_CHECKING:  # the services bring SQLAlchemy, which the app loads after its first paint
    from cxcareer.store.services.people import PersonDeletion

__all__ = ["BACKUP_REASON", "Removal", "delete_person", "name_confirms"]

#: The reason written into the backup's name.
BACKUP_REASON = "before-delete"


@dataclass(frozen=True)
class Removal:
    """What was deleted and the backup holding it (None: a server database, backed up there)."""

    deletion: PersonDeletion
    backup: Path | None


def name_confirms(typed: str, name: str) -> bool:
    """True when ``typed`` is the person's name (ignoring case, accents and outer spaces)."""
    return bool(typed.strip()) and sort_key_text(typed.strip()) == sort_key_text(name.strip())


def delete_person(app: CareerApp, person_id: str, typed_name: str) -> Outcome[Removal]:
    """Back the database up, then delete the person and everything about them.

    Raises:
        Refused: ``typed_name`` is not the person's name (nothing happens).
        StoreError / OSError: the backup failed (nothing is deleted), or the deletion did.
    """
    from cxcareer.store.services import people as people_services

    app.writable()
    person = app.person(person_id)
    if not name_confirms(typed_name, person.name):
        raise Refused("confirm_name", name=repr(person.name))
    backup = backup_now(app.database.location, BACKUP_REASON, only_if_changed=False)
    with app.database.session() as session:
        deletion = people_services.delete_person(session, person.id)
    touched = {person.id, *deletion.former_reports}
    return Outcome(
        Removal(deletion, backup), Changes.of(Aspect.PEOPLE, Aspect.PROFILE, people=touched)
    )
