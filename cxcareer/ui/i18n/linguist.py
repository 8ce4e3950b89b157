"""Where Qt's ``lupdate`` and ``lrelease`` live, whatever shape the Python install has.

Why a search: PySide6 ships both programs inside its package folder and adds ``pyside6-lupdate``
/ ``pyside6-lrelease`` scripts to the environment's ``bin`` folder, but that folder is on
``PATH`` only when the virtual environment is activated. The build hook, CI and a launcher
started from a desktop icon all run ``sys.executable`` directly, so the package folder comes
first and ``PATH`` last. Finding the package uses :func:`importlib.util.find_spec`, which locates
PySide6 without importing (and loading) Qt.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["LinguistError", "ToolNotFound", "find_tool", "run_tool"]

TOOLS = ("lupdate", "lrelease")


class LinguistError(RuntimeError):
    """A Linguist tool could not be found or failed; the message says what to do."""


class ToolNotFound(LinguistError):
    """Neither PySide6's copy nor one on ``PATH`` exists."""


def _exe(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def _pyside_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _candidates(name: str) -> list[Path]:
    found: list[Path] = []
    package = _pyside_dir()
    if package is not None:
        found.append(package / _exe(name))
    scripts = Path(sys.executable).parent
    found.append(scripts / _exe(f"pyside6-{name}"))
    for program in (f"pyside6-{name}", name, f"{name}-qt6", f"{name}6"):
        on_path = shutil.which(program)
        if on_path:
            found.append(Path(on_path))
    return found


def find_tool(name: str) -> Path:
    """The path of ``lupdate`` or ``lrelease``.

    Looks in this order: PySide6's package folder, the ``pyside6-<name>`` script next to the
    running interpreter, then ``pyside6-<name>``, ``<name>``, ``<name>-qt6`` and ``<name>6`` on
    ``PATH``.

    Raises:
        ValueError: for a tool other than lupdate or lrelease.
        ToolNotFound: when none exists; the message lists where it looked.
    """
    if name not in TOOLS:
        raise ValueError(f"unknown Linguist tool {name!r}; expected one of {', '.join(TOOLS)}")
    candidates = _candidates(name)
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    looked = "\n  ".join(str(c) for c in candidates) or "(PySide6 is not installed)"
    raise ToolNotFound(
        f"Qt's {name} was not found. Install PySide6-Essentials in this Python environment "
        f"({sys.executable}) or put {name} on PATH. Looked at:\n  {looked}"
    )


def run_tool(name: str, args: Sequence[str], *, cwd: Path | None = None) -> str:
    """Run ``lupdate``/``lrelease`` with ``args``; returns what it printed.

    Raises:
        ToolNotFound: when the tool is missing.
        LinguistError: when it fails; the message holds its output.
    """
    command = [str(find_tool(name)), *args]
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=300
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LinguistError(f"{name} could not run: {error}") from error
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise LinguistError(f"{name} failed (exit status {done.returncode}):\n{output}")
    return output
