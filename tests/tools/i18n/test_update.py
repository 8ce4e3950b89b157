"""Refreshing .ts files from the code: one per area, shell covering common/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.i18n.areas import SHELL, ui_areas
from tools.i18n.ts_file import read_ts
from tools.i18n.update import main, update_areas


def test_areas_split_shell_and_subpackages(fake_ui: Path) -> None:
    areas = ui_areas(fake_ui)
    assert list(areas) == [SHELL, "greet", "quiet"]
    assert [p.relative_to(fake_ui).as_posix() for p in areas[SHELL]] == [
        "__init__.py",
        "window.py",
        "common/__init__.py",
        "common/errors.py",
    ]


def test_update_writes_pt_br_sources(fake_ui: Path, tmp_path: Path) -> None:
    out = tmp_path / "translations"
    reports = update_areas(ui_dir=fake_ui, out_dir=out)
    assert sorted(reports) == ["greet", "shell"]
    text = (out / "shell_pt_BR.ts").read_text()
    assert 'language="pt_BR"' in text
    assert 'sourcelanguage="en"' in text
    keys = {m.key for m in read_ts(out / "shell_pt_BR.ts")}
    assert keys == {("Window", "Main window", ""), ("errors", "Cancel", "")}


def test_unknown_area_is_refused(fake_ui: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no such area: nope"):
        update_areas(["nope"], ui_dir=fake_ui, out_dir=tmp_path)


def test_command_reports_unknown_area(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-area"]) == 1
    assert capsys.readouterr().err.startswith("i18n update: no such area: no-such-area")
