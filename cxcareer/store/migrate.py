"""Bring a database's schema to this version of cxcareer, safely, through Alembic.

Why each step:

* A database stamped with a revision this build does not know was written by a newer cxcareer;
  it is refused with :class:`DatabaseTooNew` before anything is written.
* Before an existing SQLite file is changed it is backed up (``backup.make_backup``).
* On PostgreSQL the upgrade holds a transaction-scoped advisory lock, so several app instances
  opening a shared server at the same time upgrade it once.
* On SQLite, migrations run with ``PRAGMA foreign_keys=OFF`` (set outside any transaction):
  batch migrations recreate tables, and with foreign keys on SQLite treats the implicit
  ``DROP TABLE`` as a delete that cascades to child rows. ``PRAGMA foreign_key_check`` runs before
  the commit, and the whole upgrade is one transaction, DDL included, so any failure leaves the
  file exactly as it was.

The scripts live in ``cxcareer/store/migrations`` inside the package; no alembic.ini is needed.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from cxcareer.store.errors import StoreError

__all__ = [
    "MIGRATIONS_DIR",
    "MIGRATION_LOCK_KEY",
    "ForeignKeyCheckFailed",
    "alembic_config",
    "current_revision",
    "downgrade",
    "head_revision",
    "is_known_revision",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: PostgreSQL advisory lock held (for one transaction) while the schema changes.
MIGRATION_LOCK_KEY = 0x0C0CA4EE4


class ForeignKeyCheckFailed(StoreError):
    """A migration would leave rows pointing at nothing; it was rolled back."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An in-memory Alembic config pointing at the shipped scripts (and at ``connection``)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether this build ships ``revision`` (False means the database is newer than the app)."""
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for a database Alembic never touched."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _run(engine: Engine, action: str, revision: str) -> None:
    """Run an Alembic upgrade/downgrade in one transaction (foreign keys off on SQLite)."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Outside any transaction: inside one, SQLite silently ignores this pragma.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Two app instances opening a shared server at once: the second waits here,
                    # then finds the schema already upgraded and has nothing to do.
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
                config = alembic_config(conn)
                if action == "upgrade":
                    command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        tables = sorted({str(row[0]) for row in broken})
                        raise ForeignKeyCheckFailed(
                            f"the schema {action} would leave {len(broken)} row(s) pointing at "
                            f"missing rows (tables: {', '.join(tables)}); nothing was changed"
                        )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to ``revision`` in one transaction (see the module docstring)."""
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade to ``revision`` (``"base"`` removes every table); for tests and tools."""
    _run(engine, "downgrade", revision)
