"""Refresh the ``.ts`` sources from the code: ``python -m tools.i18n.update [AREA ...]``.

Runs ``lupdate`` over each area's files (see :mod:`tools.i18n.areas`) into
``resources/translations/<area>_pt_BR.ts``, keeping the translations already there and dropping
strings the code no longer has. New strings arrive marked unfinished; translate them (by hand
or with ``pyside6-linguist``) and remove ``type="unfinished"``. Without arguments every area
that has translatable strings or already has a ``.ts`` file is refreshed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cxcareer.ui.i18n.linguist import LinguistError
from cxcareer.ui.i18n.qm_files import translations_dir
from tools.i18n.areas import extract, ts_path, ui_areas

__all__ = ["main", "update_areas"]

UI_DIR = Path(__file__).resolve().parents[2] / "cxcareer" / "ui"


def update_areas(
    areas: Sequence[str] = (),
    *,
    ui_dir: Path = UI_DIR,
    out_dir: Path | None = None,
    lang: str = "pt-BR",
) -> dict[str, str]:
    """Refresh the ``.ts`` of ``areas`` (all when empty); returns lupdate's report per area.

    An area without translatable strings and without a ``.ts`` gets no file.

    Raises:
        ValueError: for an area name that does not exist under ``ui_dir``.
        ToolNotFound, LinguistError: when lupdate is missing or fails.
    """
    known = ui_areas(ui_dir)
    unknown = [a for a in areas if a not in known]
    if unknown:
        raise ValueError(f"no such area: {', '.join(unknown)} (areas: {', '.join(known)})")
    target_dir = out_dir if out_dir is not None else translations_dir()
    reports: dict[str, str] = {}
    for area in areas or list(known):
        ts = ts_path(target_dir, area, lang)
        existed = ts.exists()
        report = extract(known[area], ts, lang=lang)
        if not existed and "Found 0 source text" in report:
            ts.unlink(missing_ok=True)
            continue
        reports[area] = report
    return reports


def main(argv: Sequence[str] | None = None) -> int:
    """Command line; exit status 1 with the reason when lupdate is missing or fails."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n.update",
        description="Refresh resources/translations/<area>_pt_BR.ts from the code with lupdate.",
    )
    parser.add_argument("areas", nargs="*", help="areas to refresh (default: all)")
    args = parser.parse_args(argv)
    try:
        reports = update_areas(args.areas)
    except (ValueError, LinguistError, OSError) as error:
        print(f"i18n update: {error}", file=sys.stderr)
        return 1
    for area, report in reports.items():
        summary = [line.strip() for line in report.splitlines() if "Found" in line]
        print(f"{area}: {' '.join(summary) or 'updated'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
