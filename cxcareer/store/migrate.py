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

Why Alembic is imported only when the schema changes: importing it (with Mako) costs about a
tenth of a second, paid at every start of the desktop app although the database is almost always
current. The revisions this build ships are read from the scripts' ``revision``/``down_revision``
lines (parsed, never executed) and the stamped revision with one ``SELECT``; anything unusual
(a merge, a script the parser cannot read, several stamped heads) falls back to Alembic itself.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from cxcareer.store import server_policies
from cxcareer.store.errors import StoreError
from cxcareer.store.server_roles import ServerRoles

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script_revision(path: Path) -> tuple[str, str | None] | None:
    """``(revision, down_revision)`` of one migration script, None when it is not plain."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, ValueError):
        return None
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            if not isinstance(value, ast.Constant):
                return None  # a merge (tuple) or a computed value: leave it to Alembic
            found[target.id] = value.value
    revision, down = found.get("revision"), found.get("down_revision")
    if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
        return None
    return revision, down


@functools.cache
def _shipped() -> tuple[frozenset[str], str]:
    """Every revision this build ships and its single head, read without importing Alembic."""
    links: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name.startswith("_"):
            continue
        parsed = _script_revision(path)
        if parsed is None or parsed[0] in links:
            return _shipped_by_alembic()
        links[parsed[0]] = parsed[1]
    heads = set(links) - {down for down in links.values() if down is not None}
    if len(heads) != 1 or any(d is not None and d not in links for d in links.values()):
        return _shipped_by_alembic()
    return frozenset(links), heads.pop()


def _shipped_by_alembic() -> tuple[frozenset[str], str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None
    return frozenset(rev.revision for rev in script.walk_revisions()), head


def head_revision() -> str:
    """The newest schema revision this build knows."""
    return _shipped()[1]


def is_known_revision(revision: str) -> bool:
    """Whether this build ships ``revision`` (False means the database is newer than the app)."""
    return revision in _shipped()[0]


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, None for a database Alembic never touched."""
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
        if len(rows) <= 1:
            return str(rows[0][0]) if rows else None
        # Several heads stamped: Alembic explains that better than we would.
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def _run(engine: Engine, action: str, revision: str, *, secure: bool = False) -> None:
    """Run an Alembic upgrade/downgrade in one transaction (foreign keys off on SQLite).

    On a PostgreSQL server set up by ``cxcareer server init`` (or when ``secure`` asks for it)
    the policies are dropped before the scripts run and installed again after them, in the
    same transaction: a migration never leaves the server open, even for a moment.
    """
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
                    secure = secure or server_policies.is_installed(conn)
                    if secure:
                        server_policies.remove(conn)
                from alembic import command

                config = alembic_config(conn)
                if action == "upgrade":
                    command.upgrade(config, revision)
                else:
                    command.downgrade(config, revision)
                if secure and server_policies.schema_can_hold_them(conn):
                    server_policies.install(conn, ServerRoles.for_connection(conn))
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


def upgrade(engine: Engine, revision: str = "head", *, secure: bool = False) -> None:
    """Upgrade the schema to ``revision`` in one transaction (see the module docstring).

    ``secure``: also install the company server's roles and policies (``server init``).
    """
    _run(engine, "upgrade", revision, secure=secure)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade to ``revision`` (``"base"`` removes every table); for tests and tools."""
    _run(engine, "downgrade", revision)
