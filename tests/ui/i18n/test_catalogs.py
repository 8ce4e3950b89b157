"""Which .qm files a language loads: shipped ones when current, else compiled into the cache."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from cxcareer.ui.i18n.catalogs import compiled_catalogs
from cxcareer.ui.i18n.qm_files import source_digest
from tests.tools.i18n.conftest import write_ts
from tools.i18n.build import build_translations


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    write_ts(folder / "alpha_pt_BR.ts", {("Alpha", "Hello"): "Olá"})
    write_ts(folder / "beta_pt_BR.ts", {("Beta", "Bye"): "Tchau"})
    return folder


def test_english_needs_no_catalog(source: Path, tmp_path: Path) -> None:
    assert compiled_catalogs("en", source_dir=source, cache_dir=tmp_path / "cache") == []


def test_uses_current_catalogs_beside_the_sources(source: Path, tmp_path: Path) -> None:
    build_translations(source)
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert found == [source / "alpha_pt_BR.qm", source / "beta_pt_BR.qm"]
    assert not (tmp_path / "cache").exists()


def test_source_checkout_compiles_into_the_cache_once(source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=cache)
    digest = source_digest(source / "alpha_pt_BR.ts")
    assert found[0] == cache / f"alpha_pt_BR-{digest}.qm"
    assert all(qm.is_file() and qm.parent == cache for qm in found)
    first_mtime = found[0].stat().st_mtime_ns
    again = compiled_catalogs("pt-BR", source_dir=source, cache_dir=cache)
    assert again == found
    assert again[0].stat().st_mtime_ns == first_mtime
    assert not list(source.glob("*.qm"))


def test_edited_source_compiles_again_and_old_copy_goes(source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (old, _beta) = compiled_catalogs("pt-BR", source_dir=source, cache_dir=cache)
    write_ts(source / "alpha_pt_BR.ts", {("Alpha", "Hello"): "Oi"})
    (new, _beta) = compiled_catalogs("pt-BR", source_dir=source, cache_dir=cache)
    assert new != old
    assert not old.exists()
    assert sorted(p.name for p in cache.glob("alpha_pt_BR-*")) == [new.name, new.name + ".sha256"]


def test_outdated_shipped_catalog_is_replaced_from_the_cache(source: Path, tmp_path: Path) -> None:
    build_translations(source)
    write_ts(source / "alpha_pt_BR.ts", {("Alpha", "Hello"): "Oi"})
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert found[0].parent == tmp_path / "cache"
    assert found[1] == source / "beta_pt_BR.qm"


def test_unpacked_wheel_times_do_not_matter(source: Path, tmp_path: Path) -> None:
    """pip gives files their unpacking time, so a shipped .ts may look newer than its .qm."""
    build_translations(source)
    qm = source / "alpha_pt_BR.qm"
    ts = source / "alpha_pt_BR.ts"
    os.utime(qm, (1_000_000, 1_000_000))
    os.utime(ts, (2_000_000, 2_000_000))
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert found[0] == qm


def test_compiled_only_catalog_is_loaded(tmp_path: Path) -> None:
    source = tmp_path / "translations"
    write_ts(source / "gamma_pt_BR.ts", {("Gamma", "Yes"): "Sim"})
    build_translations(source)
    (source / "gamma_pt_BR.ts").unlink()
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert found == [source / "gamma_pt_BR.qm"]


def test_broken_edit_falls_back_to_the_shipped_catalog(
    source: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build_translations(source)
    (source / "alpha_pt_BR.ts").write_text("<TS><context>", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="cxcareer.ui.i18n.catalogs"):
        found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert found == [source / "alpha_pt_BR.qm", source / "beta_pt_BR.qm"]
    assert "could not compile translation alpha_pt_BR.ts" in caplog.text
    assert "using the outdated alpha_pt_BR.qm" in caplog.text


def test_broken_source_without_fallback_is_skipped(source: Path, tmp_path: Path) -> None:
    (source / "alpha_pt_BR.ts").write_text("<TS><context>", encoding="utf-8")
    found = compiled_catalogs("pt-BR", source_dir=source, cache_dir=tmp_path / "cache")
    assert [p.name.split("-")[0] for p in found] == ["beta_pt_BR"]
