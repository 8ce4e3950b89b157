"""The app's language as the Qt side knows it, and the Qt locale that writes it like the rest.

Why: dates, counts and error sentences come from the Qt-free :mod:`cxcareer.service.formats`
and :mod:`cxcareer.service.texts`; a widget needs only the language to ask them. Where a Qt
widget must format by itself (a ``QDateEdit``), :func:`qt_locale` and :func:`qt_date_format`
derive its locale and pattern from the same CLDR rules, so it never writes "en_US" in one
place and "en_GB" in another.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDateEdit

from cxcareer.framework.text import normalise_language
from cxcareer.service.formats import CLDR_LOCALES, date_pattern

__all__ = ["current_language", "qt_date_format", "qt_locale", "write_dates_in"]


def current_language() -> str:
    """The language of the installed translators: ``"en"`` when none is installed.

    For code that has no controller at hand (an error dialog). Like Qt's own
    ``QT_LAYOUT_DIRECTION`` entry, the answer is a translation, so it can never disagree with
    the language the screen is written in.
    """
    #: Translate with the tag of your language as cxcareer writes it: "pt-BR". The app says
    #: its Qt-free texts (error sentences, dates, counts) in the language this names.
    return normalise_language(QCoreApplication.translate("language", "en"))


def qt_locale(lang: str) -> QLocale:
    """The Qt locale for ``lang``: the CLDR locale :mod:`cxcareer.service.formats` writes in."""
    return QLocale(CLDR_LOCALES[normalise_language(lang)])


def qt_date_format(lang: str) -> str:
    """The ``QDateEdit`` display format of :func:`cxcareer.service.formats.format_date`.

    CLDR and Qt patterns agree on ``d``, ``MMM`` and quoted text; a CLDR ``y`` (the full year)
    is Qt's ``yyyy``.

    >>> qt_date_format("pt-BR")
    "d 'de' MMM 'de' yyyy"
    """
    parts = re.split(r"('[^']*')", date_pattern(lang))
    return "".join(
        part if part.startswith("'") else re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", part)
        for part in parts
    )


def write_dates_in(edit: QDateEdit, lang: str) -> None:
    """Make ``edit`` show its date the way :func:`~cxcareer.service.formats.format_date` does."""
    edit.setLocale(qt_locale(lang))
    edit.setDisplayFormat(qt_date_format(lang))
