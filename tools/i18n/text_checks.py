"""Checks of one translation against its source text that catch run-time bugs.

Why: a translation that names a ``{placeholder}`` the code does not pass makes ``str.format``
raise in front of the user; one that drops a placeholder hides information; one that loses the
``&`` accelerator leaves a menu or button without its keyboard shortcut in that language.
"""

from __future__ import annotations

import re
from collections import Counter

from tools.i18n.ts_file import Message

__all__ = ["accelerator", "format_fields", "qt_markers", "translation_problems"]

_FIELD = re.compile(r"\{([^{}]*)\}")
_QT_MARKER = re.compile(r"%L?(?:\d{1,2}|n)")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def format_fields(text: str) -> Counter[str]:
    """The ``str.format`` replacement fields of ``text`` by name (``{}`` counts as ``""``)."""
    plain = text.replace("{{", "").replace("}}", "")
    names = (re.split(r"[!:]", field, maxsplit=1)[0] for field in _FIELD.findall(plain))
    return Counter(names)


def qt_markers(text: str) -> set[str]:
    """Qt's ``%1``, ``%L1`` and ``%n`` markers in ``text``."""
    return {marker.replace("%L", "%") for marker in _QT_MARKER.findall(text)}


def accelerator(text: str) -> bool:
    """True when ``text`` marks a keyboard accelerator (``&File``; ``&&`` is a literal ``&``)."""
    return bool(_ACCELERATOR.search(text.replace("&&", "")))


def translation_problems(message: Message) -> list[str]:
    """What is wrong with a finished translation of ``message`` (empty when nothing)."""
    problems: list[str] = []
    source_fields = format_fields(message.source)
    source_markers = qt_markers(message.source)
    for form in message.translations:
        fields = format_fields(form)
        extra = sorted(set(fields) - set(source_fields))
        if extra:
            shown = ", ".join("{" + name + "}" for name in extra)
            problems.append(f"translation uses {shown}, which the source does not have: {form!r}")
        markers = qt_markers(form)
        if markers - source_markers:
            shown = ", ".join(sorted(markers - source_markers))
            problems.append(f"translation uses {shown}, which the source does not have: {form!r}")
        if message.numerus:
            continue  # a singular form may say "one" instead of %n or the count field
        missing = sorted(set(source_fields) - set(fields))
        if missing or fields != source_fields:
            shown = ", ".join("{" + name + "}" for name in missing) or "placeholders"
            problems.append(f"translation does not keep {shown} of the source: {form!r}")
        if source_markers - markers:
            shown = ", ".join(sorted(source_markers - markers))
            problems.append(f"translation drops {shown}: {form!r}")
        if accelerator(message.source) != accelerator(form):
            state = "loses the & accelerator" if accelerator(message.source) else "adds an &"
            problems.append(f"translation {state} of the source: {form!r}")
    return problems
