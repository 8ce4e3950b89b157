"""The composition root: start Qt, open the database, build the window, wire everything once.

Why one place: every object the screens use (the database, the :class:`CareerApp`, the
controller, translators, the theme, the backup timer) is made here and handed down through
constructors, so each piece can be built alone in tests and nothing reaches for globals.
A database another cxcareer holds, or one that is damaged, is explained here before the main
window appears — never a traceback.

Why the store, the engine and the screens are imported inside functions: :func:`run` first
paints a light :class:`~cxcareer.ui.opening.OpeningWindow` (it needs nothing but Qt), and only
then, from the event loop, imports and opens everything else and swaps in the main window.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cxcareer.framework import cache as framework_cache
from cxcareer.framework import normalise_language
from cxcareer.store.errors import DatabaseCorrupt, DatabaseInUse, StoreError
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.opening import OpeningWindow

if TYPE_CHECKING:
    from cxcareer.store.database import Database, Location
    from cxcareer.ui.common.tasks import Progress
    from cxcareer.ui.main_window import MainWindow

__all__ = ["build_parser", "create_window", "make_language_switcher", "open_for_ui", "run"]

log = logging.getLogger(__name__)

_STARTED = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    """Options of the desktop app (the CLI's subcommands live in :mod:`cxcareer.cli`)."""
    parser = argparse.ArgumentParser(prog="cxcareer", description="cxcareer desktop app")
    parser.add_argument("--db", metavar="PATH|URL", help="the database to open")
    parser.add_argument("--demo", action="store_true", help="explore a throw-away sample team")
    parser.add_argument("--lang", choices=("en", "pt-BR"), help="language of the app")
    parser.add_argument("--read-only", action="store_true", help="open without changing anything")
    return parser


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

    ``defer_engine``: see :func:`cxcareer.store.database.open_database`; :func:`run` asks for it
    so the first screen is read and painted before SQLAlchemy loads (:func:`_finish_opening`).
    """
    from cxcareer.store.database import open_database

    try:
        return open_database(location, read_only=read_only, defer_engine=defer_engine)
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
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(error),
        )
        return None


def _open_or_explain(location: Location, *, read_only: bool) -> Database | None:
    from cxcareer.store.database import open_database

    try:
        return open_database(location, read_only=read_only)
    except (StoreError, OSError) as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(error),
        )
        return None


def _recover(location: Location, error: DatabaseCorrupt) -> Database | None:
    from cxcareer.store.backup import backup_dir_for
    from cxcareer.store.recovery import recover_from_backup

    path = location.path
    if path is None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(error),
        )
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
    outcome = recover_from_backup(path, backup_dir_for(path), datetime.now(UTC))
    QMessageBox.information(
        None, QCoreApplication.translate("app", "Damaged database"), str(outcome)
    )
    return _open_or_explain(location, read_only=False)


def _language(settings: QSettings, chosen: str | None) -> str:
    if chosen:
        return normalise_language(chosen)
    stored = settings.value("language")
    if stored:
        return normalise_language(str(stored))
    return normalise_language(QLocale.system().name())


def make_language_switcher(qt_app: QApplication) -> Callable[[str], None]:
    """A function that swaps the installed translators to another language.

    Removing and installing translators sends ``QEvent.LanguageChange`` to every widget, which
    is how each screen knows to re-translate itself.
    """
    loader = _optional("cxcareer.ui.i18n.loader")
    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        if loader is None:
            return
        for translator in installed:
            qt_app.removeTranslator(translator)
        installed[:] = loader.install_translators(qt_app, lang)  # type: ignore[attr-defined]

    return switch


def _optional(module: str) -> object | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        return None


def create_window(
    database: Database,
    settings: QSettings,
    *,
    lang: str,
    qt_app: QApplication,
    demo: bool = False,
    switch: Callable[[str], None] | None = None,
    themed: bool = False,
) -> MainWindow:
    """Wire the app, the controller and the main window around an open database.

    ``switch`` is the language switcher when the caller has installed the translators already,
    ``themed`` says the caller has applied the stored theme already (as :func:`run` does before
    painting the opening window, so a dark theme never flashes light).
    """
    from cxcareer.service.career import CareerApp
    from cxcareer.ui.controller import ProfileController
    from cxcareer.ui.main_window import MainWindow

    if switch is None:
        switch = make_language_switcher(qt_app)
        switch(lang)
    if not themed:
        _apply_theme(qt_app, settings)
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    career = CareerApp(database, lang=lang, user=user)
    location = database.location
    read_only = database.read_only

    def reopen() -> CareerApp:
        reopened = open_for_ui(location, read_only=read_only)
        if reopened is None:
            raise SystemExit(1)
        return CareerApp(reopened, lang=controller.lang, user=user)

    controller = ProfileController(
        career,
        settings,
        language_switcher=switch,
        reopener=reopen,
    )
    window = MainWindow(controller)
    people = career.people()
    me = controller.me_id()
    chosen = me if me and any(p.id == me for p in people) else None
    if chosen is None and people:
        chosen = people[0].id
    controller.select_person(chosen)
    if not people and not demo and not read_only:
        wizard = _optional("cxcareer.ui.onboarding.wizard")
        if wizard is not None:
            QTimer.singleShot(0, lambda: _first_run(window, wizard))
    if not read_only and location.path is not None:
        _start_backup_timer(window, location)
    return window


def _apply_theme(qt_app: QApplication, settings: QSettings) -> None:
    theme = _optional("cxcareer.ui.settings.theme")
    if theme is not None:
        theme.apply_theme(qt_app, str(settings.value("theme", "system")))  # type: ignore[attr-defined]


def _first_run(window: MainWindow, module: object) -> None:
    dialog = module.OnboardingWizard(window.controller, window)  # type: ignore[attr-defined]
    dialog.exec()


def _start_backup_timer(window: MainWindow, location: Location) -> None:
    """Back up every half hour while data changes (skipped when nothing changed)."""
    from cxcareer.service.backups import EVERYDAY_INTERVAL, backup_now
    from cxcareer.ui.common.tasks import run_in_background

    def tick() -> None:
        run_in_background(
            window,
            QCoreApplication.translate("app", "Backing up…"),
            lambda _progress: backup_now(location, "periodic"),
            lambda made: (
                window.statusBar().showMessage(
                    QCoreApplication.translate("app", "Backed up."), 5000
                )
                if made
                else None
            ),
            on_error=lambda error: window.statusBar().showMessage(describe_error(error), 15000),
        )

    timer = QTimer(window)
    timer.setObjectName("backupTimer")
    timer.setInterval(int(EVERYDAY_INTERVAL.total_seconds() * 1000))
    timer.timeout.connect(tick)
    timer.start()


def _demo_location() -> tuple[Location, Path]:
    from cxcareer.store.database import resolve_location

    demo = importlib.import_module("cxcareer.service.demo")
    path = Path(demo.demo_database_path())
    atexit.register(_remove_demo, path)
    return resolve_location(str(path)), path


def _remove_demo(path: Path) -> None:
    for candidate in path.parent.glob(path.name + "*"):
        candidate.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def _fill_demo(database: Database, lang: str) -> tuple[str, str]:
    """Build the sample team; returns the manager's (id, name): the demo is seen through her."""
    from cxcareer.service.career import CareerApp

    demo = importlib.import_module("cxcareer.service.demo")
    team = demo.create_demo(CareerApp(database, lang=lang))
    return team.manager.id, team.manager.name


def run(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; returns the exit status.

    The opening window is painted first; the rest (:func:`_open_main_window`) runs from the
    event loop right after that paint, then the main window takes the opening window's place.
    """
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    framework_cache.enable()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setOrganizationName("cxcareer")
    qt_app.setApplicationName("cxcareer")
    qt_app.setApplicationDisplayName("cxcareer")
    settings = QSettings()
    lang = _language(settings, args.lang)
    switch = make_language_switcher(qt_app)
    switch(lang)
    _apply_theme(qt_app, settings)
    opening = OpeningWindow(settings)
    opened: list[MainWindow] = []

    def load() -> None:
        try:
            with _without_feature_scan():
                window = _open_main_window(args, qt_app, settings, lang, switch)
        except Exception as error:
            log.exception("the app could not start")
            QMessageBox.critical(
                opening,
                QCoreApplication.translate("app", "cxcareer could not start"),
                describe_error(error),
            )
            window = None
        if window is None:
            opening.finish()
            qt_app.exit(1)
            return
        opened.append(window)
        window.restoreGeometry(opening.saveGeometry())
        window.show()
        opening.finish()

    opening.firstPainted.connect(lambda: QTimer.singleShot(0, load))
    _report_opening_paint(opening)
    opening.show()
    try:
        return qt_app.exec()
    finally:
        from cxcareer.ui.common.tasks import wait_for_background_work

        wait_for_background_work()
        # Closing the last window posts a Quit of its own; left queued after exec() it would
        # stop every later event loop in this process at once (tests call run() in process).
        QCoreApplication.removePostedEvents(qt_app, QEvent.Type.Quit)
        for window in opened:
            window.controller.app.database.close()


def _open_main_window(
    args: argparse.Namespace,
    qt_app: QApplication,
    settings: QSettings,
    lang: str,
    switch: Callable[[str], None],
) -> MainWindow | None:
    """Open the database and build the main window; None when the person gave up."""
    from cxcareer.service.backups import backup_now
    from cxcareer.store.database import resolve_location

    try:
        if args.demo:
            location, _path = _demo_location()
        else:
            location = resolve_location(args.db)
    except (ValueError, OSError) as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(error),
        )
        return None
    database = open_for_ui(location, read_only=args.read_only, defer_engine=not args.demo)
    if database is None:
        return None
    if args.demo:
        demo_manager = _fill_demo(database, lang)
    elif not args.read_only:
        try:
            backup_now(location, "start")
        except (StoreError, OSError) as error:
            log.warning("start-of-use backup failed: %s", error)
    window = create_window(
        database, settings, lang=lang, qt_app=qt_app, demo=args.demo, switch=switch, themed=True
    )
    if args.demo:
        window.controller.app.user = demo_manager[1]
        window.controller.select_person(demo_manager[0])
    _exit_after_paint(window, qt_app)
    window.firstPainted.connect(lambda: _after_frame(lambda: _finish_opening(window, qt_app)))
    return window


def _after_frame(call: Callable[[], None]) -> None:
    """Run ``call`` once the paint pass under way is on screen and what it queued has run."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, call))


def _finish_opening(window: MainWindow, qt_app: QApplication) -> None:
    """Load, off the UI thread, what the first screen could do without: SQLAlchemy and the ORM.

    Why: with a deferred engine (:func:`open_for_ui`) the person's overview was read with the
    standard library and painted first. Right after that first frame this makes the engine and
    reads the people once through the ORM on a worker thread, so the window stays responsive
    meanwhile and the first click does not wait for those imports (a click that needs the
    database sooner waits for the engine, see :meth:`Database.start_engine`). A failure is
    explained and the app closes, as when opening fails.
    """
    from cxcareer.ui.common.tasks import run_in_background

    app = window.controller.app

    def load(_progress: Progress) -> None:
        with _without_feature_scan():
            app.database.start_engine()
            app.people()

    def failed(error: BaseException) -> None:
        log.error("the database could not be opened: %s", error, exc_info=error)
        QMessageBox.critical(
            window,
            QCoreApplication.translate("app", "Cannot open the database"),
            describe_error(error),
        )
        window.close()
        qt_app.exit(1)

    def done(_result: object) -> None:
        if os.environ.get("CXCAREER_EXIT_AFTER_PAINT") == "opened":
            print(f"opened {time.perf_counter() - _STARTED:.4f}", flush=True)
            QTimer.singleShot(0, qt_app.quit)

    run_in_background(
        window,
        QCoreApplication.translate("app", "Opening the database…"),
        load,
        done,
        on_error=failed,
    )


@contextlib.contextmanager
def _without_feature_scan() -> Iterator[None]:
    """Import without PySide6's ``__feature__`` scan, which costs about 0.1 s at each start.

    Why: PySide6 replaces ``builtins.__import__`` with a hook that reads the source of every
    module imported after it (``inspect.getsource``, looking for "PySide6") to decide whether
    ``from __feature__ import snake_case`` switching applies to it. cxcareer never uses
    ``__feature__``, and the store, the engine and the screens are imported after the opening
    window has painted, i.e. after PySide6. For that stretch the hook's own next step,
    ``builtins.__orig_import__`` (PySide6's lazy-type import), is called directly: modules
    imported meanwhile are simply left out of the feature table, exactly as modules imported
    before PySide6 are; lookups treat them as "no feature", which is what the scan would find.
    Without that attribute (another PySide6), nothing changes.
    """
    import builtins

    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is None or plain is hooked:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = hooked


def _report_opening_paint(opening: OpeningWindow) -> None:
    """For the bench: ``CXCAREER_EXIT_AFTER_PAINT=1`` reports the first window's paint.

    The app keeps opening and quits once the main window has painted (see
    :func:`_exit_after_paint`), so a start that fails later still fails visibly.
    """
    if os.environ.get("CXCAREER_EXIT_AFTER_PAINT") == "1":
        opening.firstPainted.connect(
            lambda: print(f"painted {time.perf_counter() - _STARTED:.4f}", flush=True)
        )


def _exit_after_paint(window: MainWindow, qt_app: QApplication) -> None:
    """For ``bench/bench_startup.py``: report the first paint (or the filled window) and quit.

    ``CXCAREER_EXIT_AFTER_PAINT=1`` prints ``painted <s>`` at the first paint of the opening
    window (:func:`_report_opening_paint`) and quits at the main window's first paint.
    ``=ready`` waits until the overview screen itself has been painted while showing a person
    (profile, next moves and missing skills), then prints ``ready <s>`` once that paint pass is
    over; a window without an overview or without a person prints ``painted-no-profile``. Both
    lines end with ``sqlalchemy-loaded=True|False``, which the tests use to check that the first
    screen is painted before SQLAlchemy is imported.
    ``=opened`` prints ``opened <s>`` once :func:`_finish_opening` has loaded the ORM, i.e.
    when everything the app does on start is done.
    Seconds are counted from this module's import; the bench times from the launch itself.
    """
    mode = os.environ.get("CXCAREER_EXIT_AFTER_PAINT")
    if not mode or mode == "opened":  # "opened": reported by _finish_opening
        return

    def report(label: str) -> None:
        seconds = time.perf_counter() - _STARTED
        print(f"{label} {seconds:.4f} sqlalchemy-loaded={'sqlalchemy' in sys.modules}", flush=True)
        QTimer.singleShot(0, qt_app.quit)

    if mode != "ready":
        window.firstPainted.connect(lambda: QTimer.singleShot(0, qt_app.quit))
        return
    page = window.page("overview") if "overview" in window.page_keys() else None
    if page is None or window.controller.snapshot is None:
        window.firstPainted.connect(lambda: report("painted-no-profile"))
        return
    watcher = _PaintWatcher(page, lambda: QTimer.singleShot(0, lambda: report("ready")))
    page.installEventFilter(watcher)


class _PaintWatcher(QObject):
    """Calls ``done`` once, at the first paint of ``widget`` while it is visible."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done: Callable[[], None] | None = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._done is not None
            and watched is self._widget
            and event.type() == QEvent.Type.Paint
            and self._widget.isVisible()
        ):
            done, self._done = self._done, None
            done()
        return False
