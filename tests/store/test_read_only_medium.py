"""A database on a read-only medium opens read-only: reading works, every write is refused.

Run for real: the folder is bind-mounted read-only in a private mount namespace (as root, file
modes would not stop a write), and a child process opens the database the way the app and the
command line do, asking to write.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.services import people
from tests.read_only_medium import on_read_only_medium

ROOT = Path(__file__).resolve().parents[2]

CHILD = (
    "import json, sys\n"
    "from cxcareer.store.database import open_database, resolve_location\n"
    "from cxcareer.store.services import people\n"
    "database = open_database(resolve_location(sys.argv[1]))\n"
    "out = {'read_only': database.read_only}\n"
    "with database.session() as session:\n"
    "    out['names'] = [p.name for p in people.list_people(session)]\n"
    "try:\n"
    "    with database.session() as session:\n"
    "        people.create_person(session, 'Bia')\n"
    "except Exception as error:\n"
    "    out['write'] = [type(error).__name__, getattr(error, 'location', None)]\n"
    "database.close()\n"
    "print(json.dumps(out))\n"
)


def _medium_with_ana(tmp_path: Path) -> Path:
    """A database holding Ana in a folder ``medium``, to be mounted read-only."""
    folder = tmp_path / "medium"
    folder.mkdir()
    db = folder / "p.db"
    database = open_database(resolve_location(str(db)))
    with database.session() as session:
        people.create_person(session, "Ana")
    database.close()
    return db


def test_opening_for_writing_falls_back_to_reading(tmp_path: Path) -> None:
    db = _medium_with_ana(tmp_path)
    folder = db.parent
    before = sorted(p.name for p in folder.iterdir())

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = on_read_only_medium(folder, [sys.executable, "-c", CHILD, str(db)], env=env)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "read_only": True,
        "names": ["Ana"],
        "write": ["DatabaseReadOnly", str(db)],
    }
    assert sorted(p.name for p in folder.iterdir()) == before


#: Leaves a save in the -wal (no checkpoint) and exits without closing, like a pulled card.
LEAVE_IN_WAL = (
    "import os, sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
    "conn.execute(\"UPDATE people SET name = 'Ana Lima'\")\n"
    "os._exit(0)\n"
)

#: The app's door and the CLI, both on the medium.
BOTH_READ = (
    "import json, subprocess, sys\n"
    "from cxcareer.service.opening import open_for_app, resolve_location\n"
    "from cxcareer.store.services import people\n"
    "database = open_for_app(resolve_location(sys.argv[1]))\n"
    "with database.session() as session:\n"
    "    app = [p.name for p in people.list_people(session)]\n"
    "out = {'read_only': database.read_only, 'app': app}\n"
    "database.close()\n"
    "cli = subprocess.run([sys.executable, '-m', 'cxcareer', 'person', 'list', '--json',\n"
    "                      '--db', sys.argv[1]], capture_output=True, text=True)\n"
    "out['cli'] = [p['name'] for p in json.loads(cli.stdout or '[]')]\n"
    "out['cli_err'] = cli.stderr\n"
    "print(json.dumps(out))\n"
)


def test_saves_still_in_the_wal_are_read_from_the_medium(tmp_path: Path) -> None:
    db = _medium_with_ana(tmp_path)
    folder = db.parent
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", LEAVE_IN_WAL, str(db)], check=True, env=env)
    assert (folder / "p.db-wal").stat().st_size > 0
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    done = on_read_only_medium(folder, [sys.executable, "-c", BOTH_READ, str(db)], env=env)

    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out == {"read_only": True, "app": ["Ana Lima"], "cli": ["Ana Lima"], "cli_err": ""}
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
