"""Two laptops for sharing tests: an employee's and a manager's database, each with its own history.

Both know Ana: the manager imported her first bundle, then rated her and held a one-to-one
(with private notes); the employee meanwhile rated herself again and finished an action.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cxcareer.service.bundle_preview import apply_bundle
from cxcareer.service.career import CareerApp
from cxcareer.store.bundle import export_bundle
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.records import ActionStatus, Assessor
from cxcareer.store.services import actions, meetings
from cxcareer.ui.controller import ProfileController


@dataclass
class Laptop:
    """One side: its controller and a window-like widget to parent dialogs."""

    controller: ProfileController
    widget: QWidget

    @property
    def app(self) -> CareerApp:
        return self.controller.app

    def dump(self) -> list[str]:
        """Every row of every table as SQL text."""
        return dump(self.app.database)


def dump(database: Database) -> list[str]:
    path = database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def _laptop(qtbot: object, tmp_path: Path, name: str, user: str) -> Laptop:
    folder = tmp_path / name
    folder.mkdir()
    app = CareerApp(open_database(resolve_location(str(folder / "cxcareer.db"))), user=user)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sharing/last_folder", str(tmp_path))
    controller = ProfileController(app, settings)
    widget = QWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return Laptop(controller, widget)


@pytest.fixture
def laptops(qapp: QApplication, qtbot: object, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """(employee, manager), with Ana selected on the employee's side only."""
    employee = _laptop(qtbot, tmp_path, "employee", "Ana")
    manager = _laptop(qtbot, tmp_path, "manager", "Bruno")
    ana = employee.app.create_person(
        "Ana Souza", current_role="support-representative", targets=["support-specialist"]
    ).value
    employee.app.rate(ana.id, {"communication": 3}, assessor=Assessor.SELF)
    with employee.app.database.session() as session:
        first = export_bundle(session, ana.id)
    apply_bundle(manager.app.database, first)
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
    employee.controller.select_person(ana.id)
    yield employee, manager
    employee.app.database.close()
    manager.app.database.close()
