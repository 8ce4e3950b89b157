"""Exports from the real CLI never clobber: existing files, links, pipes, the live database."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli

PT = "pt_BR.UTF-8"


def database_with_ana(path: Path) -> Path:
    """``path`` made a database holding Ana with one acknowledged rating."""
    for args in (
        ("person", "add", "--name", "Ana", "--role", "support-representative"),
        ("assess", "Ana", "communication=3"),
    ):
        result = run_cli(*args, "--db", str(path))
        assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_with_ana(tmp_path_factory.mktemp("live") / "profiles.db")


def _ratings(db: Path) -> int:
    shown = run_cli("person", "show", "Ana", "--json", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    return int(json.loads(shown.stdout)["history"]["assessments"])


def _refused(*args: str, lang: str = "en_US.UTF-8") -> str:
    result = run_cli(*args, lang=lang)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
    assert result.stdout == ""
    return result.stderr.strip()


COMMANDS = {
    "export": lambda target, db: ("export", "Ana", target, "--as", "Ana", "--db", str(db)),
    "export-csv": lambda target, db: ("export-csv", "Ana", target, "--db", str(db)),
    "report": lambda target, db: ("report", "Ana", "--pdf", target, "--db", str(db)),
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_existing_file_is_replaced_only_with_force(
    command: str, db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.file"
    target.write_text("last month's copy")
    said = _refused(*COMMANDS[command](str(target), db))
    assert said == (
        f"cxcareer: {target} already exists and was not replaced. Choose another name, or add "
        "--force to replace it."
    )
    assert target.read_text() == "last month's copy"
    said_pt = _refused(*COMMANDS[command](str(target), db), lang=PT)
    assert f"{target} já existe e não foi substituído" in said_pt
    done = run_cli(*COMMANDS[command](str(target), db), "--force")
    assert done.returncode == 0, done.stderr
    assert target.read_text(errors="replace") != "last month's copy"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["out.file"]  # no temp left


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_link_is_never_written_through(command: str, db: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("precious")
    link = tmp_path / "out.file"
    link.symlink_to(precious)
    for force in ((), ("--force",)):
        said = _refused(*COMMANDS[command](str(link), db), *force)
        assert f"{link} is a symbolic link" in said
    assert precious.read_text() == "precious"
    assert link.is_symlink()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_pipe_is_never_written(command: str, db: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    read: list[bytes] = []
    # Were the pipe opened for writing, this reader would receive the export.
    reader = threading.Thread(target=lambda: read.append(pipe.read_bytes()), daemon=True)
    reader.start()
    said = _refused(*COMMANDS[command](str(pipe), db), "--force")
    assert f"{pipe} is not an ordinary file" in said
    with open(pipe, "wb"):  # let the reader finish
        pass
    reader.join(5)
    assert read == [b""]


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("part", ["", "-wal", "-shm", ".lock"])
def test_the_live_database_and_its_files_are_never_written(
    command: str, part: str, db: Path
) -> None:
    target = Path(f"{db}{part}")
    holder = sqlite3.connect(db)  # an open connection keeps -wal and -shm in place
    try:
        holder.execute("SELECT count(*) FROM people").fetchone()
        before = target.read_bytes() if target.exists() else None
        said = _refused(*COMMANDS[command](str(target), db), "--force")
        assert str(target) in said
        assert "database" in said
        assert (target.read_bytes() if target.exists() else None) == before
    finally:
        holder.close()
    assert _ratings(db) == 1  # the acknowledged rating is still there


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("name", ["", ".", "/"])
def test_no_name_or_a_folder_is_a_plain_message(
    command: str, name: str, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    said = _refused(*COMMANDS[command](name, db), "--force")
    if name:
        assert said == (
            f"cxcareer: {name} is a folder, so nothing was written. Name a file to write "
            "(inside it, if you like)."
        )
    else:
        assert said == (
            "cxcareer: No file name was given, so nothing was written. Name the file to write."
        )
    said_pt = _refused(*COMMANDS[command](name, db), lang=PT)
    assert "nada foi gravado" in said_pt
    assert list(tmp_path.iterdir()) == []


def test_a_backup_to_a_file_of_ones_choosing_follows_the_same_rules(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.db").symlink_to(tmp_path / "nowhere.db")  # a dangling link "exists" not
    os.mkfifo(tmp_path / "pipe")
    for name, said in (
        ("link.db", "is a symbolic link"),
        ("pipe", "is not an ordinary file"),
        (".", "is a folder"),
        (f"{db}-wal", "belongs to the database"),
    ):
        assert said in _refused("db", "backup", name, "--db", str(db))
    assert not (tmp_path / "nowhere.db").exists()
