"""A writable open quick-checks the file only where that protects something.

What SQLite runs is observed with its own trace callback on every connection the store opens.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxcareer.service.career import CareerApp
from cxcareer.store.database import open_database, resolve_location
from tests.sqlite_trace import traced


def _checks(statements: list[str]) -> int:
    return sum("quick_check" in s.lower() for s in statements)


def _profiles(tmp_path: Path) -> Path:
    path = tmp_path / "profiles.db"
    app = CareerApp(open_database(resolve_location(str(path))), lang="en", user="Tester")
    app.create_person("Ana")
    app.database.close()
    return path


def _open_traced(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with traced(monkeypatch) as statements:
        open_database(resolve_location(str(path))).close()
    return statements


def test_a_cleanly_closed_file_opens_without_a_quick_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _profiles(tmp_path)
    assert not Path(f"{path}-wal").exists()
    statements = _open_traced(path, monkeypatch)
    assert statements, "the trace saw the opening"
    assert _checks(statements) == 0


def test_a_file_left_by_a_crashed_writer_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _profiles(tmp_path)
    crash = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute(\"UPDATE people SET name = 'Ana Souza'\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"  # no close: the -wal keeps its frames, as after a crash
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True, timeout=60)
    assert Path(f"{path}-wal").stat().st_size > 0
    assert _checks(_open_traced(path, monkeypatch)) == 1
    assert _checks(_open_traced(path, monkeypatch)) == 0, "closed cleanly since"


def test_a_file_from_elsewhere_is_checked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _profiles(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # as a copied backup or another tool leaves it
    conn.close()
    assert _checks(_open_traced(path, monkeypatch)) == 1
    assert _checks(_open_traced(path, monkeypatch)) == 0, "cxcareer's own WAL file now"
