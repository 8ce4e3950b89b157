"""A company server for real: a fresh PostgreSQL database set up by ``server init``, people in
two teams, and a login with a password for each — the way a company would run it.

Everyone connects as their own role with their own password (the test server asks every role
but its administrator for one, see ``.ci/postgres.sh``), so what each can read and write is
decided by PostgreSQL alone.

The org chart::

    Helena (HR)
    Ana (manager A) ── Rui ── Ivo        Bruno (manager B) ── Bia

A plugin registered for the whole suite (``pytest_plugins`` in ``tests/conftest.py``), so the
store's tests in ``tests/company/`` and the desktop app's in ``tests/ui/`` share one server.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from cxcareer.store import server_admin
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.services import people

PEOPLE = (  # (key, name, manager key, hr)
    ("helena", "Helena", None, True),
    ("ana", "Ana", None, False),
    ("rui", "Rui", "ana", False),
    ("ivo", "Ivo", "rui", False),
    ("bruno", "Bruno", None, False),
    ("bia", "Bia", "bruno", False),
)


@dataclass
class Company:
    """The server's admin URL, each person's id, login and own URL."""

    admin_url: str
    ids: dict[str, str]
    logins: dict[str, str]
    urls: dict[str, str]

    def connect(self, who: str) -> psycopg.Connection:
        """A plain psycopg connection as ``who`` (autocommit off: roll back what you try)."""
        url = make_url(self.urls[who])
        return psycopg.connect(
            dbname=url.database,
            user=url.username,
            password=url.password,
            host=str(url.query["host"]),
        )


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """The test server's administrator URL (every PostgreSQL test skips without one)."""
    import os

    url = os.environ.get("CXCAREER_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL tests skipped: set CXCAREER_TEST_PG_URL (see .ci/postgres.sh)")
    return url


@contextmanager
def founded_company(pg_admin_url: str) -> Iterator[Company]:
    """A fresh company database, dropped with its logins afterwards."""
    name = f"cxc_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_url(pg_admin_url).set(database=name)
    admin_url = url.render_as_string(hide_password=False)
    engine = create_engine(admin_url)
    server_admin.init(engine)
    db = open_database(resolve_location(admin_url))
    ids: dict[str, str] = {}
    with db.session() as session:
        for key, person_name, manager, _hr in PEOPLE:
            record = people.create_person(
                session,
                person_name,
                current_role="support-specialist",
                manager=ids[manager] if manager else None,
            )
            ids[key] = record.id
    db.close()
    logins: dict[str, str] = {}
    urls: dict[str, str] = {}
    suffix = name[4:]
    with admin.connect() as conn:
        for key, _n, _m, hr in PEOPLE:
            login = f"{key}_{suffix}"
            server_admin.grant(engine, ids[key], login, hr=hr)
            password = secrets.token_urlsafe(12)
            conn.exec_driver_sql(f"ALTER ROLE \"{login}\" PASSWORD '{password}'")
            logins[key] = login
            urls[key] = url.set(username=login, password=password).render_as_string(
                hide_password=False
            )
    engine.dispose()
    try:
        yield Company(admin_url, ids, logins, urls)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for login in logins.values():
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.dispose()


@pytest.fixture
def company(pg_admin_url: str) -> Iterator[Company]:
    with founded_company(pg_admin_url) as founded:
        yield founded


@pytest.fixture(scope="module")
def module_company(pg_admin_url: str) -> Iterator[Company]:
    """One company for a whole module whose tests roll back what they try (it is slow to found)."""
    with founded_company(pg_admin_url) as founded:
        yield founded
