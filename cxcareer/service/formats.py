"""Numbers, percentages, dates, durations, counts and file sizes, said one way everywhere.

Why one module: the desktop app, the PDF pack and the command line show the same readiness,
the same due dates and the same "about 2 years"; when each face formats on its own, the
onboarding wizard says 11 % where the overview says 10 %. Every face calls these functions;
none of them imports Qt, so the CLI and the PDF use them as they are.

Language data (month names, date patterns, decimal signs) comes from CLDR through Babel.
English is written the CLDR ``en_GB`` way ("2 Dec 2026", 24-hour clock): day before month reads
the same to everyone, and it is what the app showed before. Babel is imported inside the
functions that need it and each language's data is loaded once (about 25 ms): percentages and
the CLDR plural rules of the two shipped languages need no Babel, so an overview without dates
opens without it.

Machines read ISO dates (``--json``, CSV, file names); those never come through here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import TYPE_CHECKING, Literal

from cxcareer.framework.text import normalise_language
from cxcareer.service.texts import say, say_count

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "CLDR_LOCALES",
    "DateStyle",
    "date_pattern",
    "format_date",
    "format_datetime",
    "format_list",
    "format_months",
    "format_number",
    "format_size",
    "percent",
    "percent_points",
    "plural_category",
]

#: The CLDR locale each app language is written in.
CLDR_LOCALES: dict[str, str] = {"en": "en_GB", "pt-BR": "pt_BR"}

DateStyle = Literal["short", "long"]
"""``short``: "2 Dec 2026" / "2 de dez. de 2026" (tables, lists); ``long``: "2 December 2026" /
"2 de dezembro de 2026" (headings and sentences). Both are CLDR's medium and long forms: the
month is a word, the year has four digits, so 11/12/26 can never be misread."""

_CLDR_STYLE: dict[str, Literal["medium", "long"]] = {"short": "medium", "long": "long"}


def _cldr(lang: str) -> str:
    return CLDR_LOCALES[normalise_language(lang)]


@cache
def _locale(lang: str) -> Locale:
    """Babel's locale for an app language, its CLDR data loaded once per process."""
    from babel import Locale

    return Locale.parse(_cldr(lang))


def percent_points(value: float) -> int:
    """A share from 0.0 to 1.0 as whole percentage points, by the one rounding rule.

    The rule: round half up (0.005 is 1 %, 0.285 is 29 %, reading the number as written, not
    its binary approximation), then keep the ends honest: 100 only for a value of 1.0 or more
    (a role needing one more point is not "100 % ready") and 0 only for 0.0 or less (a first
    point earned shows). CSV exports write this number too.

    >>> [percent_points(v) for v in (0.0, 0.004, 0.005, 0.285, 0.5, 0.995, 0.9999, 1.0)]
    [0, 1, 1, 29, 50, 99, 99, 100]
    """
    if value >= 1.0:
        return 100
    if value <= 0.0:
        return 0
    points = int((Decimal(repr(float(value))) * 100).quantize(Decimal(1), ROUND_HALF_UP))
    return min(99, max(1, points))


def percent(value: float, lang: str) -> str:
    """A share as people read it: ``0.66`` is "66%", in every face.

    Both languages write the number and the sign without a space (CLDR's ``#,##0%`` for en and
    pt); whole points only, so no decimal sign is needed (a test compares with Babel).

    >>> percent(0.656, "en"), percent(0.004, "pt-BR"), percent(0.9999, "en")
    ('66%', '1%', '99%')
    """
    del lang  # same pattern in both languages; kept so a third language can differ
    return f"{percent_points(value)}%"


def _cldr_rule_en(whole: int, decimals: int) -> str:
    """CLDR ``en``: one: ``i = 1 and v = 0``."""
    return "one" if whole == 1 and decimals == 0 else "other"


def _cldr_rule_pt(whole: int, decimals: int) -> str:
    """CLDR ``pt``: one: ``i = 0..1``; many: ``i != 0 and i % 1000000 = 0 and v = 0``."""
    if whole in (0, 1):
        return "one"
    if whole % 1_000_000 == 0 and decimals == 0:
        return "many"
    return "other"


#: The plural rules of the shipped languages, written out so the overview's "2 moves" does not
#: load Babel's locale data at start-up; a test checks them against Babel's CLDR rules.
_PLURAL_RULES = {"en": _cldr_rule_en, "pt-BR": _cldr_rule_pt}


def plural_category(count: int | Decimal, lang: str) -> str:
    """CLDR's plural category of ``count`` in ``lang`` ("one", "other", "many").

    Brazilian Portuguese counts 0 and 1 (and 1.5) as "one" (CLDR ``i = 0..1``); English only
    a whole 1. A catalogue entry without the category asked for uses its "other" form.

    >>> plural_category(0, "pt-BR"), plural_category(0, "en"), plural_category(2, "pt-BR")
    ('one', 'other', 'other')
    """
    number = Decimal(count).copy_abs()
    exponent = number.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return _PLURAL_RULES[normalise_language(lang)](int(number), decimals)


