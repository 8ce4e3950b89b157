"""Dates and sizes as people read them in the app's language.

Why not ``str(datetime)``: stored times are UTC; people want their local time, in the order and
words of their language ("22/11/2026 10:15" in pt-BR, "11/22/26 10:15 AM" in English).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale

__all__ = ["format_datetime", "format_size", "locale_for"]


def locale_for(lang: str) -> QLocale:
    """The Qt locale of one of the app's languages."""
    if lang == "pt-BR":
        return QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def format_datetime(moment: datetime, lang: str) -> str:
    """``moment`` in local time, short date and time in ``lang``'s conventions."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))
    return locale_for(lang).toString(local, QLocale.FormatType.ShortFormat)


def format_size(size: int, lang: str) -> str:
    """A file size such as "1.2 MB" / "1,2 MB"."""
    return locale_for(lang).formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
