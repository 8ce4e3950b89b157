"""Suite-wide settings: headless Qt, and the guard that no test opens a network socket."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.store.database import open_database, resolve_location

# Widgets are driven offscreen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests choose their language explicitly; never inherit the developer's locale by accident.
os.environ.setdefault("CXCAREER_DEBUG", "0")

pytest_plugins = ["tests.no_network", "tests.company_server"]


@pytest.fixture(autouse=True)
def own_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test its own user data folder: signing keys and pins never touch the real ones."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))


@pytest.fixture
def career_app(tmp_path: Path) -> Iterator[CareerApp]:
    """A CareerApp on a fresh SQLite file holding the built-in framework and nobody yet."""
    database = open_database(resolve_location(str(tmp_path / "profiles.db")))
    app = CareerApp(database, lang="en", user="Tester")
    app.builtin_version()
    yield app
    app.database.close()


@pytest.fixture
def demo_app(career_app: CareerApp) -> CareerApp:
    """The same database filled with the demo team (skipped until the demo module exists)."""
    try:
        demo = importlib.import_module("cxcareer.service.demo")
    except ModuleNotFoundError:
        pytest.skip("the demo team is not built yet")
    demo.create_demo(career_app)
    return career_app


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built once per run (with the build hook, no network)."""
    root = Path(__file__).resolve().parent.parent
    folder = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index"),
            *("--no-build-isolation", "-q", "-w", str(folder), str(root)),
        ],
        check=True,
        cwd=folder,
    )
    (wheel,) = folder.glob("cxcareer-*.whl")
    return wheel
