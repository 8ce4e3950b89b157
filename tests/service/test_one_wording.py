"""No sentence lives in two places: across the Qt-free catalogue and the Qt translation files.

What counts as the same: the English, compared without case, ``&`` accelerators, spacing and
final punctuation. In the Qt-free catalogue any two entries with the same English are a
duplicate (one key per meaning). Against and within the Qt files, texts of three words or more
are compared (one-word labels such as "Level" are a column's name in many tables); a menu
entry with an accelerator ("&Add a person…") may repeat the plain title or accessible name of
what it opens, because the accelerator's letter is chosen per language.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from cxcareer.service.texts.kinds import Entry

from .catalogues import PythonText, QtMessage, python_texts, qt_messages

#: Fewer words than this is a label, not a sentence.
SENTENCE_WORDS = 3


def _normal(text: str) -> str:
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"\s+", " ", plain).strip().lower().rstrip(".:;…!? ")


def _has_accelerator(text: str) -> bool:
    return "&" in text.replace("&&", "")


def _sentence(text: str) -> bool:
    return len(_normal(text).split()) >= SENTENCE_WORDS


def python_duplicates(texts: Iterable[PythonText]) -> list[str]:
    seen: dict[str, PythonText] = {}
    found = []
    for item in texts:
        if item.lang != "en":
            continue
        first = seen.setdefault(_normal(item.text), item)
        if first.key != item.key:
            found.append(f"{first.where()} and {item.where()} both say {item.text!r}")
    return found


def qt_duplicates(messages: Iterable[QtMessage], texts: Iterable[PythonText]) -> list[str]:
    places: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for message in messages:
        if _sentence(message.source):
            key = (_normal(message.source), _has_accelerator(message.source))
            if message.where() not in places[key]:
                places[key].append(message.where())
    found = []
    for item in texts:
        if item.lang == "en" and _sentence(item.text):
            qt = places.get((_normal(item.text), False), [])
            found += [f"{item.where()} and {where} both say {item.text!r}" for where in qt]
    for (text, _), where in places.items():
        contexts = {place.split(" [", 1)[1].split("]", 1)[0] for place in where}
        if len(contexts) > 1:
            found.append(f"{' and '.join(where)} all say {text!r}")
    return found


def test_no_english_sentence_twice_in_the_python_catalogue() -> None:
    assert python_duplicates(python_texts()) == []


def test_no_sentence_in_the_python_catalogue_and_a_qt_file_or_two_qt_contexts() -> None:
    assert qt_duplicates(qt_messages(), python_texts()) == []


def test_a_python_duplicate_is_named_with_both_places() -> None:
    planted: dict[str, dict[str, Entry]] = {
        "cli": {"nothing": {"en": "Nothing was restored.", "pt-BR": "Nada."}},
        "pack": {"empty": {"en": "nothing was restored", "pt-BR": "Nada foi."}},
    }
    (problem,) = python_duplicates(python_texts(planted))
    assert "cxcareer/service/texts/cli.py: key 'nothing' (en)" in problem
    assert "cxcareer/service/texts/pack.py: key 'empty' (en)" in problem


def _write_ts(folder: Path, area: str, body: str) -> None:
    (folder / f"{area}_pt_BR.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1">{body}</TS>', encoding="utf-8"
    )


def test_qt_duplicates_are_named_with_both_places(tmp_path: Path) -> None:
    _write_ts(
        tmp_path,
        "meeting",
        "<context><name>MeetingPage</name>"
        "<message><source>Add a person</source><translation>A</translation></message>"
        "<message><source>&amp;Add a person…</source><translation>&amp;A</translation></message>"
        "<message><source>No shared notes.</source><translation>S</translation></message>"
        "</context>",
    )
    _write_ts(
        tmp_path,
        "people",
        "<context><name>PeopleDock</name>"
        "<message><source>Add a person</source><translation>A</translation></message>"
        "</context>",
    )
    planted: dict[str, dict[str, Entry]] = {
        "pack": {"no_notes": {"en": "No shared notes.", "pt-BR": "Sem."}}
    }
    found = qt_duplicates(qt_messages(tmp_path), python_texts(planted))
    assert len(found) == 2, found
    assert "pack.py: key 'no_notes' (en) and" in found[0]
    assert "meeting_pt_BR.ts: [MeetingPage] 'No shared notes.'" in found[0]
    assert "[MeetingPage] 'Add a person'" in found[1]
    assert "[PeopleDock] 'Add a person'" in found[1]
