"""A full disk, for real (a 2 MB tmpfs): once some room is freed, writes work again; a backup
that does not fit says how much room it needs."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.small_disk import on_small_disk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("full-disk")
    disk = base / "disk"
    disk.mkdir()
    results = base / "results.json"
    command = [sys.executable, "-m", "tests.cli.full_disk_steps", str(disk), str(results)]
    done = on_small_disk(disk, "2m", ["sh", "-c", f'cd "{ROOT}" && exec "$@"', "sh", *command])
    assert done.returncode == 0, done.stderr
    return dict(json.loads(results.read_text(encoding="utf-8")))


def test_a_full_disk_refuses_the_change_plainly(steps: dict[str, Any]) -> None:
    assert steps["full"]["code"] == 1
    assert "is full, so the last change was not saved" in steps["full"]["err"]
    assert "Traceback" not in steps["full"]["err"]


def test_once_room_is_freed_writes_work_again(steps: dict[str, Any]) -> None:
    # Less room than a copy of the database: the routine backup waits, the change goes in.
    assert steps["free_after_freeing"] < steps["db_size"]
    assert steps["freed"]["code"] == 0, steps["freed"]["err"]
    assert steps["freed"]["out"].startswith("Recorded 1 rating for Ana")
    note = steps["freed"]["err"].strip()
    assert re.fullmatch(
        r"Note: no backup was taken this time, as there is not enough free space \(it needs "
        r"about [\d.]+ kB, and [\d.]+ kB is free\); it will be taken once there is room\.",
        note,
    ), note
    assert steps["freed_pt"]["code"] == 0
    assert "desta vez nenhum backup foi feito" in steps["freed_pt"]["err"]


def test_a_backup_asked_for_says_how_much_room_it_needs(steps: dict[str, Any]) -> None:
    said = steps["manual_backup"]["err"].strip()
    assert steps["manual_backup"]["code"] == 1
    assert re.search(
        r"There is not enough free space for a backup of .*profiles\.db: it needs about "
        r"[\d.]+ kB, and [\d.]+ kB is free\. Nothing was changed\.",
        said,
    ), said
    assert "precisa de cerca de" in steps["manual_backup_pt"]["err"]


def test_with_room_again_the_put_off_backup_is_taken(steps: dict[str, Any]) -> None:
    assert steps["room_again"]["code"] == 0
    assert len(steps["backups_after"]) == 1
    assert json.loads(steps["show"]["out"])["history"]["assessments"] == 9
    assert steps["integrity"] == "ok"
