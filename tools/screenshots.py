"""Make ``docs/screenshots/`` from the ``--demo`` team: one command, both languages, both themes.

Run from the source checkout (after ``python -m tools.i18n.build``)::

    python -m tools.screenshots            # writes docs/screenshots/*.png (about a minute)
    python -m tools.screenshots --out DIR  # somewhere else

What it makes, each as ``<screen>-<lang>[-dark].png`` (``lang`` is ``en`` or ``pt-BR``):

* every main screen (Overview, Ladder, Skills, Paths, Self vs manager, One-to-one, Team,
  Frameworks) in the light theme, and :data:`DARK_SCREENS` in the dark theme, of the window at
  :data:`WINDOW_SIZE` (1280×800) showing the demo's "Me", Mariana, with her team in the People
  list;
* ``wizard`` and ``wizard-role``: the first-run wizard's first page and its role page;
* ``pack``: the first page of Mariana's one-to-one PDF pack (through ``pdftoppm``).

Why a script and not a test: the pictures are for people (the README, the docs), are made again
after every change to the look of the app, and must come from the real demo rather than a test
fixture. It runs on Qt's offscreen platform with its own settings file and temporary folder, so
it neither needs a display nor touches the user's preferences, and the demo databases it builds
are removed as the app removes them. The pictures are stored as palette PNGs (at most 256
colours, as the screens have few), which keeps them about a third of the size of full-colour
ones.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tools.screenshot_images import save_compact  # noqa: E402

__all__ = ["DARK_SCREENS", "LANGUAGES", "SCREENS", "WINDOW_SIZE", "main", "make_screenshots"]

#: The main screens, in the navigation's order (page keys of the main window).
SCREENS = ("overview", "ladder", "skills", "paths", "comparison", "meeting", "team", "frameworks")
#: The screens also taken in the dark theme: the ones with painted pictures and the most colour.
DARK_SCREENS = ("overview", "ladder", "skills", "comparison", "team")
LANGUAGES = ("en", "pt-BR")
WINDOW_SIZE = QSize(1280, 800)
#: The one-to-one is shown as Mariana prepares one with a person she manages, as a manager uses
#: that screen most: Rafael, who has a late action, a flagged disagreement and a private note.
ONE_TO_ONE_WITH = "Rafael Oliveira"


def _settle(rounds: int = 4) -> None:
    """Let queued events, background reads and their results land before a picture."""
    from cxcareer.ui.common.tasks import wait_for_background_work

    for _ in range(rounds):
        QApplication.processEvents()
        wait_for_background_work()
        QTest.qWait(20)


def _name(screen: str, lang: str, theme: str) -> str:
    return f"{screen}-{lang}{'-dark' if theme == 'dark' else ''}.png"


@contextmanager
def _demo_window(qt_app: QApplication, settings: QSettings, lang: str) -> Iterator[QWidget]:
    """The demo's main window as ``cxcareer --demo`` builds it, removed again afterwards."""
    from cxcareer.service.opening import open_for_app
    from cxcareer.ui.app import create_window
    from cxcareer.ui.demo_session import demo_location, fill_demo, remove_demo

    location, path = demo_location()
    database = open_for_app(location)
    try:
        demo = fill_demo(database, lang)
        window = create_window(database, settings, lang=lang, qt_app=qt_app, demo=demo)
        window.resize(WINDOW_SIZE)
        window.show()
        _settle()
        try:
            yield window
        finally:
            # Back to English through this window's own switcher: translators are app-wide.
            window.controller.set_language("en")
            window.close()
            window.deleteLater()
            _settle(1)
    finally:
        database.close()
        remove_demo(path)


def _screens(window: QWidget, out: Path, lang: str, theme: str) -> list[Path]:
    from cxcareer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    wanted = SCREENS if theme == "light" else DARK_SCREENS
    made = []
    for key in wanted:
        if key not in window.page_keys():
            print(f"  (this build has no {key} screen)")
            continue
        me = window.controller.person_id
        if key == "meeting":
            _select(window, ONE_TO_ONE_WITH)
        window.show_page(key)
        _settle()
        made.append(save_compact(window.grab().toImage(), out / _name(key, lang, theme)))
        window.controller.select_person(me)
    return made


