"""The wheel build hook ships a compiled catalog, with its stamp, for every .ts source."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PREFIX = "cxcareer/resources/translations/"


@pytest.mark.slow
def test_wheel_contains_every_catalog(built_wheel: Path) -> None:
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources:
        pytest.skip("no translation sources yet")
    with zipfile.ZipFile(built_wheel) as archive:
        names = set(archive.namelist())
        for ts in sources:
            qm = f"{PREFIX}{ts.stem}.qm"
            assert qm in names
            assert archive.read(qm)[:4] == bytes.fromhex("3cb86418")  # Qt .qm magic
            stamp = archive.read(qm + ".sha256").decode().strip()
            assert stamp == hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
            assert f"{PREFIX}{ts.name}" in names
