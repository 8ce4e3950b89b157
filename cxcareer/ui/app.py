"""The composition root: start Qt, open the database, build the window, wire everything once.

Why one place: every object the screens use (the database, the :class:`CareerApp`, the
controller, translators, the theme, the backup timer) is made here and handed down through
constructors, so each piece can be built alone in tests and nothing reaches for globals.
A database another cxcareer holds, or one that is damaged, is explained before the main
window appears — never a traceback (:mod:`cxcareer.ui.database_opening`).

Why the store, the engine and the screens are imported inside functions: :func:`run` first
paints a light :class:`~cxcareer.ui.opening.OpeningWindow` (it needs nothing but Qt), and only
then, from the event loop, imports and opens everything else and swaps in the main window.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from cxcareer.framework import cache as framework_cache
from cxcareer.framework import normalise_language
from cxcareer.ui.common.app_identity import set_app_identity
from cxcareer.ui.common.app_settings import LANGUAGE, THEME
from cxcareer.ui.common.errors import describe_error
from cxcareer.ui.database_opening import explain_cannot_open, open_for_ui
from cxcareer.ui.demo_session import DemoUser, demo_location, fill_demo
from cxcareer.ui.feature_scan import without_feature_scan
from cxcareer.ui.opening import OpeningWindow

if TYPE_CHECKING:
    from cxcareer.service.opening import Database, Location
    from cxcareer.ui.common.tasks import Progress
    from cxcareer.ui.main_window import MainWindow
    from cxcareer.ui.startup_watcher import StartupWatcher

__all__ = ["build_parser", "create_window", "make_language_switcher", "open_for_ui", "run"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """Options of the desktop app (the CLI's subcommands live in :mod:`cxcareer.cli`)."""
    parser = argparse.ArgumentParser(prog="cxcareer", description="cxcareer desktop app")
    parser.add_argument("--db", metavar="PATH|URL", help="the database to open")
    parser.add_argument("--demo", action="store_true", help="explore a throw-away sample team")
    parser.add_argument("--lang", choices=("en", "pt-BR"), help="language of the app")
    parser.add_argument("--read-only", action="store_true", help="open without changing anything")
    return parser


def _language(settings: QSettings, chosen: str | None) -> str:
    if chosen:
        return normalise_language(chosen)
    stored = LANGUAGE.read(settings)
    if stored:
        return normalise_language(stored)
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
    demo: DemoUser | None = None,
    switch: Callable[[str], None] | None = None,
    themed: bool = False,
) -> MainWindow:
    """Wire the app, the controller and the main window around an open database.

    ``demo`` is the person a demo database is seen through: she is "Me" (for this run only)
    and the user, and no backups are taken of a file deleted on quitting. ``switch`` is the
    language switcher when the caller has installed the translators already, ``themed`` says
    the caller has applied the stored theme already (as :func:`run` does before painting the
    opening window, so a dark theme never flashes light).
    """
    from cxcareer.service.career import CareerApp
    from cxcareer.ui.controller import ProfileController
    from cxcareer.ui.main_window import MainWindow

    if switch is None:
        switch = make_language_switcher(qt_app)
        switch(lang)
    if not themed:
        _apply_theme(qt_app, settings)
    identity = database.identity  # on a company server, the person its login is granted to
    user = (identity.name if identity is not None else None) or ""
    user = user or os.environ.get("USER") or os.environ.get("USERNAME") or ""
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
        demo=demo is not None,
    )
    if demo is not None:
        controller.set_me(demo.person_id)
        career.user = demo.name
    window = MainWindow(controller)
    people = career.people()
    me = controller.me_id()
    chosen = me if me and any(p.id == me for p in people) else None
    if chosen is None and people:
        chosen = people[0].id
    controller.select_person(chosen)
    if not people and demo is None and not read_only:
        wizard = _optional("cxcareer.ui.onboarding.wizard")
        if wizard is not None:
            QTimer.singleShot(0, lambda: _first_run(window, wizard))
    if not read_only and location.path is not None and demo is None:
        _start_backup_timer(window, location)
    return window


def _apply_theme(qt_app: QApplication, settings: QSettings) -> None:
    theme = _optional("cxcareer.ui.settings.theme")
    if theme is not None:
        theme.apply_theme(qt_app, THEME.read(settings))  # type: ignore[attr-defined]


def _first_run(window: MainWindow, module: object) -> None:
    dialog = module.OnboardingWizard(window.controller, window)  # type: ignore[attr-defined]
    dialog.exec()


