"""Store fixtures: every store test runs on a real SQLite file and a real PostgreSQL server.

The PostgreSQL half needs ``CXCAREER_TEST_PG_URL`` (``bash .ci/postgres.sh start`` prints one;
the ``pg_admin_url`` fixture is in ``tests/company_server.py``); each test gets a fresh database
created from ``template0`` and dropped afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from cxcareer.store.database import Database, Location, open_database, resolve_location

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture
def fresh_pg_url(pg_admin_url: str) -> Iterator[str]:
    """A URL to an empty database that lives for one test."""
    name = f"cxt_{uuid.uuid4().hex[:16]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    try:
        yield make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Location:
    """A not-yet-opened database location on each backend."""
    if request.param == "sqlite":
        return resolve_location(str(tmp_path / "data" / "cxcareer.db"))
    url: str = request.getfixturevalue("fresh_pg_url")
    return resolve_location(url)


@pytest.fixture
def db(location: Location) -> Iterator[Database]:
    """An opened, migrated database on each backend."""
    database = open_database(location)
    try:
        yield database
    finally:
        database.close()
