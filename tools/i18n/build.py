"""Compile every translation source into the ``.qm`` files Qt loads: ``python -m tools.i18n.build``.

Run it after editing a ``.ts`` file; CI runs it before the tests and the wheel build hook
(``hatch_build.py``) before packing. Only catalogs whose ``.qm`` is missing or was built from
other ``.ts`` content are compiled again, unless ``--force``. The running app never needs this
module: it compiles a single missing catalog on its own (:mod:`cxcareer.ui.i18n.catalogs`).

Standard library only, so ``hatch_build.py`` can import it before PySide6 is importable.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cxcareer.ui.i18n.linguist import LinguistError
from cxcareer.ui.i18n.qm_files import (
    catalog_sources,
    compile_catalog,
    is_fresh,
    translations_dir,
)

__all__ = ["build_translations", "main"]


def build_translations(
    source_dir: Path | None = None, out_dir: Path | None = None, *, force: bool = False
) -> list[Path]:
    """Compile every ``*_<lang>.ts`` in ``source_dir`` into ``out_dir`` (default: beside them).

    Returns:
        The ``.qm`` files written (catalogs already up to date are skipped unless ``force``).

    Raises:
        ToolNotFound, LinguistError: as :func:`compile_catalog`.
    """
    source = source_dir if source_dir is not None else translations_dir()
    target = out_dir if out_dir is not None else source
    built: list[Path] = []
    for ts in catalog_sources(source):
        qm = target / f"{ts.stem}.qm"
        if force or not is_fresh(ts, qm):
            built.append(compile_catalog(ts, qm))
    return built


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: compile the catalogs; exit status 1 with the reason when that fails."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n.build",
        description="Compile resources/translations/*.ts into .qm files with Qt's lrelease.",
    )
    parser.add_argument("--source", type=Path, help="folder of .ts files (default: resources)")
    parser.add_argument("--out", type=Path, help="folder for the .qm files (default: the same)")
    parser.add_argument("--force", action="store_true", help="compile even up-to-date catalogs")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    args = parser.parse_args(argv)
    source = args.source if args.source is not None else translations_dir()
    try:
        built = build_translations(source, args.out, force=args.force)
    except (LinguistError, OSError) as error:
        print(f"i18n build: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        total = len(catalog_sources(source))
        for qm in built:
            print(f"built {qm}")
        print(f"{len(built)} of {total} catalog(s) compiled, the rest were up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
