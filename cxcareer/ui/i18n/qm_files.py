"""Compiled catalogs (``.qm``) and the translation sources (``<area>_<lang>.ts``) they come from.

Why in the package: the running app compiles a catalog itself when a source checkout has no
up-to-date ``.qm`` (:mod:`cxcareer.ui.i18n.catalogs`), so it needs to know where the sources
are, whether a ``.qm`` was compiled from their current content (a stamp beside it) and how to
compile one safely. Compiling them all for a wheel or for CI is the build tool's job
(``python -m tools.i18n.build``), which uses these same functions. ``.qm`` files are build
output: never edited, never committed.

Standard library only, so ``hatch_build.py`` can import it before PySide6 is importable.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from cxcareer.resources import resource_path
from cxcareer.ui.i18n.linguist import LinguistError, run_tool

__all__ = [
    "catalog_sources",
    "compile_catalog",
    "file_suffix",
    "is_fresh",
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
