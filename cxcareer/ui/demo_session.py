"""The throw-away database behind ``cxcareer --demo``: where it lives, its team, its removal.

Why apart from the composition root: the demo is a side door into the app with its own life
cycle — a temporary file filled with the sample team before the window opens and deleted when
the process ends — that the normal start never takes. The service module with the team itself
(:mod:`cxcareer.service.demo`) is imported only here and only for a demo, so a normal start
does not load it.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxcareer.service.opening import Database, Location

__all__ = ["demo_location", "fill_demo"]


def demo_location() -> tuple[Location, Path]:
    """A fresh temporary database location for the demo, removed when the process exits."""
    from cxcareer.service.opening import resolve_location

    demo = importlib.import_module("cxcareer.service.demo")
    path = Path(demo.demo_database_path())
    atexit.register(_remove_demo, path)
    return resolve_location(str(path)), path


def _remove_demo(path: Path) -> None:
    for candidate in path.parent.glob(path.name + "*"):
        candidate.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def fill_demo(database: Database, lang: str) -> tuple[str, str]:
    """Build the sample team; returns the manager's (id, name): the demo is seen through her."""
    from cxcareer.service.career import CareerApp

    demo = importlib.import_module("cxcareer.service.demo")
    team = demo.create_demo(CareerApp(database, lang=lang))
    return team.manager.id, team.manager.name
