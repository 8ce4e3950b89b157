"""Compile the translation sources (``<area>_<lang>.ts``) into the ``.qm`` files Qt loads.

Run ``python -m cxcareer.ui.i18n.build`` after editing a ``.ts`` file (CI and the wheel build
hook run it too). ``.qm`` files are build output: never edited, never committed. Only catalogs
whose ``.qm`` is missing or was built from other ``.ts`` content are compiled again, unless
``--force``.

Standard library only, so ``hatch_build.py`` can import it before PySide6 is importable.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from cxcareer.resources import resource_path
from cxcareer.ui.i18n.tools import LinguistError, run_tool

__all__ = [
    "build_translations",
    "catalog_sources",
    "compile_catalog",
    "file_suffix",
    "is_fresh",
    "main",
    "source_digest",
    "stamp_path",
    "translations_dir",
]

STAMP_SUFFIX = ".sha256"


def translations_dir() -> Path:
    """``resources/translations`` of this source tree or installation."""
    return resource_path("translations")


def file_suffix(lang: str) -> str:
    """The file-name form of a language tag: ``pt-BR`` → ``pt_BR``."""
    return lang.replace("-", "_")


def catalog_sources(source_dir: Path, lang: str | None = None) -> list[Path]:
    """The ``.ts`` files in ``source_dir`` (only ``*_<lang>.ts`` when ``lang`` is given)."""
    if not source_dir.is_dir():
        return []
    pattern = f"*_{file_suffix(lang)}.ts" if lang else "*_*.ts"
    return sorted(source_dir.glob(pattern))


def source_digest(ts: Path) -> str:
    """A short hash of the ``.ts`` content, recorded beside each ``.qm`` built from it."""
    return hashlib.sha256(ts.read_bytes()).hexdigest()[:16]


def stamp_path(qm: Path) -> Path:
    """The file beside ``qm`` naming the digest of the ``.ts`` it was compiled from."""
    return qm.with_name(qm.name + STAMP_SUFFIX)


def is_fresh(ts: Path, qm: Path) -> bool:
    """True when ``qm`` exists and was compiled from the current content of ``ts``.

    Content, not modification times: installing a wheel gives every file the time it was
    unpacked, in archive order, which would make a shipped ``.qm`` look older than its ``.ts``.
    """
    try:
        return qm.is_file() and stamp_path(qm).read_text().strip() == source_digest(ts)
    except OSError:
        return False


def compile_catalog(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` into ``qm`` with ``lrelease``; returns ``qm``.

    The file is written under a temporary name and renamed, so two app windows starting at
    once never load a half-written catalog; a stamp beside it records which ``.ts`` content it
    came from (see :func:`is_fresh`).

    Raises:
        ToolNotFound: when lrelease is missing.
        LinguistError: when lrelease rejects the file or cannot write.
    """
    qm.parent.mkdir(parents=True, exist_ok=True)
    digest = source_digest(ts)
    handle, temporary = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        run_tool("lrelease", ["-silent", str(ts), "-qm", temporary])
        if Path(temporary).stat().st_size == 0:
            raise LinguistError(f"lrelease wrote nothing for {ts}; is it a Qt Linguist file?")
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a wheel must ship it readable
        os.replace(temporary, qm)
        stamp_path(qm).write_text(digest + "\n")
    finally:
        Path(temporary).unlink(missing_ok=True)
    return qm


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
        prog="python -m cxcareer.ui.i18n.build",
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
