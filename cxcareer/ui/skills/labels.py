"""How the Skills screen writes levels and dates, in the current language.

Why one module: the table, its editor, the tooltips and the chart all say "3 — Apply" and all
print dates; writing them in one place keeps the screen consistent with itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from cxcareer.service.career import PersonSnapshot

__all__ = ["date_text", "datetime_text", "level_label", "locale_for", "not_rated"]


def locale_for(lang: str) -> QLocale:
    """The locale that formats dates for ``lang``."""
    if lang == "pt-BR":
        return QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def not_rated() -> str:
    """What a cell says when nobody gave that rating."""
    return QCoreApplication.translate("SkillLabels", "Not rated")


def level_label(view: PersonSnapshot, level: int) -> str:
    """``"3 — Apply"``: the number and the scale's name for it (0 is "Not yet")."""
    not_yet = level <= 0
    name = (
        QCoreApplication.translate("SkillLabels", "Not yet") if not_yet else view.scale_name(level)
    )
    if name == str(level):
        return name
    return QCoreApplication.translate("SkillLabels", "{level} — {name}").format(
        level=level, name=name
    )


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()


def date_text(moment: datetime, lang: str) -> str:
    """The local date of ``moment``, short, as people of ``lang`` write it."""
    return locale_for(lang).toString(_local(moment).date(), QLocale.FormatType.ShortFormat)


def datetime_text(moment: datetime, lang: str) -> str:
    """The local date and time of ``moment``, short."""
    return locale_for(lang).toString(_local(moment), QLocale.FormatType.ShortFormat)