def format_number(value: float, lang: str) -> str:
    """A weight or sum without needless decimals: "2", "1.5" (en), "1,5" (pt-BR).

    >>> format_number(2.0, "pt-BR"), format_number(1.5, "pt-BR"), format_number(1234.5, "en")
    ('2', '1,5', '1,234.5')
    """
    from babel.numbers import format_decimal

    return str(format_decimal(value, format="#,##0.###", locale=_locale(lang)))


def format_months(months: int | None, lang: str) -> str:
    """A typical duration: "6 months" under a year, then "about 2½ years" to the half year.

    Framework months are estimates, so a year or more is rounded (half up) to the nearest half
    year and said as "about"; under a year the months are exact. ``None`` is a duration the
    framework does not give.

    >>> [format_months(m, "en") for m in (6, 18, 24, None)]
    ['6 months', 'about 1½ years', 'about 2 years', 'not given']
    """
    if months is None:
        return say("duration_not_given", lang)
    if months < 12:
        return say_count("duration_months", months, lang)
    halves = int((Decimal(months) / 6).quantize(Decimal(1), ROUND_HALF_UP))
    whole, half = divmod(halves, 2)
    years = f"{whole}½" if half else str(whole)
    return say_count("duration_years", Decimal(halves) / 2, lang, shown=years)


def _as_local(moment: datetime) -> datetime:
    """Stored times are UTC, naive or not; people want their own clock."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone()


#: CLDR's medium and long dates of the shipped languages (en_GB, pt_BR), written out so a screen
#: showing a date does not load Babel's locale data at start-up (about 40 ms); a test checks
#: every month of both styles against Babel.
_DATE_PATTERNS: dict[tuple[str, DateStyle], str] = {
    ("en", "short"): "{day} {month} {year}",
    ("en", "long"): "{day} {month} {year}",
    ("pt-BR", "short"): "{day} de {month} de {year}",
    ("pt-BR", "long"): "{day} de {month} de {year}",
}
_MONTHS: dict[tuple[str, DateStyle], tuple[str, ...]] = {
    ("en", "short"): (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
    ),
    ("en", "long"): (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    ("pt-BR", "short"): (
        "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
        "dez.",
    ),
    ("pt-BR", "long"): (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro",
    ),
}  # fmt: skip


def format_date(day: date | datetime, lang: str, style: DateStyle = "short") -> str:
    """A calendar day in ``lang``: "2 Dec 2026" / "2 de dez. de 2026" (``style="long"``: the
    month in full). A datetime is first turned into local time, then its day is shown.

    >>> format_date(date(2026, 12, 2), "en"), format_date(date(2026, 12, 2), "pt-BR")
    ('2 Dec 2026', '2 de dez. de 2026')
    >>> format_date(date(2026, 3, 5), "pt-BR", "long")
    '5 de março de 2026'
    """
    if isinstance(day, datetime):
        day = _as_local(day).date()
    key = (normalise_language(lang), style)
    month = _MONTHS[key][day.month - 1]
    return _DATE_PATTERNS[key].format(day=day.day, month=month, year=day.year)


def format_datetime(moment: datetime, lang: str, style: DateStyle = "short") -> str:
    """A moment in local time: "2 Dec 2026, 14:05" / "2 de dez. de 2026 14:05".

    The day as :func:`format_date` writes it, the time without seconds, joined the CLDR way.
    A naive ``moment`` is UTC (how the store keeps times).
    """
    from babel.dates import format_time, get_datetime_format

    local = _as_local(moment)
    locale = _locale(lang)
    joined = str(get_datetime_format(_CLDR_STYLE[style], locale=locale)).replace("'", "")
    clock = str(format_time(local, "short", locale=locale))
    return joined.replace("{1}", format_date(local.date(), lang, style)).replace("{0}", clock)


def date_pattern(lang: str, style: DateStyle = "short") -> str:
    """The CLDR pattern :func:`format_date` uses ("d MMM y", "d 'de' MMM 'de' y").

    For widgets that format dates themselves (a date editor), so they write the same way.
    """
    return str(_locale(lang).date_formats[_CLDR_STYLE[style]].pattern)


def format_list(items: Sequence[str], lang: str) -> str:
    """Items joined the way ``lang`` lists them: "a, b and c" / "a, b e c" (CLDR).

    >>> format_list(["2 skills", "1 action", "3 one-to-ones"], "pt-BR")
    '2 skills, 1 action e 3 one-to-ones'
    """
    from babel.lists import format_list as babel_list

    return str(babel_list(list(items), locale=_locale(lang)))


_SIZE_UNITS = ("kB", "MB", "GB", "TB")


def format_size(size: int, lang: str) -> str:
    """A file size in SI units with one decimal: "512 bytes", "1.2 MB" / "1,2 MB".

    >>> format_size(512, "en"), format_size(1_234_567, "pt-BR")
    ('512 bytes', '1,2 MB')
    """
    if size < 1000:
        return say_count("size_bytes", size, lang)
    from babel.numbers import format_decimal

    value = size / 1000
    index = 0
    while value >= 999.95 and index < len(_SIZE_UNITS) - 1:  # 999.95 kB shows as 1.0 MB
        value /= 1000
        index += 1
    number = format_decimal(round(value, 1), format="#,##0.0", locale=_locale(lang))
    return f"{number} {_SIZE_UNITS[index]}"
