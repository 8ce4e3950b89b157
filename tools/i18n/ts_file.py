"""Read Qt Linguist ``.ts`` files into plain records, for the translation check and its tests.

A message is identified the way Qt looks it up at run time: context (the class name for
``self.tr``), source text and disambiguation comment. Obsolete and vanished entries are kept
in the file by ``lupdate`` for reuse but are never loaded, so they count as absent.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Message", "MessageKey", "TsFormatError", "read_ts"]

MessageKey = tuple[str, str, str]
"""(context, source, disambiguation)."""

_INACTIVE = frozenset({"obsolete", "vanished"})


class TsFormatError(ValueError):
    """The file is not a readable Qt Linguist translation file."""


@dataclass(frozen=True)
class Message:
    """One entry of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    status: str
    """``""`` (finished), ``"unfinished"``, ``"obsolete"`` or ``"vanished"``."""
    locations: tuple[tuple[str, int], ...]
    """(file name as written by lupdate, line)."""

    @property
    def key(self) -> MessageKey:
        """How Qt finds this message."""
        return (self.context, self.source, self.comment)

    @property
    def active(self) -> bool:
        """False for entries lupdate keeps only because the code no longer has them."""
        return self.status not in _INACTIVE

    @property
    def finished(self) -> bool:
        """Translated and not marked unfinished (every plural form filled in)."""
        return (
            self.status == ""
            and bool(self.translations)
            and all(text.strip() for text in self.translations)
        )


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    numerus = element.get("numerus") == "yes"
    if translation is None:
        forms: tuple[str, ...] = ()
        status = "unfinished"
    else:
        status = translation.get("type", "")
        if numerus:
            forms = tuple(_text(form) for form in translation.findall("numerusform"))
        else:
            forms = (_text(translation),)
    locations = tuple(
        (loc.get("filename", ""), int(loc.get("line", "0") or 0))
        for loc in element.findall("location")
    )
    return Message(
        context=context,
        source=_text(element.find("source")),
        comment=_text(element.find("comment")),
        numerus=numerus,
        translations=forms,
        status=status,
        locations=locations,
    )


def read_ts(path: Path) -> list[Message]:
    """Every message of the ``.ts`` file at ``path``, in file order.

    Raises:
        TsFormatError: when the file is not well-formed XML with a ``<TS>`` root.
        OSError: when it cannot be read.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise TsFormatError(f"{path}: not a valid .ts file: {error}") from error
    if root.tag != "TS":
        raise TsFormatError(f"{path}: not a Qt Linguist file (root element <{root.tag}>)")
    messages: list[Message] = []
    for context in root.findall("context"):
        name = _text(context.find("name"))
        messages.extend(_message(name, element) for element in context.findall("message"))
    return messages
