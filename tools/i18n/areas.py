"""Translation areas: which Python files each ``resources/translations/<area>_<lang>.ts`` covers.

An area is a subpackage of ``cxcareer/ui`` (``people``, ``team`` …). The area ``shell`` holds
the modules directly in ``cxcareer/ui`` plus ``cxcareer/ui/common``, which every screen shares.
One file per area lets engineers translate their screens without touching each other's files.

Why files are listed rather than a folder given to ``lupdate``: when scanning a folder, lupdate
ignores ``.py`` files unless told ``-extensions py``, which silently yields an empty catalog.
"""

from __future__ import annotations

from pathlib import Path

from cxcareer.ui.i18n.linguist import run_tool
from cxcareer.ui.i18n.qm_files import file_suffix

__all__ = ["SHARED_DIRS", "SHELL", "extract", "ts_path", "ui_areas"]

SHELL = "shell"
SHARED_DIRS = ("common",)
"""Subfolders of ``cxcareer/ui`` whose strings belong to the shell rather than an own area."""

SOURCE_LANGUAGE_TAG = "en"


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def ui_areas(ui_dir: Path) -> dict[str, list[Path]]:
    """Each area's Python files, ``shell`` first, then the subpackages by name."""
    areas: dict[str, list[Path]] = {SHELL: sorted(ui_dir.glob("*.py"))}
    for shared in SHARED_DIRS:
        if (ui_dir / shared).is_dir():
            areas[SHELL].extend(_python_files(ui_dir / shared))
    for sub in sorted(ui_dir.iterdir()):
        if not sub.is_dir() or sub.name in SHARED_DIRS or sub.name.startswith(("_", ".")):
            continue
        files = _python_files(sub)
        if files:
            areas[sub.name] = files
    return areas


def ts_path(translations_dir: Path, area: str, lang: str = "pt-BR") -> Path:
    """``<translations_dir>/<area>_<lang>.ts``."""
    return translations_dir / f"{area}_{file_suffix(lang)}.ts"


def extract(
    files: list[Path], ts: Path, *, lang: str = "pt-BR", keep_obsolete: bool = False
) -> str:
    """Run lupdate over ``files`` into ``ts`` (created or merged); returns lupdate's report.

    Existing translations in ``ts`` are kept; strings gone from the code are dropped unless
    ``keep_obsolete``.

    Raises:
        ToolNotFound, LinguistError: when lupdate is missing or fails.
    """
    ts.parent.mkdir(parents=True, exist_ok=True)
    args = [
        *(str(f) for f in files),
        *("-ts", str(ts)),
        *("-source-language", SOURCE_LANGUAGE_TAG, "-target-language", file_suffix(lang)),
    ]
    if not keep_obsolete:
        args.append("-no-obsolete")
    return run_tool("lupdate", args)
