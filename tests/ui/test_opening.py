"""The opening window painted first, and the app start that swaps in the main window after it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from bench.startup_probe import StartupProbe
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.opening import OpeningWindow
from cxcareer.ui.pages import PAGES
from tests.app_process import isolated_env, run_python


def test_opening_window_paints_the_frame_and_a_message(
    qtbot: QtBot, ui_settings: QSettings
) -> None:
    window = OpeningWindow(ui_settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPainted, timeout=5000):
        window.show()
    assert window.painted
    assert window.windowTitle() == "cxcareer"
    message = window.findChild(QLabel, "openingMessage")
    assert message is not None
    # in the language installed by earlier tests: whichever it is, the catalog's wording
    assert message.text() == QCoreApplication.translate("OpeningWindow", "Opening your profile…")
    assert message.text()
    assert message.accessibleName()
    nav = window.findChild(QListWidget, "openingNavigation")
    assert nav is not None
    assert not nav.isEnabled()
    assert [nav.item(row).text() for row in range(nav.count())] == [s.title() for s in PAGES]
    assert window.size().width() == 1280


def test_opening_window_stays_until_finished(qtbot: QtBot, ui_settings: QSettings) -> None:
    window = OpeningWindow(ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible(), "closing is refused while the app is still opening"
    window.finish()
    assert not window.isVisible()


def test_opening_window_takes_the_remembered_geometry(
    qtbot: QtBot, ui_settings: QSettings, qapp: QApplication
) -> None:
    first = OpeningWindow(ui_settings)
    qtbot.addWidget(first)
    first.resize(700, 500)  # inside the 800x600 offscreen screen
    ui_settings.setValue("window/geometry", first.saveGeometry())
    second = OpeningWindow(ui_settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def _start(tmp_path: Path, stage: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A real start through the bench's probe, which quits at ``stage``."""
    return run_python(["-m", "bench.startup_probe", stage, *args], isolated_env(tmp_path))


def test_the_app_paints_first_then_opens_the_profile_in_portuguese(tmp_path: Path) -> None:
    """A real start: the opening paint is reported, the database opens, the overview shows a
    person, and the parsed framework is cached for the next start."""
    from cxcareer.service.career import CareerApp
    from cxcareer.store.database import open_database, resolve_location

    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    CareerApp(database).create_person("Ana Souza", current_role="support-representative")
    database.close()

    painted = _start(tmp_path, "painted", "--db", str(path), "--lang", "pt-BR")
    assert painted.returncode == 0, painted.stderr
    assert painted.stdout.startswith("painted ")
    assert "Traceback" not in painted.stderr
    cached = list((tmp_path / "cache" / "cxcareer" / "frameworks").glob("*.pickle"))
    assert len(cached) == 1, "the built-in framework was cached"

    ready = _start(tmp_path, "ready", "--db", str(path), "--lang", "pt-BR")
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("ready "), ready.stdout
    assert ready.stdout.split()[-1] == "sqlalchemy-loaded=False", "painted before SQLAlchemy"
    assert "Traceback" not in ready.stderr

    opened = _start(tmp_path, "opened", "--db", str(path), "--lang", "pt-BR")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.startswith("opened "), opened.stdout
    assert "Traceback" not in opened.stderr


def test_read_only_start_in_the_dark_theme_opens_the_profile(tmp_path: Path) -> None:
    from cxcareer.service.career import CareerApp
    from cxcareer.store.database import open_database, resolve_location

    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    CareerApp(database).create_person("Ana Souza", current_role="support-representative")
    database.close()
    before = path.read_bytes()
    config = tmp_path / "config" / "cxcareer"
    config.mkdir(parents=True)
    (config / "cxcareer.conf").write_text("[General]\ntheme=dark\n")
    ready = _start(tmp_path, "ready", "--db", str(path), "--read-only")
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("ready "), ready.stdout
    # read-only opens never defer the engine (see open_database)
    assert ready.stdout.split()[-1] == "sqlalchemy-loaded=True"
    assert path.read_bytes() == before


