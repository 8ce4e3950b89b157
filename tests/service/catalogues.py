"""Every catalogue of the project as plain records, for the glossary and duplicate tests.

Why parse the ``.ts`` files here rather than reuse the i18n tooling: these tests are about the
words, and must keep working wherever the translation tools move. Obsolete and vanished
entries are skipped: Qt never loads them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from cxcareer.service.texts.catalogue import SECTIONS
from cxcareer.service.texts.kinds import Entry

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TEXTS_PACKAGE = Path("cxcareer") / "service" / "texts"


@dataclass(frozen=True)
class PythonText:
    """One language's text of one entry of the Qt-free catalogue."""

    file: str
    key: str
    lang: str
    text: str

    def where(self) -> str:
        return f"{self.file}: key {self.key!r} ({self.lang})"


@dataclass(frozen=True)
class QtMessage:
    """One active message of a Qt Linguist file."""

    file: str
    context: str
    source: str
    translations: tuple[str, ...]

    def where(self) -> str:
        return f"{self.file}: [{self.context}] {self.source!r}"


def python_texts(
    sections: Mapping[str, Mapping[str, Entry]] = SECTIONS,
) -> Iterator[PythonText]:
    """Every text of every entry (each plural form separately), with its section's file."""
    for name, entries in sections.items():
        file = str(TEXTS_PACKAGE / f"{name}.py")
        for key, entry in entries.items():
            for lang, template in entry.items():
                forms = [template] if isinstance(template, str) else list(template.values())
                for text in forms:
                    yield PythonText(file, key, lang, text)


def qt_messages(folder: Path = TRANSLATIONS) -> Iterator[QtMessage]:
    """Every active message of every ``*_pt_BR.ts`` in ``folder``."""
    for path in sorted(folder.glob("*_pt_BR.ts")):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                kind = "" if translation is None else translation.get("type", "")
                if kind in ("obsolete", "vanished"):
                    continue
                forms: tuple[str, ...] = ()
                if translation is not None:
                    numerus = translation.findall("numerusform")
                    items = numerus or [translation]
                    forms = tuple("".join(item.itertext()) for item in items)
                source = "".join(message.find("source").itertext())  # type: ignore[union-attr]
                yield QtMessage(str(shown), name, source, forms)
