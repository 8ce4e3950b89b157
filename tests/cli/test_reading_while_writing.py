"""Commands that only read work while another process writes; ``--read-only`` refuses writes.

Run for real: a second Python process opens the database as the desktop app does (holding the
writer lock) and keeps adding people two at a time, each pair in one transaction, while the
CLI runs in its own processes. A reader must succeed and see whole transactions only (an even
number of people besides the first); the database file must not be changed by it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import run_cli

ROLE = "support-specialist"

#: The "desktop app": holds the writer lock and adds two people per transaction until told to stop.
WRITER = (
    "import sys, time, pathlib\n"
    "from cxcareer.store.database import open_database, resolve_location\n"
    "from cxcareer.store.services import people\n"
    "database = open_database(resolve_location(sys.argv[1]))\n"
    "stop = pathlib.Path(sys.argv[2])\n"
    "n = 0\n"
    "while not stop.exists():\n"
    "    with database.session() as session:\n"
    "        people.create_person(session, f'Writer {n}a')\n"
    "        people.create_person(session, f'Writer {n}b')\n"
    "    n += 1\n"
    "    if n == 1:\n"
    "        print('writing', flush=True)\n"
    "    time.sleep(0.02)\n"
    "database.close()\n"
)


def _ok(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


@pytest.fixture
def busy_database(tmp_path: Path) -> Iterator[Path]:
    """A database with Ana Souza, held and written by another process for the test's length."""
    db = tmp_path / "data" / "p.db"
    _ok("person", "add", "--name", "Ana Souza", "--role", ROLE, "--db", str(db))
    stop = tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"
        yield db
    finally:
        stop.touch()
        writer.communicate(timeout=60)
    assert writer.returncode == 0


def test_read_commands_work_while_another_process_writes(
    busy_database: Path, tmp_path: Path
) -> None:
    db = ["--db", str(busy_database)]
    for _ in range(3):
        listed = json.loads(_ok("person", "list", "--json", *db))
        names = {p["name"] for p in listed}
        assert "Ana Souza" in names
        assert (len(listed) - 1) % 2 == 0, "a reader saw half a transaction"
        assert all(f"{name[:-1]}a" in names for name in names if name.endswith("b"))
    assert json.loads(_ok("person", "show", "Ana Souza", "--json", *db))["name"] == "Ana Souza"
    assert "Next moves" in _ok("next", "--person", "Ana Souza", *db)
    _ok("action", "list", "Ana Souza", *db)
    _ok("export", "Ana Souza", str(tmp_path / "ana.json"), "--as", "Ana Souza", *db)
    assert json.loads((tmp_path / "ana.json").read_text())["person"]["name"] == "Ana Souza"
    _ok("export-csv", "Ana Souza", str(tmp_path / "ana.csv"), *db)
    _ok("report", "Ana Souza", "--pdf", str(tmp_path / "ana.pdf"), *db)
    assert (tmp_path / "ana.pdf").read_bytes().startswith(b"%PDF")
    _ok("db", "info", *db)
    _ok("db", "backup", str(tmp_path / "copy.db"), *db)
    copied = json.loads(_ok("person", "list", "--json", "--db", str(tmp_path / "copy.db")))
    assert "Ana Souza" in {p["name"] for p in copied}
    # The global option reads too, while the lock is held.
    assert "Ana Souza" in _ok("--read-only", "person", "list", *db)


def test_readers_change_no_file(tmp_path: Path) -> None:
    db = tmp_path / "data" / "p.db"
    _ok("person", "add", "--name", "Ana Souza", "--role", ROLE, "--db", str(db))
    before = db.read_bytes()
    backups = sorted(str(p) for p in (db.parent / "backups").rglob("*"))
    _ok("person", "list", "--db", str(db))
    _ok("person", "show", "Ana Souza", "--db", str(db))
    assert db.read_bytes() == before
    assert sorted(str(p) for p in (db.parent / "backups").rglob("*")) == backups


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "'cxcareer person add' changes the database, so it does not run with --read-only"),
        ("pt-BR", "'cxcareer person add' altera o banco de dados, por isso não é executado com"),
    ],
)
def test_read_only_option_refuses_a_write_plainly(tmp_path: Path, lang: str, expected: str) -> None:
    db = tmp_path / "data" / "p.db"
    _ok("person", "add", "--name", "Ana Souza", "--role", ROLE, "--db", str(db))
    before = db.read_bytes()
    for argv in (
        ["--read-only", "person", "add", "--name", "Bia", "--role", ROLE],
        ["person", "add", "--name", "Bia", "--role", ROLE, "--read-only"],
    ):
        done = run_cli(*argv, "--db", str(db), "--lang", lang)
        assert done.returncode == 1
        assert done.stderr.startswith(f"cxcareer: {expected}"), done.stderr
        assert "Traceback" not in done.stderr
    for argv in (
        ["db", "restore", str(db), "--yes", "--db", str(db)],
        ["db", "check", "--db", str(db)],
        ["import", str(db), "--db", str(db)],
        ["server", "grant", "Ana Souza", "--login", "ana", "--db", "postgresql://nobody@/none"],
    ):
        refused = run_cli("--read-only", *argv, "--lang", lang)
        assert refused.returncode == 1
        command = " ".join(argv[:2] if argv[0] != "import" else argv[:1])
        said = expected.replace("person add", command)
        assert refused.stderr.startswith(f"cxcareer: {said}"), refused.stderr
        assert "--read-only" in refused.stderr
    assert db.read_bytes() == before
    assert [p["name"] for p in json.loads(_ok("person", "list", "--json", "--db", str(db)))] == [
        "Ana Souza"
    ]


def test_read_only_option_creates_no_database(tmp_path: Path) -> None:
    db = tmp_path / "nothing" / "p.db"
    done = run_cli("--read-only", "person", "list", "--db", str(db))
    assert done.returncode == 1
    assert str(db) in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.parent.exists()