def _start_backup_timer(window: MainWindow, location: Location) -> None:
    """Back up every half hour while data changes (skipped when nothing changed)."""
    from cxcareer.service.backups import EVERYDAY_INTERVAL

    timer = QTimer(window)
    timer.setObjectName("backupTimer")
    timer.setInterval(int(EVERYDAY_INTERVAL.total_seconds() * 1000))
    timer.timeout.connect(lambda: back_up_in_background(window, location, "periodic"))
    timer.start()


def back_up_in_background(window: MainWindow, location: Location, reason: str) -> None:
    """Take a routine backup (when due) on a worker thread; the status bar says how it went.

    Why quiet: the start-of-use backup copies and checks the whole file (seconds at company
    size) and the periodic one comes while the person works; neither may stop the window, not
    even with a progress dialog (it is window-modal). A failure is logged and said in the
    status bar; the app goes on, as it did when the backup ran before the window.
    """
    from cxcareer.service.backups import backup_now
    from cxcareer.ui.common.tasks import run_in_background

    status = window.statusBar()
    working = QCoreApplication.translate("app", "Backing up…")
    status.showMessage(working)

    def done(made: object) -> None:
        if status.currentMessage() == working:
            status.clearMessage()
        if made:
            status.showMessage(QCoreApplication.translate("app", "Backed up."), 5000)

    def failed(error: BaseException) -> None:
        log.warning("%s backup failed: %s", reason, error)
        status.showMessage(describe_error(error), 15000)

    run_in_background(
        window,
        working,
        lambda _progress: backup_now(location, reason),
        done,
        on_error=failed,
        quiet=True,
    )


def run(argv: Sequence[str] | None = None, *, watcher: StartupWatcher | None = None) -> int:
    """Start the desktop app; returns the exit status.

    The opening window is painted first; the rest (:func:`_open_main_window`) runs from the
    event loop right after that paint, then the main window takes the opening window's place.
    ``watcher`` is told each stage (see :mod:`cxcareer.ui.startup_watcher`; the bench's).
    """
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    framework_cache.enable()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    set_app_identity(qt_app)
    settings = QSettings()
    lang = _language(settings, args.lang)
    switch = make_language_switcher(qt_app)
    switch(lang)
    _apply_theme(qt_app, settings)
    opening = OpeningWindow(settings)
    opened: list[MainWindow] = []

    def load() -> None:
        try:
            with without_feature_scan():
                window = _open_main_window(args, qt_app, settings, lang, switch, watcher)
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
    if watcher is not None:
        watcher.opening_shown(opening)
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
    watcher: StartupWatcher | None = None,
) -> MainWindow | None:
    """Open the database and build the main window; None when the person gave up."""
    from cxcareer.service.opening import resolve_location

    try:
        if args.demo:
            location, _path = demo_location()
        else:
            location = resolve_location(args.db)
    except (ValueError, OSError) as error:
        explain_cannot_open(error)
        return None
    database = open_for_ui(location, read_only=args.read_only, defer_engine=not args.demo)
    if database is None:
        return None
    demo = fill_demo(database, lang) if args.demo else None
    window = create_window(
        database, settings, lang=lang, qt_app=qt_app, demo=demo, switch=switch, themed=True
    )
    if watcher is not None:
        watcher.main_window_built(window)
    window.firstPainted.connect(
        lambda: _after_frame(lambda: _finish_opening(window, qt_app, watcher))
    )
    if demo is None and not database.read_only and location.path is not None:
        window.firstPainted.connect(lambda: back_up_in_background(window, location, "start"))
    return window


def _after_frame(call: Callable[[], None]) -> None:
    """Run ``call`` once the paint pass under way is on screen and what it queued has run."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, call))


def _finish_opening(
    window: MainWindow, qt_app: QApplication, watcher: StartupWatcher | None = None
) -> None:
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
        with without_feature_scan():
            app.database.start_engine()
            app.people()

    def failed(error: BaseException) -> None:
        log.error("the database could not be opened: %s", error, exc_info=error)
        explain_cannot_open(error, window)
        window.close()
        qt_app.exit(1)

    def done(_result: object) -> None:
        if watcher is not None:
            watcher.everything_open(window)

    run_in_background(
        window,
        QCoreApplication.translate("app", "Opening the database…"),
        load,
        done,
        on_error=failed,
    )
