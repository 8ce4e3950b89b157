"""The one catalogue of sentences said outside Qt: the CLI, the PDF pack, the store's errors.

Why one catalogue: the same sentence ("The disk holding … is full", "Readiness = …") used to be
written two or three times, once per face, and the copies drifted apart in wording and in
Portuguese terms. Every sentence lives here once, in English and Brazilian Portuguese side by
side, and every face asks for it by key: the command line, the PDF pack and the desktop app's
error messages (the app's own screen texts stay in Qt Linguist, see ``docs/dev/texts.md``).

Entries are split by who says them (:mod:`.shared`, :mod:`.cli`, :mod:`.pack`, :mod:`.store`)
only to keep the files short; a key is unique across all of them, and the terms follow
:mod:`cxcareer.service.glossary` (tests check both).

An entry is either one template per language, or, for a sentence with a count, one template
per CLDR plural category (``"one"``, ``"other"``), chosen by :func:`say_count`.
"""

from __future__ import annotations

import os
from decimal import Decimal

from cxcareer.framework.text import normalise_language
from cxcareer.service.texts.catalogue import CATALOGUE, Entry, Template

__all__ = ["CATALOGUE", "Entry", "Template", "language", "locale_language", "say", "say_count"]


def language(lang: str) -> str:
    """``"en"`` or ``"pt-BR"`` for any spelling a caller may pass (``pt_BR``, ``pt-br``…)."""
    return normalise_language(lang)


def locale_language() -> str:
    """The language implied by the environment's locale (``LC_ALL`` wins, as in POSIX).

    For the command line; the desktop app asks Qt for the system locale instead.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX"):
            return normalise_language(value.split(":", 1)[0])
    return "en"


def _template(key: str, lang: str) -> Template:
    entry = CATALOGUE[key]
    return entry.get(language(lang)) or entry["en"]


def say(key: str, lang: str, /, **fmt: object) -> str:
    """The sentence ``key`` in ``lang``, its ``{placeholders}`` filled from ``fmt``.

    Raises:
        KeyError: for a key the catalogue does not have.
        TypeError: for a sentence with a count (use :func:`say_count`).
    """
    template = _template(key, lang)
    if not isinstance(template, str):
        raise TypeError(f"{key!r} has plural forms: use say_count()")
    return template.format(**fmt) if fmt else template


def say_count(
    key: str, count: int | Decimal, lang: str, /, shown: str | None = None, **fmt: object
) -> str:
    """The sentence ``key`` in the plural form CLDR gives ``count`` in ``lang``.

    ``{count}`` in the template is ``shown`` when given ("1½" for 1.5), else ``count`` itself;
    ``fmt`` fills the other placeholders.

    >>> say_count("count_skills", 1, "en"), say_count("count_skills", 3, "pt-BR")
    ('1 skill', '3 competências')
    """
    from cxcareer.service.formats import plural_category

    forms = _template(key, lang)
    if isinstance(forms, str):
        raise TypeError(f"{key!r} has no plural forms: use say()")
    form = forms.get(plural_category(count, lang)) or forms["other"]
    return form.format(count=count if shown is None else shown, **fmt)
