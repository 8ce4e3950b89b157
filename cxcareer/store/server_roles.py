"""The database roles of a company server, named after its database.

Why named after the database: PostgreSQL roles belong to the whole cluster, and one cluster may
hold several cxcareer databases (a company's and its test copy); each database gets its own
group roles, so membership in one gives nothing in the other.

* ``owner`` (NOLOGIN) owns every table; with ``FORCE ROW LEVEL SECURITY`` even it obeys the
  policies, and nobody can log in as it.
* ``member`` (NOLOGIN) is granted to every person's login role: it holds the table privileges,
  and the policies decide which rows.
* ``hr`` (NOLOGIN) adds reading everyone (but private notes) and the audit log.
* ``guard`` (NOLOGIN, BYPASSRLS) owns the few functions the policies call to learn who the
  connected person is and whom they manage; it reads ``people`` only. Without it a policy on
  ``people`` that reads ``people`` would recurse.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["ServerRoles", "quote_ident", "run_sql"]

_PLAIN = re.compile(r"[^a-z0-9_]")


def quote_ident(name: str) -> str:
    """``name`` as a PostgreSQL identifier, quoted (embedded quotes doubled)."""
    return '"' + name.replace('"', '""') + '"'


def run_sql(conn: Connection, sql: str) -> Any:
    """Run one statement with no parameters; ``%`` (LIKE, RAISE) passes psycopg untouched."""
    return conn.exec_driver_sql(sql.replace("%", "%%"))


@dataclass(frozen=True)
class ServerRoles:
    """The four group role names of one database."""

    owner: str
    member: str
    hr: str
    guard: str

    @classmethod
    def for_database(cls, database: str) -> ServerRoles:
        """``cx_<database>_owner`` and so on; odd or long names get a short hash instead."""
        plain = _PLAIN.sub("_", database.lower())
        if plain != database or len(plain) > 40:
            digest = hashlib.sha256(database.encode()).hexdigest()[:8]
            plain = f"{plain[:30]}_{digest}"
        base = f"cx_{plain}"
        return cls(f"{base}_owner", f"{base}_member", f"{base}_hr", f"{base}_guard")

    @classmethod
    def for_connection(cls, conn: Connection) -> ServerRoles:
        """The roles of the database ``conn`` is connected to."""
        return cls.for_database(str(conn.exec_driver_sql("SELECT current_database()").scalar()))

    def all(self) -> tuple[str, str, str, str]:
        return (self.owner, self.member, self.hr, self.guard)
