"""Two laptops for sharing tests: an employee's and a manager's database, each with its own history.

Both know Ana: the manager imported her first (signed) bundle, made himself her manager, rated
her and held a one-to-one (with private notes); the employee meanwhile rated herself again.
Each laptop's user has their own keys; :meth:`Laptop.use` makes the app's default keys folder
that laptop's, as if that user were at the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController
from tests.signed_bundles import Side, dump, exchange


@dataclass
class Laptop:
    """One side: its controller, a window-like widget to parent dialogs, and its user's keys."""

    controller: ProfileController
    widget: QWidget
    side: Side
    monkeypatch: pytest.MonkeyPatch

    @property
    def app(self) -> CareerApp:
        return self.controller.app

    @property
    def keys(self) -> Path:
        return self.side.keys

    def use(self) -> None:
        """This laptop's user at the keyboard: the app signs and pins with their keys."""
        self.monkeypatch.setenv("XDG_DATA_HOME", str(self.side.data_home))

    def dump(self) -> list[str]:
        """Every row of every table as SQL text."""
        return dump(self.app.database)


def _laptop(
    qtbot: object, tmp_path: Path, side: Side, name: str, monkeypatch: pytest.MonkeyPatch
) -> Laptop:
    settings = QSettings(str(tmp_path / name / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sharing/last_folder", str(tmp_path))
    controller = ProfileController(side.app, settings)
    controller.set_me(side.me)
    widget = QWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    return Laptop(controller, widget, side, monkeypatch)


@pytest.fixture
def laptops(
    qapp: QApplication, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Laptop, Laptop]]:
    """(employee, manager), with Ana selected on the employee's side only."""
    employee_side, manager_side, ana = exchange(tmp_path)
    employee = _laptop(qtbot, tmp_path, employee_side, "employee", monkeypatch)
    manager = _laptop(qtbot, tmp_path, manager_side, "manager", monkeypatch)
    employee.controller.select_person(ana)
    yield employee, manager
    employee.app.database.close()
    manager.app.database.close()
