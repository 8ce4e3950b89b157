"""The one Qt-free catalogue: complete in both languages, consistent placeholders, unique keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxcareer.service.texts import CATALOGUE, say, say_count
from cxcareer.service.texts.catalogue import SECTIONS, merge
from cxcareer.service.texts.kinds import Entry, Template

LANGS = ("en", "pt-BR")


def _forms(template: Template) -> list[str]:
    return [template] if isinstance(template, str) else list(template.values())


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)", text))


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGS)
    fields = {lang: [_fields(text) for text in _forms(entry[lang])] for lang in LANGS}
    every = [field for lang in LANGS for field in fields[lang]]
    assert all(field == every[0] for field in every), fields
    for lang in LANGS:
        assert all(text.strip() for text in _forms(entry[lang])), lang


@pytest.mark.parametrize(
    "key", sorted(k for k, e in CATALOGUE.items() if not isinstance(e["en"], str))
)
def test_counted_entries_have_the_forms_both_languages_need(key: str) -> None:
    entry = CATALOGUE[key]
    for lang in LANGS:
        forms = entry[lang]
        assert isinstance(forms, dict), lang
        assert {"one", "other"} <= set(forms), lang
        assert all("{count}" in text for text in forms.values()), lang


def test_a_key_in_two_sections_is_refused_naming_both() -> None:
    twice: Entry = {"en": "x", "pt-BR": "x"}
    with pytest.raises(ValueError, match="'same' is in both first and second"):
        merge({"first": {"same": twice}, "second": {"same": twice}})


def test_the_catalogue_is_its_sections() -> None:
    assert len(CATALOGUE) == sum(len(section) for section in SECTIONS.values())


def test_say_and_say_count() -> None:
    assert say("pack_page", "pt-BR", page=1, pages=2) == "Página 1 de 2"
    assert say_count("csv_written", 1, "en", file="a.csv") == "Wrote 1 rating to a.csv."
    assert say_count("csv_written", 0, "pt-BR", file="a.csv") == "0 nível gravado em a.csv."
    assert say_count("csv_written", 2, "pt-BR", file="a.csv") == "2 níveis gravados em a.csv."


def test_every_key_the_code_asks_for_exists() -> None:
    root = Path(__file__).resolve().parents[2] / "cxcareer"
    asked = re.compile(r"\b(?:say|say_count|t)\(\s*[\"']([a-z_]+)[\"']\s*[,)]")
    missing = [
        f"{path.relative_to(root.parent)}: {key}"
        for path in root.rglob("*.py")
        for key in asked.findall(path.read_text(encoding="utf-8"))
        if key not in CATALOGUE
    ]
    assert not missing


def test_the_readiness_formula_is_the_engines_in_english_and_worded_in_portuguese() -> None:
    from cxcareer.graph import READINESS_FORMULA

    assert say("readiness_formula_terms", "en") == READINESS_FORMULA
    portuguese = say("readiness_formula_terms", "pt-BR")
    assert "have" not in portuguese
    assert "need" not in portuguese
    assert "(p = peso" in say("readiness_formula", "pt-BR", formula=portuguese)
