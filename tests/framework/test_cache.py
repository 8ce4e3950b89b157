"""The disk cache of parsed frameworks: hits are equal, damage and change mean parsing again."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from cxcareer.framework import FrameworkInvalid, builtin_bytes, content_hash, load_text
from cxcareer.framework import cache as framework_cache
from cxcareer.framework.cache import FrameworkCache

BUILTIN = builtin_bytes()
DIGEST = content_hash(BUILTIN)


@pytest.fixture
def store(tmp_path: Path) -> FrameworkCache:
    return FrameworkCache(tmp_path / "cache" / "frameworks")


def test_a_miss_parses_and_stores_a_private_entry(store: FrameworkCache) -> None:
    framework = store.load(BUILTIN, "cx-support.yaml")
    assert framework == load_text(BUILTIN, "cx-support.yaml")
    entry = store.entry_path(DIGEST)
    assert entry.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.directory.stat().st_mode) == 0o700
    assert not list(store.directory.glob("*.tmp")), "no temporary file is left behind"


def test_a_hit_returns_an_equal_framework_without_parsing(
    store: FrameworkCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = store.load(BUILTIN, "cx-support.yaml")
    import cxcareer.framework.load as load

    monkeypatch.setattr(load, "load_text", _refuse)
    again = FrameworkCache(store.directory).load(BUILTIN, "cx-support.yaml")
    assert again == expected
    assert again is not expected
    assert (
        again.role("support-representative").title == expected.role("support-representative").title
    )


def test_a_corrupt_entry_falls_back_to_parsing_and_is_replaced(store: FrameworkCache) -> None:
    expected = store.load(BUILTIN, "cx-support.yaml")
    entry = store.entry_path(DIGEST)
    good = entry.read_bytes()
    for damaged in (good[: len(good) // 2], good[:-10] + b"\x00" * 10, b"garbage", b""):
        entry.write_bytes(damaged)
        assert store.get(DIGEST) is None
        assert store.load(BUILTIN, "cx-support.yaml") == expected
        assert entry.read_bytes() == good, "the damaged entry was written again"


def test_a_different_content_hash_misses(store: FrameworkCache) -> None:
    store.load(BUILTIN, "cx-support.yaml")
    changed = BUILTIN.replace(b"Customer Support Representative", b"Support Rep", 1)
    assert changed != BUILTIN
    assert store.get(content_hash(changed)) is None
    framework = store.load(changed, "cx-support.yaml")
    assert framework.role("support-representative").title.get("en") == "Support Rep"
    assert store.entry_path(content_hash(changed)).is_file()


def test_an_entry_under_the_wrong_name_is_not_served(store: FrameworkCache) -> None:
    """Copying an entry to another content's file name must not serve the wrong framework."""
    store.load(BUILTIN, "cx-support.yaml")
    changed = BUILTIN.replace(b"Customer Support Representative", b"Support Rep", 1)
    other = content_hash(changed)
    store.entry_path(other).write_bytes(store.entry_path(DIGEST).read_bytes())
    os.chmod(store.entry_path(other), 0o600)
    assert store.get(other) is None
    title = store.load(changed, "x.yaml").role("support-representative").title
    assert title.get("en") == "Support Rep"


def test_a_changed_code_stamp_misses(
    store: FrameworkCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.load(BUILTIN, "cx-support.yaml")
    assert store.get(DIGEST) is not None
    monkeypatch.setattr(framework_cache, "code_stamp", lambda: "1/9.9.9/cpython-3.99/other")
    assert store.get(DIGEST) is None
    store.load(BUILTIN, "cx-support.yaml")
    assert b"9.9.9" in store.entry_path(DIGEST).read_bytes()


def test_the_stamp_names_the_format_and_the_package_version() -> None:
    from cxcareer import __version__

    stamp = framework_cache.code_stamp()
    assert stamp.startswith(f"{framework_cache.CACHE_FORMAT}/{__version__}/")


def test_foreign_classes_are_refused(store: FrameworkCache) -> None:
    """An entry whose pickle names anything but framework classes is never unpickled."""
    store.load(BUILTIN, "cx-support.yaml")
    entry = store.entry_path(DIGEST)
    raw = entry.read_bytes()
    head, _sep, _payload = raw.partition(b"\n{")
    header_line, _nl, _rest = raw[len(head) + 1 :].partition(b"\n")
    evil = pickle.dumps(os.system)
    import hashlib
    import json

    header = json.loads(header_line)
    header["payload"] = hashlib.sha256(evil).hexdigest()
    entry.write_bytes(head + b"\n" + json.dumps(header).encode() + b"\n" + evil)
    assert store.get(DIGEST) is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_entry_others_can_write_is_ignored(store: FrameworkCache) -> None:
    store.load(BUILTIN, "cx-support.yaml")
    os.chmod(store.entry_path(DIGEST), 0o666)
    assert store.get(DIGEST) is None


def test_invalid_content_raises_and_is_not_cached(store: FrameworkCache) -> None:
    with pytest.raises(FrameworkInvalid):
        store.load(b"format: cxcareer/framework@1\nroles: []\n", "bad.yaml")
    assert not store.directory.exists() or not list(store.directory.iterdir())


def test_an_unwritable_folder_still_parses(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    framework = FrameworkCache(blocker / "frameworks").load(BUILTIN, "cx-support.yaml")
    assert framework.id == "cx-support"


def test_parse_framework_uses_the_cache_only_when_enabled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(framework_cache.ENV_VAR, str(tmp_path / "env-cache"))
    framework_cache.disable()
    try:
        framework_cache.parse_framework(BUILTIN, "cx-support.yaml")
        assert not (tmp_path / "env-cache").exists()
        enabled = framework_cache.enable()
        assert enabled.directory == tmp_path / "env-cache" / "frameworks"
        assert framework_cache.active() is enabled
        framework_cache.parse_framework(BUILTIN, "cx-support.yaml")
        assert enabled.entry_path(DIGEST).is_file()
    finally:
        framework_cache.disable()
    assert framework_cache.active() is None


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("parsed although the cache holds this framework")
