"""Compiling .ts to .qm: only what changed, atomically, with a content stamp; the command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer.ui.i18n.linguist import LinguistError
from cxcareer.ui.i18n.qm_files import (
    catalog_sources,
    compile_catalog,
    is_fresh,
    source_digest,
    stamp_path,
)
from tests.tools.i18n.conftest import write_ts
from tools.i18n.build import build_translations

ROOT = Path(__file__).resolve().parents[3]


def _sources(folder: Path) -> tuple[Path, Path]:
    one = write_ts(folder / "one_pt_BR.ts", {("One", "Hello"): "Olá"})
    two = write_ts(folder / "two_pt_BR.ts", {("Two", "Bye"): "Tchau"})
    return one, two


def test_compiles_each_catalog_beside_its_source(tmp_path: Path) -> None:
    one, two = _sources(tmp_path)
    built = build_translations(tmp_path)
    assert built == [tmp_path / "one_pt_BR.qm", tmp_path / "two_pt_BR.qm"]
    for ts, qm in ((one, built[0]), (two, built[1])):
        assert qm.stat().st_size > 0
        assert stamp_path(qm).read_text().strip() == source_digest(ts)
        assert is_fresh(ts, qm)
    assert not list(tmp_path.glob(".*"))  # no temporary files left behind


def test_only_changed_catalogs_compile_again(tmp_path: Path) -> None:
    one, _two = _sources(tmp_path)
    build_translations(tmp_path)
    assert build_translations(tmp_path) == []
    write_ts(one, {("One", "Hello"): "Oi"})
    assert not is_fresh(one, tmp_path / "one_pt_BR.qm")
    assert build_translations(tmp_path) == [tmp_path / "one_pt_BR.qm"]
    assert len(build_translations(tmp_path, force=True)) == 2


def test_out_dir_and_language_filter(tmp_path: Path) -> None:
    source = tmp_path / "src"
    _sources(source)
    write_ts(source / "one_es.ts", {("One", "Hello"): "Hola"})
    assert [p.name for p in catalog_sources(source, "pt-BR")] == ["one_pt_BR.ts", "two_pt_BR.ts"]
    built = build_translations(source, tmp_path / "out")
    assert sorted(p.name for p in built) == ["one_es.qm", "one_pt_BR.qm", "two_pt_BR.qm"]
    assert not list(source.glob("*.qm"))


def test_bad_source_is_refused_and_leaves_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken_pt_BR.ts"
    broken.write_text("not xml at all", encoding="utf-8")
    with pytest.raises(LinguistError):
        compile_catalog(broken, tmp_path / "broken_pt_BR.qm")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken_pt_BR.ts"]


def test_missing_folder_builds_nothing(tmp_path: Path) -> None:
    assert build_translations(tmp_path / "absent") == []


def _module(*args: str, path: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.i18n.build", *args],
        env={"PATH": path, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_command_works_without_venv_on_path(tmp_path: Path) -> None:
    _sources(tmp_path / "src")
    done = _module("--source", str(tmp_path / "src"), "--out", str(tmp_path / "out"), path="")
    assert done.returncode == 0, done.stderr
    assert "2 of 2 catalog(s) compiled" in done.stdout
    assert (tmp_path / "out" / "two_pt_BR.qm").is_file()


def test_command_reports_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "bad_pt_BR.ts").write_text("<TS>", encoding="utf-8")
    done = _module("--source", str(tmp_path), "-q", path="")
    assert done.returncode == 1
    assert done.stderr.startswith("i18n build: lrelease failed")
    assert "Traceback" not in done.stderr
