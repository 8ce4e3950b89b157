"""Install the app's translations, and Qt's own, into the running application.

Why Qt's own catalog too: standard buttons (OK, Cancel, Yes, No), the file dialog and context
menus come from ``qtbase``; without it a Portuguese screen would still say "Cancel".

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget,
which is how each screen knows to call its ``retranslate()``. Switch languages by removing the
translators this returned and installing the new language's (:func:`switch_translators`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cxcareer.ui.i18n.catalogs import SOURCE_LANGUAGE, compiled_catalogs
from cxcareer.ui.i18n.qm_files import file_suffix

__all__ = ["install_translators", "qt_translations_dir", "remove_translators", "switch_translators"]

log = logging.getLogger(__name__)


def qt_translations_dir() -> Path:
    """Where Qt keeps its own ``.qm`` catalogs (inside PySide6 for a pip install)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _qt_translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(QLocale(file_suffix(lang)), "qtbase", "_", str(qt_translations_dir())):
        return translator
    log.info("Qt ships no qtbase catalog for %s; standard buttons stay in English", lang)
    return None


def install_translators(
    app: QCoreApplication,
    lang: str,
    *,
    source_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> list[QTranslator]:
    """Install every catalog for ``lang`` (``"en"`` or ``"pt-BR"``); returns the translators.

    Qt's ``qtbase`` catalog is installed first and the app's catalogs after it, so where both
    translate the same context the app's wording wins (Qt searches the newest first). A
    catalog that cannot be loaded is skipped with a log line: a missing translation must never
    stop the app.

    Args:
        app: the running application.
        lang: a language tag; the source language (English) installs nothing.
        source_dir: where the ``.ts``/``.qm`` files are (default ``resources/translations``).
        cache_dir: where catalogs compiled on first use go (default: the user cache folder).
    """
    if lang == SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    qt_own = _qt_translator(lang)
    if qt_own is not None and app.installTranslator(qt_own):
        installed.append(qt_own)
    for qm in compiled_catalogs(lang, source_dir=source_dir, cache_dir=cache_dir):
        translator = QTranslator()
        if not translator.load(str(qm)):
            log.warning("could not load translation catalog %s", qm)
            continue
        if app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    """Uninstall translators returned by :func:`install_translators`."""
    for translator in translators:
        app.removeTranslator(translator)


def switch_translators(
    app: QCoreApplication,
    installed: Iterable[QTranslator],
    lang: str,
    *,
    source_dir: Path | None = None,
    cache_dir: Path | None = None,
) -> list[QTranslator]:
    """Replace ``installed`` by ``lang``'s translators; returns the new ones."""
    remove_translators(app, list(installed))
    return install_translators(app, lang, source_dir=source_dir, cache_dir=cache_dir)
