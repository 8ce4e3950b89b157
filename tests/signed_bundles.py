"""Two laptops that exchange signed bundles: each user with their own keys folder and person.

Why a helper of its own: the service, the CLI-free fuzz and the sharing screens all need the
same exchange (the employee Ana, her manager Bruno), and each side must sign with its own key
and keep its own pins, as two real users on two laptops would.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cxcareer.service.bundle_preview import ImportReport, apply_bundle
from cxcareer.service.bundle_signing import SigningKey, sign_bundle, signing_key
from cxcareer.service.career import CareerApp
from cxcareer.store.bundle import export_bundle
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.records import ActionStatus, Assessor
from cxcareer.store.services import actions, meetings, people


def dump(database: Database) -> list[str]:
    """Every row of every table, as SQL text: the content to compare before and after."""
    path = database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@dataclass
class Side:
    """One laptop: its app, its user's keys folder and the person the user signs as.

    The keys folder is where the app looks with ``XDG_DATA_HOME`` set to :attr:`data_home`.
    """

    app: CareerApp
    keys: Path
    me: str = ""

    @property
    def data_home(self) -> Path:
        """The user data folder whose ``cxcareer/keys`` is :attr:`keys`."""
        return self.keys.parent.parent

    @property
    def key(self) -> SigningKey:
        return signing_key(self.keys)

    def unsigned(self, person_id: str, *, private: bool = False) -> dict[str, Any]:
        with self.app.database.session() as session:
            return export_bundle(session, person_id, include_private=private)

    def bundle(self, person_id: str, *, private: bool = False) -> dict[str, Any]:
        """The bundle of ``person_id`` as this side exports it, signed as ``me``."""
        with self.app.database.session() as session:
            name = people.find_person(session, self.me).name
        return sign_bundle(self.unsigned(person_id, private=private), self.me, name, self.key)

    def take(self, bundle: dict[str, Any], *, trust_new_key: bool = False) -> ImportReport:
        """Import ``bundle`` here, with this side's pins."""
        return apply_bundle(self.app.database, bundle, trust_new_key=trust_new_key, keys=self.keys)


def side(folder: Path, user: str) -> Side:
    """A fresh laptop in ``folder``: an empty database and an empty keys folder."""
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(resolve_location(str(folder / "cxcareer.db")))
    return Side(CareerApp(database, user=user), folder / "data" / "cxcareer" / "keys")


def exchange(tmp_path: Path) -> tuple[Side, Side, str]:
    """(employee, manager, Ana's id), each side with its own history of Ana.

    Ana rates herself; her first bundle goes to the manager, who adds himself as her manager,
    rates her and holds a one-to-one (with private notes); Ana meanwhile rates herself again and
    finishes an action.
    """
    employee, manager = side(tmp_path / "employee", "Ana"), side(tmp_path / "manager", "Bruno")
    ana = employee.app.create_person(
        "Ana Souza", current_role="support-representative", targets=["support-specialist"]
    ).value
    employee.me = ana.id
    employee.app.rate(ana.id, {"communication": 3, "empathy-patience": 2}, assessor=Assessor.SELF)
    manager.take(employee.bundle(ana.id))
    with manager.app.database.session() as session:
        manager.me = people.create_person(session, "Bruno Lima").id
        people.set_manager(session, ana.id, manager.me)
    manager.app.rate(ana.id, {"communication": 2}, assessor=Assessor.MANAGER)
    with manager.app.database.session() as session:
        meetings.record_meeting(
            session,
            ana.id,
            date(2026, 11, 20),
            "Bruno",
            shared_notes="growth",
            private_notes="psst",
        )
    employee.app.rate(ana.id, {"empathy-patience": 3}, assessor=Assessor.SELF)
    with employee.app.database.session() as session:
        action = actions.add_action(session, ana.id, "Shadow a lead", "Ana", skill="communication")
        actions.set_action_status(session, action.id, ActionStatus.DONE)
    return employee, manager, ana.id
