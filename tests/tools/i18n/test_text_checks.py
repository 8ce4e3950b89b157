"""Placeholder and accelerator checks of single translations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tools.i18n.text_checks import (
    accelerator,
    format_fields,
    qt_markers,
    translation_problems,
)
from tools.i18n.ts_file import Message


def _message(source: str, *forms: str, numerus: bool = False) -> Message:
    return Message("Ctx", source, "", numerus, forms, "", ())


def test_format_fields_ignore_escapes_and_specs() -> None:
    assert format_fields("{name!r:>10} has {{braces}} and {} {}") == {"name": 1, "": 2}


def test_qt_markers() -> None:
    assert qt_markers("%1 of %L2, %n left, 100% sure") == {"%1", "%2", "%n"}


def test_accelerator_ignores_literal_ampersands() -> None:
    assert accelerator("&File")
    assert not accelerator("Q&&A")
    assert not accelerator("Salt & pepper")


def test_good_translation_has_no_problems() -> None:
    message = _message("&Rate {skill} for %1", "&Avaliar {skill} para %1")
    assert translation_problems(message) == []


def test_plural_singular_may_drop_the_count() -> None:
    message = _message("{count} skill(s)", "uma habilidade", "{count} habilidades", numerus=True)
    assert translation_problems(message) == []
    bad = _message("{count} skill(s)", "{quantos} habilidade", "{count}", numerus=True)
    assert translation_problems(bad) == [
        "translation uses {quantos}, which the source does not have: '{quantos} habilidade'"
    ]


def test_positional_fields_must_keep_their_number() -> None:
    (problem,) = translation_problems(_message("{} of {}", "{} de"))
    assert problem.startswith("translation does not keep placeholders of the source")


def test_dropped_qt_marker() -> None:
    assert translation_problems(_message("Level %1", "Nível")) == ["translation drops %1: 'Nível'"]


@given(st.text())
def test_copying_the_source_is_never_a_problem(source: str) -> None:
    assert translation_problems(_message(source, source)) == []
