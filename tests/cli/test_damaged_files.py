"""A damaged database, or a file that is not one, said plainly by every command that meets it:
what is wrong and which command restores a backup, never what SQLite found inside."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli
from tests.cli.test_export_targets import database_with_ana

#: What SQLite says about damage: none of it helps the person in front of the terminal.
INTERNALS = (
    "malformed",
    "disk image",
    "file is not a database",
    "page",
    "btree",
    "Tree ",
    "***",
    "sqlite",
    "SQLite",
)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = database_with_ana(tmp_path_factory.mktemp("good") / "profiles.db")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path


def _damaged(good: Path, folder: Path, how: str) -> Path:
    """A copy of ``good`` damaged ``how``: not a database, an early page, a late page."""
    path = folder / f"{how}.db"
    if how == "not-a-database":
        path.write_bytes(b"these are not the bytes of a database\n" * 200)
        return path
    shutil.copyfile(good, path)
    data = bytearray(path.read_bytes())
    page = 4096 if how == "early-page" else len(data) - 8192
    data[page : page + 4096] = b"\x0d" * 4096
    path.write_bytes(bytes(data))
    return path


DAMAGE = ["not-a-database", "early-page", "late-page"]
COMMANDS = [
    ("person", "list"),
    ("person", "show", "Ana"),
    ("assess", "Ana", "communication=4"),
    ("db", "backup"),
    ("db", "info"),
]


#: Commands that only read open without an integrity check (a whole-file check on every command
#: is what made them slow), so damage on a page they never read goes unnoticed by them: they show
#: what they read, correctly, or say the damage plainly when they reach it. The backup's own
#: check and every writer always find it.
READERS = {("person", "list"), ("person", "show", "Ana")}


@pytest.mark.parametrize("how", DAMAGE)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_said_plainly_with_the_command_that_restores(
    good: Path, tmp_path: Path, how: str, command: tuple[str, ...]
) -> None:
    path = _damaged(good, tmp_path, how)
    before = path.read_bytes()
    for lang, restore in (
        ("en_US.UTF-8", "To restore the newest good backup, run: cxcareer db check --db"),
        ("pt_BR.UTF-8", "Para restaurar o backup bom mais recente, execute: cxcareer db check"),
    ):
        result = run_cli(*command, "--db", str(path), lang=lang)
        if how == "late-page" and command in READERS and result.returncode == 0:
            assert "Ana" in result.stdout
            continue
        assert result.returncode == 1, (result.stdout, result.stderr)
        said = result.stderr.strip()
        assert str(path) in said.splitlines()[0]
        if how == "late-page" and command == ("db", "backup"):  # the copy's check found it
            assert "cxcareer db check" in said
        else:
            assert said.startswith(f"cxcareer: {path} ")
            assert restore in said
        assert len(said.splitlines()) == 1
        shown = said.replace(str(path), "FILE")
        assert not [word for word in INTERNALS if word in shown], shown
    assert path.read_bytes() == before


@pytest.mark.parametrize("how", DAMAGE)
def test_db_info_still_says_what_it_can_and_exits_1(good: Path, tmp_path: Path, how: str) -> None:
    path = _damaged(good, tmp_path, how)
    result = run_cli("db", "info", "--db", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == f"Database: {path}"
    assert "size:" in result.stdout
    assert "is damaged or is not a cxcareer database" in result.stderr
    as_json = run_cli("db", "info", "--json", "--db", str(path))
    assert as_json.returncode == 1
    assert '"damaged": true' in as_json.stdout
    healthy = run_cli("db", "info", "--json", "--db", str(good))
    assert healthy.returncode == 0
    assert '"damaged": false' in healthy.stdout


@pytest.mark.parametrize("how", DAMAGE)
def test_db_check_sets_it_aside_without_internals(good: Path, tmp_path: Path, how: str) -> None:
    path = _damaged(good, tmp_path, how)
    result = run_cli("db", "check", "--db", str(path))
    assert result.returncode == 1
    said = result.stderr.strip()
    assert "It was set aside as" in said
    assert len(said.splitlines()) == 1
    shown = said.replace(str(path), "FILE")
    assert not [word for word in INTERNALS if word in shown], shown


def test_restoring_a_damaged_backup_says_so_plainly(good: Path, tmp_path: Path) -> None:
    backup = _damaged(good, tmp_path, "early-page")
    live = tmp_path / "live.db"
    shutil.copyfile(good, live)
    result = run_cli("db", "restore", str(backup), "--yes", "--db", str(live))
    assert result.returncode == 1
    said = result.stderr.strip().replace(str(backup), "FILE")
    assert said == (
        "cxcareer: the backup FILE is damaged or is not a database; nothing was changed. "
        "Choose another backup from the 'backups' folder"
    )
