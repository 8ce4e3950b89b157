"""A database on a read-only medium opens read-only: reading works, every write is refused.

Run for real: the folder is bind-mounted read-only in a private mount namespace (as root, file
modes would not stop a write), and a child process opens the database the way the app and the
command line do, asking to write.
"""

from __future__ import annotations

import json
import os
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


def test_opening_for_writing_falls_back_to_reading(tmp_path: Path) -> None:
    folder = tmp_path / "medium"
    folder.mkdir()
    db = folder / "p.db"
    database = open_database(resolve_location(str(db)))
    with database.session() as session:
        people.create_person(session, "Ana")
    database.close()
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
