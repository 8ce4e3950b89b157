"""Short texts shared by the Overview and Paths screens: percentages, levels, months, moves.

Why one module: the same readiness, "have → need" and "18 months" appear in targets, next moves,
path steps and what-if; writing them once keeps every screen saying the same thing, in the same
words, in both languages.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from cxcareer.framework.model import MoveKind
from cxcareer.service.career import PersonSnapshot

__all__ = [
    "date_text",
    "days_late_text",
    "kind_text",
    "level_change_text",
    "level_change_tooltip",
    "locale_for",
    "months_text",
    "moves_text",
    "number_text",
    "percent_text",
]


def locale_for(lang: str) -> QLocale:
    """The Qt locale that formats numbers and dates for ``lang``."""
    if lang == "pt-BR":
        return QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def percent_text(value: float) -> str:
    """Readiness as a whole percentage, rounded down so "100%" always means ready."""
    shown = 100 if value >= 1.0 else min(99, math.floor(value * 100 + 1e-9))
    return f"{shown}%"


def number_text(value: float, lang: str) -> str:
    """A weight or sum without needless decimals (2, 1.5; 1,5 in pt-BR)."""
    if float(value).is_integer():
        return str(int(value))
    return locale_for(lang).toString(float(value), "g", 6)


def level_change_text(have: int, need: int) -> str:
    """``"1 → 3"``: the person's level and the level needed."""
    return f"{have} → {need}"


def level_change_tooltip(view: PersonSnapshot, have: int, need: int) -> str:
    """The same change with the scale's names, e.g. "Assist (2) → Apply (3)"."""

    def named(level: int) -> str:
        if level <= 0:
            return QCoreApplication.translate("OverviewLabels", "not rated yet (0)")
        return f"{view.scale_name(level)} ({level})"

    return QCoreApplication.translate("OverviewLabels", "You have: {have}. Needed: {need}.").format(
        have=named(have), need=named(need)
    )


def months_text(months: int | None) -> str:
    """Typical time of a move, or "not given" when the framework is silent."""
    if months is None:
        return QCoreApplication.translate("OverviewLabels", "not given")
    if months == 1:
        return QCoreApplication.translate("OverviewLabels", "1 month")
    return QCoreApplication.translate("OverviewLabels", "{count} months").format(count=months)


def moves_text(moves: int) -> str:
    """How many moves a route takes."""
    if moves == 1:
        return QCoreApplication.translate("OverviewLabels", "1 move")
    return QCoreApplication.translate("OverviewLabels", "{count} moves").format(count=moves)


def days_late_text(days: int) -> str:
    """How late an open action is."""
    if days == 1:
        return QCoreApplication.translate("OverviewLabels", "1 day late")
    return QCoreApplication.translate("OverviewLabels", "{count} days late").format(count=days)


def date_text(value: date, lang: str) -> str:
    """A date with the month in words and a four-digit year, in ``lang``'s order."""
    return locale_for(lang).toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def kind_text(kind: MoveKind) -> str:
    """Promotion or lateral move, in words."""
    if kind is MoveKind.PROMOTION:
        return QCoreApplication.translate("OverviewLabels", "Promotion")
    return QCoreApplication.translate("OverviewLabels", "Lateral move")
