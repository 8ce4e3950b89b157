"""Which invocations open the window and which run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer.launcher import is_app_invocation


@pytest.mark.parametrize(
    "argv",
    [[], ["--demo"], ["--db", "x.db"], ["--db=x.db", "--lang", "pt-BR"], ["--read-only"]],
)
def test_app_invocations(argv: list[str]) -> None:
    assert is_app_invocation(argv)


@pytest.mark.parametrize(
    "argv", [["--help"], ["next"], ["--db", "x.db", "person", "list"], ["framework", "check", "f"]]
)
def test_cli_invocations(argv: list[str]) -> None:
    assert not is_app_invocation(argv)


def test_no_arguments_opens_the_window(tmp_path: Path) -> None:
    """The app without options (what ``cxcareer`` alone starts, offscreen here) paints its
    window on the default database; the bench's probe ends it after that paint."""
    assert is_app_invocation([])
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "HOME": str(tmp_path),
        }
    )
    env.pop("CXCAREER_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", "painted"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "data").rglob("*.db")), "the default database was created"
