"""Run Python in a real child process as a person's app would run: offscreen, in its own folders.

Why a helper: a test that starts the app (or a tool that drives it) must neither read nor write
the developer's settings, cache or temporary folder, and must never hang the run; the tests
that look at what a process leaves behind set the same variables and limits here, once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["ROOT", "isolated_env", "run_python"]

ROOT = Path(__file__).resolve().parent.parent


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """This environment with Qt offscreen, HOME and the XDG folders under ``home``, no
    ``CXCAREER_DB`` nor ``CXCAREER_CACHE_DIR``, and ``extra`` (e.g. ``TMPDIR``) on top."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "HOME": str(home),
            **extra,
        }
    )
    env.pop("CXCAREER_DB", None)
    env.pop("CXCAREER_CACHE_DIR", None)
    return env


def run_python(args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` from the checkout's root, its output kept, stopped after five minutes."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
