"""Finding lupdate/lrelease: from the venv even when its bin folder is not on PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer.ui.i18n.linguist import LinguistError, find_tool, run_tool

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", ["lupdate", "lrelease"])
def test_finds_each_tool(name: str) -> None:
    path = find_tool(name)
    assert path.is_file()
    assert os.access(path, os.X_OK)


def test_rejects_other_programs() -> None:
    with pytest.raises(ValueError, match="unknown Linguist tool"):
        find_tool("rm")


def test_found_with_venv_bin_off_path(tmp_path: Path) -> None:
    probe = "from cxcareer.ui.i18n.linguist import find_tool; print(find_tool('lrelease'))"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PATH": str(tmp_path), "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()).is_file()


def test_missing_pyside_gives_clear_message(tmp_path: Path) -> None:
    base = getattr(sys, "_base_executable", "")
    if not base or sys.prefix == sys.base_prefix:
        pytest.skip("needs a base interpreter outside this virtual environment")
    has_qt = subprocess.run([base, "-c", "import PySide6"], capture_output=True, check=False)
    if has_qt.returncode == 0:
        pytest.skip("the base interpreter has PySide6 too")
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from cxcareer.ui.i18n.linguist import ToolNotFound, find_tool\n"
        "try:\n    find_tool('lupdate')\n"
        "except ToolNotFound as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [base, "-I", "-c", probe, str(ROOT)],
        env={"PATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "lupdate was not found" in done.stdout
    assert "PySide6-Essentials" in done.stdout


def test_failure_carries_the_tool_output(tmp_path: Path) -> None:
    broken = tmp_path / "broken_pt_BR.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(LinguistError, match="lrelease failed"):
        run_tool("lrelease", [str(broken), "-qm", str(tmp_path / "out.qm")])
