"""The one formatting module: the rounding rule, dates, durations, counts and sizes."""

from __future__ import annotations

import doctest
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from babel import Locale
from babel.numbers import format_percent
from hypothesis import given
from hypothesis import strategies as st

from cxcareer.service import formats, glossary, texts
from cxcareer.service.formats import (
    date_pattern,
    format_date,
    format_datetime,
    format_months,
    format_number,
    format_size,
    percent,
    percent_points,
    plural_category,
)
from cxcareer.service.texts import say, say_count

LANGS = ("en", "pt-BR")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (0.0, "0%"),
        (0.004, "1%"),
        (0.005, "1%"),
        (0.285, "29%"),
        (0.655, "66%"),
        (0.995, "99%"),
        (0.9999, "99%"),
        (1.0, "100%"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_percent_rounding_edges(value: float, shown: str, lang: str) -> None:
    assert percent(value, lang) == shown


@pytest.mark.parametrize("lang", LANGS)
def test_percent_matches_cldr_pattern(lang: str) -> None:
    for points in (0, 1, 29, 66, 99, 100):
        cldr = format_percent(Decimal(points) / 100, locale=formats.CLDR_LOCALES[lang])
        assert percent(points / 100, lang) == cldr


@given(st.floats(min_value=0.0, max_value=1.0, exclude_min=True, exclude_max=True))
def test_only_the_ends_are_0_and_100(value: float) -> None:
    assert 1 <= percent_points(value) <= 99


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_rounding_never_reorders(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert percent_points(low) <= percent_points(high)


def test_values_past_the_ends_are_clamped() -> None:
    assert (percent_points(1.2), percent_points(-0.1)) == (100, 0)


MONTHS = (1, 11, 12, 18, 24, 30, None)


def test_months_in_english() -> None:
    assert [format_months(m, "en") for m in MONTHS] == [
        "1 month",
        "11 months",
        "about 1 year",
        "about 1½ years",
        "about 2 years",
        "about 2½ years",
        "not given",
    ]


def test_months_in_portuguese() -> None:
    assert [format_months(m, "pt-BR") for m in MONTHS] == [
        "1 mês",
        "11 meses",
        "cerca de 1 ano",
        "cerca de 1½ ano",
        "cerca de 2 anos",
        "cerca de 2½ anos",
        "não informado",
    ]


def test_months_round_to_the_nearest_half_year() -> None:
    assert format_months(14, "en") == "about 1 year"
    assert format_months(15, "en") == "about 1½ years"
    assert format_months(0, "en") == "0 months"


@pytest.mark.parametrize("months", range(1, 121))
@pytest.mark.parametrize("lang", LANGS)
def test_a_year_or_more_is_said_in_years(months: int, lang: str) -> None:
    shown = format_months(months, lang)
    said_in_months = re.search(r"\b(months?|mês|meses)\b", shown) is not None
    assert said_in_months == (months < 12), shown


@pytest.mark.parametrize("lang", LANGS)
def test_plural_rules_are_babels(lang: str) -> None:
    rule = Locale.parse(formats.CLDR_LOCALES[lang]).plural_form
    counts: list[int | Decimal] = [*range(2001), *(k * 1_000_000 for k in range(1, 4))]
    counts += [Decimal(text) for text in ("0.0", "0.5", "1.0", "1.5", "2.5", "1000000.0")]
    for count in counts:
        assert plural_category(count, lang) == rule(count), count


def test_plural_categories_follow_cldr() -> None:
    assert [plural_category(n, "en") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert [plural_category(n, "pt-BR") for n in (0, 1, 2)] == ["one", "one", "other"]
    assert plural_category(Decimal("1.5"), "en") == "other"
    assert plural_category(Decimal("1.5"), "pt-BR") == "one"


def test_counts_say_the_form_their_number_needs() -> None:
    assert say_count("count_skills", 1, "en") == "1 skill"
    assert say_count("count_skills", 2, "en") == "2 skills"
    assert say_count("count_moves", 2, "pt-BR") == "2 passos"


def test_say_refuses_the_wrong_kind_of_entry() -> None:
    with pytest.raises(TypeError, match="say_count"):
        say("count_skills", "en")
    with pytest.raises(TypeError, match="say\\(\\)"):
        say_count("duration_not_given", 2, "en")


def test_unknown_language_spellings_fall_back() -> None:
    assert say("duration_not_given", "pt_BR") == "não informado"
    assert say("duration_not_given", "de-DE") == "not given"


DAY = date(2026, 12, 2)


def test_dates_short_and_long() -> None:
    assert format_date(DAY, "en") == "2 Dec 2026"
    assert format_date(DAY, "pt-BR") == "2 de dez. de 2026"
    assert format_date(DAY, "en", "long") == "2 December 2026"
    assert format_date(DAY, "pt-BR", "long") == "2 de dezembro de 2026"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("style", ["short", "long"])
def test_no_date_is_only_digits(lang: str, style: formats.DateStyle) -> None:
    for month in range(1, 13):
        shown = format_date(date(2026, month, 11), lang, style)
        assert "2026" in shown
        assert not re.search(r"\d+[/.-]\d+", shown), shown


@pytest.fixture
def sao_paulo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone is UTC-3 for the test."""
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("style", ["short", "long"])
def test_written_out_dates_are_babels(lang: str, style: formats.DateStyle) -> None:
    """The month names and patterns kept in the module (to spare Babel at start-up) are CLDR's."""
    from babel.dates import format_date as babel_date

    cldr = {"short": "medium", "long": "long"}[style]
    locale = formats.CLDR_LOCALES[lang]
    for day in (date(2026, month, 1 + month * 2) for month in range(1, 13)):
        assert format_date(day, lang, style) == babel_date(day, cldr, locale=locale), day
    assert format_date(date(999, 1, 31), lang, style) == babel_date(
        date(999, 1, 31), cldr, locale=locale
    )


@pytest.mark.usefixtures("sao_paulo")
def test_datetimes_are_local() -> None:
    moment = datetime(2026, 12, 2, 2, 15, tzinfo=UTC)
    assert format_datetime(moment, "en") == "1 Dec 2026, 23:15"
    assert format_datetime(moment, "pt-BR") == "1 de dez. de 2026 23:15"
    assert format_datetime(moment.replace(tzinfo=None), "en") == "1 Dec 2026, 23:15"
    assert format_date(moment, "en") == "1 Dec 2026"


def test_date_pattern_is_what_format_date_writes() -> None:
    assert date_pattern("en") == "d MMM y"
    assert date_pattern("pt-BR") == "d 'de' MMM 'de' y"


@pytest.mark.parametrize(
    ("size", "en", "pt"),
    [
        (0, "0 bytes", "0 byte"),
        (1, "1 byte", "1 byte"),
        (999, "999 bytes", "999 bytes"),
        (1000, "1.0 kB", "1,0 kB"),
        (1_234_567, "1.2 MB", "1,2 MB"),
        (999_999, "1.0 MB", "1,0 MB"),
        (3 * 10**12, "3.0 TB", "3,0 TB"),
    ],
)
def test_sizes(size: int, en: str, pt: str) -> None:
    assert (format_size(size, "en"), format_size(size, "pt-BR")) == (en, pt)


def test_numbers_without_needless_decimals() -> None:
    assert [format_number(v, "en") for v in (2.0, 1.5, 0.25)] == ["2", "1.5", "0.25"]
    assert [format_number(v, "pt-BR") for v in (2.0, 1.5, 1234.5)] == ["2", "1,5", "1.234,5"]


@pytest.mark.parametrize("module", [formats, texts, glossary])
def test_docstring_examples(module: object) -> None:
    failed, tried = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)  # type: ignore[arg-type]
    assert tried > 0
    assert failed == 0