def test_imports_skip_pysides_feature_scan_only_inside(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the block PySide6's own lazy import is used directly; Qt modules still work."""
    import builtins

    from cxcareer.ui.feature_scan import without_feature_scan

    hooked = builtins.__import__
    (tmp_path / "opening_probe_module.py").write_text(
        "from PySide6.QtWidgets import QLabel\nLABEL = QLabel('probe')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with without_feature_scan():
        inside = builtins.__import__
        import opening_probe_module  # type: ignore[import-not-found]

    assert opening_probe_module.LABEL.text() == "probe"
    assert builtins.__import__ is hooked
    plain = getattr(builtins, "__orig_import__", None)
    if plain is not None and plain is not hooked:
        assert inside is plain
    with pytest.raises(RuntimeError), without_feature_scan():
        raise RuntimeError("boom")
    assert builtins.__import__ is hooked


def _run_in_process(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    probe: StartupProbe | None = None,
) -> tuple[int, list[str], list[OpeningWindow]]:
    """``run()`` in this process with dialogs recorded instead of shown; caches under tmp."""
    from PySide6.QtWidgets import QMessageBox

    from cxcareer.framework import cache as framework_cache
    from cxcareer.ui import app as ui_app

    monkeypatch.setenv(framework_cache.ENV_VAR, str(tmp_path / "cache"))
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *_rest: told.append(text)
    )
    openings: list[OpeningWindow] = []
    real_opening = ui_app.OpeningWindow

    def recording_opening(settings: QSettings) -> OpeningWindow:
        window = real_opening(settings)
        openings.append(window)
        return window

    monkeypatch.setattr(ui_app, "OpeningWindow", recording_opening)
    names = (
        QApplication.organizationName(),
        QApplication.applicationName(),
        QApplication.applicationDisplayName(),
    )
    try:
        status = ui_app.run(["--lang", "en", *argv], watcher=probe)
    finally:
        framework_cache.disable()
        QApplication.setOrganizationName(names[0])
        QApplication.setApplicationName(names[1])
        QApplication.setApplicationDisplayName(names[2])
    return status, told, openings


def test_a_database_that_cannot_be_named_is_explained_and_the_app_ends(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, told, openings = _run_in_process(monkeypatch, tmp_path, ["--db", "nosuch://x"])
    assert status == 1
    assert len(told) == 1
    assert "nosuch://x" in told[0]
    assert openings[0].painted, "the opening window was painted before the database was tried"
    assert not openings[0].isVisible()
    # run() left no Quit behind: once pending events are processed (as pytest-qt does between
    # tests), event loops started afterwards still run (tests share the app)
    QCoreApplication.processEvents()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(20)
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        pass


def test_an_unexpected_failure_while_opening_is_shown_not_hung(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxcareer.ui import app as ui_app

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ui_app, "_open_main_window", broken)
    status, told, openings = _run_in_process(
        monkeypatch, tmp_path, ["--db", str(tmp_path / "x.db")]
    )
    assert status == 1
    assert len(told) == 1
    assert "Traceback" not in told[0]
    assert not openings[0].isVisible()


def _team_file(tmp_path: Path) -> Path:
    from cxcareer.service.career import CareerApp
    from cxcareer.store.database import open_database, resolve_location

    path = tmp_path / "team.db"
    database = open_database(resolve_location(str(path)))
    CareerApp(database).create_person("Ana Souza", current_role="support-representative")
    database.close()
    return path


def test_the_overview_is_built_before_the_engine_and_the_engine_right_after(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window shows the person with no engine yet; a worker makes it after the first frame,
    while the window keeps answering events."""
    from cxcareer.store.database import Database
    from cxcareer.ui import app as ui_app

    path = _team_file(tmp_path)
    seen: list[tuple[Database, bool, bool]] = []
    real_finish = ui_app._finish_opening

    def finish(window: MainWindow, qt_app: QApplication, *watcher: StartupProbe | None) -> None:
        database = window.controller.app.database
        seen.append((database, database.engine_started, window.controller.snapshot is not None))
        real_finish(window, qt_app, *watcher)

    monkeypatch.setattr(ui_app, "_finish_opening", finish)
    reported: list[str] = []
    probe = StartupProbe("opened", out=reported.append)
    status, told, openings = _run_in_process(monkeypatch, tmp_path, ["--db", str(path)], probe)
    assert (status, told) == (0, [])
    [(database, started_before, shown)] = seen
    assert (started_before, shown) == (False, True)
    assert database.engine_started, "made by the worker before the app reported 'opened'"
    assert [line.split()[0] for line in reported] == ["opened"]
    assert not openings[0].isVisible()


def test_an_engine_that_cannot_start_is_explained_and_the_app_ends(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cxcareer.store.database import Database

    path = _team_file(tmp_path)

    def no_engine(self: Database) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Database, "start_engine", no_engine)
    status, told, _openings = _run_in_process(monkeypatch, tmp_path, ["--db", str(path)])
    assert status == 1
    assert len(told) == 1
    assert "space" in told[0]
    assert "Traceback" not in told[0]
