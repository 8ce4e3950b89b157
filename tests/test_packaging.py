"""The built-in framework must ship inside the wheel: a non-editable install has to find it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_resources_in_a_clean_venv(tmp_path: Path, built_wheel: Path) -> None:
    wheel = built_wheel
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "cxcareer/resources/frameworks/cx-support.yaml" in names
    assert "cxcareer/resources/demo/team.yaml" in names
    assert "cxcareer/resources/desktop/cxcareer.desktop" in names
    assert "cxcareer/resources/icons/cxcareer.svg" in names
    for size in (16, 32, 48, 256):
        assert f"cxcareer/resources/icons/hicolor/{size}x{size}/apps/cxcareer.png" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()

    probe = (
        "from cxcareer.resources import resource_path;"
        "print(resource_path('frameworks', 'cx-support.yaml'))"
    )
    found = subprocess.run(
        [str(python), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path
    ).stdout.strip()
    installed = Path(found)
    assert installed.is_relative_to(Path(site))
    source = ROOT / "resources" / "frameworks" / "cx-support.yaml"
    assert installed.read_bytes() == source.read_bytes()
