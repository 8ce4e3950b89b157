"""Every catalogue says each domain idea with the glossary's word, in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from cxcareer.service.glossary import GLOSSARY, slips, term
from cxcareer.service.texts.kinds import Entry

from .catalogues import PythonText, QtMessage, python_texts, qt_messages


def python_slips(texts: Iterable[PythonText]) -> list[str]:
    return [
        f"{item.where()}: {slip.found!r} where the glossary says {slip.expected!r}"
        for item in texts
        for slip in slips(item.text, item.lang)
    ]


def qt_slips(messages: Iterable[QtMessage]) -> list[str]:
    found = []
    for message in messages:
        pairs = [("en", message.source)] + [("pt-BR", text) for text in message.translations]
        found += [
            f"{message.where()} ({lang}): {slip.found!r} where the glossary says {slip.expected!r}"
            for lang, text in pairs
            for slip in slips(text, lang)
        ]
    return found


#: "skill(s)", "nível(is)", "salvo(a)": a word whose ending the reader has to choose.
OPTIONAL_ENDING = re.compile(r"\w\((?:s|es|is|ões|a|as)\)")


def test_no_optional_endings_anywhere() -> None:
    found = [item.where() for item in python_texts() if OPTIONAL_ENDING.search(item.text)]
    found += [
        message.where()
        for message in qt_messages()
        for text in (message.source, *message.translations)
        if OPTIONAL_ENDING.search(text)
    ]
    assert found == []


def test_python_catalogue_follows_the_glossary() -> None:
    assert python_slips(python_texts()) == []


def test_qt_translations_follow_the_glossary() -> None:
    assert qt_slips(qt_messages()) == []


def test_a_slip_in_a_python_entry_is_named() -> None:
    planted: dict[str, dict[str, Entry]] = {
        "cli": {"demo": {"en": "Your skills", "pt-BR": "Suas habilidades"}}
    }
    (problem,) = python_slips(python_texts(planted))
    assert "cxcareer/service/texts/cli.py: key 'demo' (pt-BR)" in problem
    assert "'habilidades' where the glossary says 'competência'" in problem


def test_a_slip_in_a_qt_translation_is_named(tmp_path: Path) -> None:
    (tmp_path / "demo_pt_BR.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pt_BR">'
        "<context><name>DemoPage</name>"
        "<message><source>Your manager</source><translation>Sua liderança</translation></message>"
        "<message><source>Old</source><translation type='obsolete'>função</translation></message>"
        "<message><source>Book a 1:1</source><translation>Marque</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = qt_slips(qt_messages(tmp_path))
    assert len(problems) == 2
    assert "demo_pt_BR.ts: [DemoPage] 'Your manager' (pt-BR): 'liderança'" in problems[0]
    assert (
        "[DemoPage] 'Book a 1:1' (en): '1:1' where the glossary says 'one-to-one'" in (problems[1])
    )


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Cargo-&alvo:", True),
        ("Salvo com sucesso", True),
        ("Movimentação lateral", True),
        ("movimentações laterais", True),
        ("Movimento lateral", False),
        ("as movimentações de uma carreira", False),
        ("{0} (alvo)", False),
        ("Sem meta definida", False),
        ("gestor(a)", False),
        ("Reuniões individuais", False),
        ("notas privadas", False),
        ("anotações privadas", True),
    ],
)
def test_what_counts_as_a_slip(text: str, ok: bool) -> None:
    assert (slips(text, "pt-BR") == []) == ok


def test_every_idea_has_a_word_in_both_languages() -> None:
    for entry in GLOSSARY:
        assert set(entry.words) == {"en", "pt-BR"}, entry.idea
        assert set(entry.avoid) <= {"en", "pt-BR"}, entry.idea
    assert term("skill", "pt-BR") == "competência"
    with pytest.raises(KeyError):
        term("synergy", "en")
