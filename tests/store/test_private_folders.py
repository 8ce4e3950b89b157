"""Folders holding copies of personal data are 0700 whatever the umask (tried under umask 000)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cxcareer.service.note_seal import create_key
from cxcareer.store.backup import backup_dir_for, make_backup
from tests.store.test_recovery import make_sample_db


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Run the test under umask 000, as some desktops and containers do."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backups_are_0700_under_umask_000(tmp_path: Path, open_umask: None) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db)
    made = make_backup(db, backup_dir_for(db), reason="manual")
    assert _mode(tmp_path / "backups") == 0o700
    assert _mode(tmp_path / "backups" / "profiles") == 0o700
    assert _mode(made) == 0o600


def test_a_backups_folder_left_open_by_an_older_version_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db)
    (tmp_path / "backups" / "profiles").mkdir(parents=True)
    for folder in (tmp_path / "backups", tmp_path / "backups" / "profiles"):
        folder.chmod(0o755)
    make_backup(db, backup_dir_for(db), reason="manual")
    assert _mode(tmp_path / "backups") == 0o700
    assert _mode(tmp_path / "backups" / "profiles") == 0o700


def test_a_backup_folder_of_ones_own_choosing_leaves_its_parent_alone(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    make_sample_db(db)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    make_backup(db, shared / "mine", reason="manual")
    assert _mode(shared) == 0o755
    assert _mode(shared / "mine") == 0o700


def test_the_key_folder_and_the_data_folder_above_it_under_umask_000(
    tmp_path: Path, open_umask: None
) -> None:
    data = tmp_path / "share" / "cxcareer"
    create_key(data / "keys")
    assert _mode(data) == 0o700
    assert _mode(data / "keys") == 0o700
    assert _mode(data / "keys" / "private-notes.key") == 0o600
