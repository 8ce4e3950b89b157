"""The steps of the full-disk test, run inside the small disk (see ``tests/small_disk.py``):
``python -m tests.cli.full_disk_steps DISK RESULTS`` writes each step's outcome to RESULTS.

Why a module run in the namespace: the disk exists only while its process lives, so every step
(fill it, free some room, write, back up) runs in that one process, through the real CLI.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

from tests.cli.conftest import run_cli


def _free(disk: Path) -> int:
    return shutil.disk_usage(disk).free


def main(disk: Path, results: Path) -> None:
    db = disk / "profiles.db"
    env = {"HOME": str(disk), "XDG_DATA_HOME": str(disk / "data")}
    steps: dict[str, Any] = {}

    def step(name: str, *args: str, lang: str = "en_US.UTF-8") -> None:
        done = run_cli(*args, "--db", str(db), lang=lang, extra_env=env)
        steps[name] = {"code": done.returncode, "out": done.stdout, "err": done.stderr}

    step("add", "person", "add", "--name", "Ana", "--role", "support-representative")
    for _ in range(6):  # a database of some 400 kB: more than the room freed below
        step("grow", "assess", "Ana", "communication=3", "--note", secrets.token_hex(10_000))
    for old in (disk / "backups" / "profiles").glob("*.db"):
        old.unlink()  # so the routine backup is due again
    filler = disk / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:  # fill the disk to the last byte
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    step("full", "assess", "Ana", "communication=4")
    # Free room for a few pages, not for a copy of the whole database.
    os.truncate(filler, max(filler.stat().st_size - 200 * 1024, 0))
    steps["db_size"] = db.stat().st_size
    steps["free_after_freeing"] = _free(disk)
    step("freed", "assess", "Ana", "communication=4")
    step("freed_pt", "assess", "Ana", "communication=5", lang="pt_BR.UTF-8")
    step("manual_backup", "db", "backup")
    step("manual_backup_pt", "db", "backup", lang="pt_BR.UTF-8")
    filler.unlink()
    step("room_again", "assess", "Ana", "problem-solving=2")
    step("show", "person", "show", "Ana", "--json")
    steps["backups_after"] = sorted(p.name for p in (disk / "backups" / "profiles").glob("*.db"))
    conn = sqlite3.connect(db)
    steps["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    results.write_text(json.dumps(steps), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
