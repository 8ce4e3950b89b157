"""The start-up shortcuts of :mod:`cxcareer.store.migrate` agree with Alembic itself.

Why: the app reads the shipped revisions from the scripts and the stamped one with plain SQL so
that Alembic is imported only when a schema really changes; a disagreement would mean a database
refused as "too new" or an upgrade skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cxcareer.store import migrate
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.sqlite_files import sqlite_engine


def test_shipped_revisions_match_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    known = {rev.revision for rev in script.walk_revisions()}
    assert all(migrate.is_known_revision(rev) for rev in known)
    assert not migrate.is_known_revision("9999")
    assert migrate._shipped() == migrate._shipped_by_alembic()


def test_script_parser_declines_what_it_cannot_read(tmp_path: Path) -> None:
    merge = tmp_path / "merge.py"
    merge.write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n', encoding="utf-8")
    broken = tmp_path / "broken.py"
    broken.write_text("revision = (\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text('revision = "0003"\ndown_revision: str | None = "0002"\n', encoding="utf-8")
    assert migrate._script_revision(merge) is None
    assert migrate._script_revision(broken) is None
    assert migrate._script_revision(plain) == ("0003", "0002")


def test_current_revision_matches_alembic(tmp_path: Path) -> None:
    path = tmp_path / "steps.db"
    path.touch()
    engine = sqlite_engine(path, read_only=False)
    try:

        def alembic_says() -> str | None:
            with engine.connect() as conn:
                return MigrationContext.configure(conn).get_current_revision()

        assert migrate.current_revision(engine) is None
        assert alembic_says() is None
        for revision in ("0001", "head"):
            migrate.upgrade(engine, revision)
            assert migrate.current_revision(engine) == alembic_says()
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM alembic_version"))
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    open_database(resolve_location(str(path))).close()  # created and upgraded here
    probe = (
        "import sys\n"
        "from cxcareer.store.database import open_database, resolve_location\n"
        f"open_database(resolve_location({str(path)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
