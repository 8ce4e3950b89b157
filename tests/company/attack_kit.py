"""What the attack tests share: the seeded company, attackers' connections and two verdicts.

Why each attack test reads the whole database as the administrator before and after (the
``unchanged`` fixture): a refusal that still changed something is no refusal. The attackers
work in autocommit, so anything the server let through would stay. Private notes are the
seeded plain-text markers ("PRIVATE Ana about Rui: …"); the app stores ciphertext, but the
server must not rely on that.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url

from cxcareer.store.server_roles import ServerRoles
from tests.company.company_rows import CompanyRows, admin_connect, seed, snapshot
from tests.company_server import Company

__all__ = [
    "NOT_BRUNOS",
    "RATE",
    "SHARED",
    "World",
    "attacker",
    "database_name",
    "no_row",
    "refused",
    "seeded_world",
    "stray_login",
    "untouched",
]

#: Tables every person reads whole (no person's data in them).
SHARED = ("framework_versions", "alembic_version")

#: Text only other people's private notes hold: Ana's and Rui's notes (Bruno wrote his own).
NOT_BRUNOS = ("PRIVATE Ana", "PRIVATE Rui")


@dataclass
class World:
    """The company and the history seeded in it."""

    company: Company
    seeded: CompanyRows

    def meeting(self, author: str, person: str, *, noted: bool = True) -> str:
        pool = self.seeded.noted_meetings if noted else self.seeded.bare_meetings
        return next(m.key for m in pool if m.author == author and m.person == person)


def seeded_world(module_company: Company) -> World:
    """The ``world`` fixture of an attack module: ``world = pytest.fixture(scope="module")(…)``."""
    return World(module_company, seed(module_company))


def untouched(world: World) -> Iterator[None]:
    """The ``unchanged`` fixture: fails the test if any table (the audit log included) differs
    afterwards, as the administrator reads it."""
    before = snapshot(world.company)
    yield
    assert snapshot(world.company) == before


def attacker(company: Company, who: str) -> psycopg.Connection:
    conn = company.connect(who)
    conn.autocommit = True
    return conn


def refused(conn: psycopg.Connection, sql: str, params: Mapping[str, object] | None = None) -> None:
    """``sql`` fails with SQLSTATE 42501 (insufficient privilege)."""
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def no_row(conn: psycopg.Connection, sql: str, params: Mapping[str, object] | None = None) -> None:
    """``sql`` runs and touches or returns nothing."""
    cur = conn.execute(sql, params)
    assert cur.rowcount == 0
    if cur.description is not None:
        assert cur.fetchall() == []


#: A rating in plain SQL: the attacks choose about whom, which kind and whose name it carries.
RATE = (
    "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
    "assessed_at, status, created_at) "
    "VALUES (%(id)s, %(p)s, %(kind)s, %(name)s, %(by)s, now(), 'final', now())"
)


def database_name(company: Company) -> str:
    with admin_connect(company) as conn:
        return str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]


@contextmanager
def stray_login(company: Company, *, member: bool) -> Iterator[Callable[[], psycopg.Connection]]:
    """A login of the cluster with a password, a member of the company's group or not, but no
    person: made by hand, not by ``server grant``. Yields how to connect as it."""
    login, password = f"stray_{secrets.token_hex(4)}", secrets.token_urlsafe(12)
    with admin_connect(company) as admin:
        admin.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'")
        if member:
            group = ServerRoles.for_database(database_name(company)).member
            admin.execute(f'GRANT "{group}" TO "{login}"')
    try:
        yield lambda: psycopg.connect(
            dbname=database_name(company),
            user=login,
            password=password,
            host=str(make_url(company.admin_url).query["host"]),
            autocommit=True,
        )
    finally:
        with admin_connect(company) as admin:
            admin.execute(f'DROP ROLE "{login}"')
