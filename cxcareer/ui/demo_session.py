"""The throw-away database behind ``cxcareer --demo``: where it lives, its team, its removal.

Why apart from the composition root: the demo is a side door into the app with its own life
cycle — a temporary file filled with the sample team before the window opens and deleted when
the process ends — that the normal start never takes. The service module with the team itself
(:mod:`cxcareer.service.demo`) is imported only here and only for a demo, so a normal start
does not load it.
"""

from __future__ import annotations

import atexit
import importlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxcareer.service.opening import Database, Location

__all__ = ["DemoUser", "demo_location", "fill_demo", "remove_demo"]


@dataclass(frozen=True)
class DemoUser:
    """The person of the sample team the demo is seen through ("Me"), and her name."""

    person_id: str
    name: str


def demo_location() -> tuple[Location, Path]:
    """A fresh temporary database location for the demo, removed when the process exits."""
    from cxcareer.service.opening import resolve_location

    demo = importlib.import_module("cxcareer.service.demo")
    path = Path(demo.demo_database_path())
    atexit.register(remove_demo, path)
    return resolve_location(str(path)), path


def remove_demo(path: Path) -> None:
    """Remove the demo database's private folder and all it holds.

    The whole folder, not a list of names: the database's WAL and SHM files, its backups
    (taken before a deletion or an import, as for real data) and whatever SQLite or the store
    may add later are all the demo's, and nothing of it may stay in the temporary folder.
    """
    shutil.rmtree(path.parent, ignore_errors=True)


def fill_demo(database: Database, lang: str) -> DemoUser:
    """Build the sample team; returns its manager: the demo is seen through her."""
    from cxcareer.service.career import CareerApp

    demo = importlib.import_module("cxcareer.service.demo")
    team = demo.create_demo(CareerApp(database, lang=lang))
    return DemoUser(team.manager.id, team.manager.name)