def _select(window: QWidget, name: str) -> None:
    from cxcareer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    controller = window.controller
    person = next((p for p in controller.app.people() if p.name == name), None)
    if person is None:
        print(f"  {name} is not in the demo any more: the one-to-one shows the demo's Me")
        return
    controller.select_person(person.id)


def _pack(window: QWidget, out: Path, lang: str, scratch: Path) -> list[Path]:
    """The first page of the demo person's one-to-one pack, as pdftoppm draws it."""
    from cxcareer.ui.main_window import MainWindow
    from cxcareer.ui.report.pdf_pack import write_pack

    assert isinstance(window, MainWindow)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("  pdftoppm not found (apt-get install poppler-utils): no pack picture")
        return []
    controller = window.controller
    assert controller.person_id is not None
    pdf = write_pack(controller.app, controller.person_id, scratch / f"pack-{lang}.pdf", lang=lang)
    stem = scratch / f"pack-{lang}"
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    image = QImage(str(stem.with_suffix(".png")))
    return [save_compact(image, out / _name("pack", lang, "light"))]


def _wizard(qt_app: QApplication, settings: QSettings, lang: str, out: Path) -> list[Path]:
    """The first-run wizard on an empty database: its first page and its role page."""
    from cxcareer.service.career import CareerApp
    from cxcareer.service.opening import open_for_app, resolve_location
    from cxcareer.ui.app import make_language_switcher
    from cxcareer.ui.controller import ProfileController
    from cxcareer.ui.demo_session import remove_demo
    from cxcareer.ui.onboarding.wizard import OnboardingWizard

    folder = Path(tempfile.mkdtemp(prefix="cxcareer-wizard-"))
    database = open_for_app(resolve_location(str(folder / "first-run.db")))
    switch = make_language_switcher(qt_app)
    switch(lang)
    try:
        controller = ProfileController(CareerApp(database, lang=lang), settings)
        wizard = OnboardingWizard(controller)
        wizard.show()
        _settle()
        made = [save_compact(wizard.grab().toImage(), out / _name("wizard", lang, "light"))]
        wizard.next()  # the profile page: a name lets the wizard go on to the role
        wizard.profile_page.name.setText("Ana Souza")
        _settle()
        wizard.next()
        _settle()
        role_page = out / _name("wizard-role", lang, "light")
        made.append(save_compact(wizard.grab().toImage(), role_page))
        wizard.reject()
        wizard.deleteLater()
        _settle(1)
        return made
    finally:
        switch("en")
        database.close()
        remove_demo(folder / "first-run.db")


def make_screenshots(out: Path, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Write every picture into ``out`` and return their paths."""
    from cxcareer.ui.common.app_settings import THEME
    from cxcareer.ui.settings.theme import apply_theme

    out.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qt_app, QApplication)
    qt_app.setOrganizationName("cxcareer")
    qt_app.setApplicationName("cxcareer")
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="cxcareer-shots-") as scratch_name:
        scratch = Path(scratch_name)
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        for lang in languages:
            for theme in ("light", "dark"):
                print(f"{lang}, {theme}")
                THEME.write(settings, theme)
                apply_theme(qt_app, theme)
                with _demo_window(qt_app, settings, lang) as window:
                    made += _screens(window, out, lang, theme)
                    if theme == "light":
                        made += _pack(window, out, lang, scratch)
            apply_theme(qt_app, "light")
            made += _wizard(qt_app, settings, lang, out)
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    made = make_screenshots(args.out, args.lang or LANGUAGES)
    size = sum(path.stat().st_size for path in made)
    seconds = time.perf_counter() - started
    print(f"{len(made)} pictures, {size / 1024:.0f} KiB, in {args.out} ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
