"""Migrations from every revision with the policies in place (issue 12).

A company that already keeps its profiles on a PostgreSQL server, at any schema revision this
build knows, runs ``server init`` once: the schema is upgraded and the policies installed, and
its people connect and see what the policy table says. On a secured server a migration (up, or
down and up again) and a second ``init`` leave exactly the same security behind: the same
policies, grants, forced row-level security, table owners, triggers and helper functions as a
freshly initialised server. A person whose app is newer than the server's schema is refused
(only the administrator upgrades), and so is a login nobody was given.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cxcareer.store import migrate, server_admin
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import ServerRefused
from tests.company.secured_server import (
    Security,
    Server,
    assert_policies_hold,
    give_logins,
    new_database,
    secured_with_people,
    security,
    seed_with_services,
    visible,
)
from tests.store.test_migrations import CHECKS, SEEDERS

pytestmark = pytest.mark.postgres

REVISIONS = [
    "base",
    *reversed(
        [r.revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()]
    ),
]


@pytest.fixture
def server(pg_admin_url: str) -> Iterator[Server]:
    with new_database(pg_admin_url) as made:
        yield made


@pytest.fixture(scope="module")
def fresh_security(pg_admin_url: str) -> Security:
    """The security of an empty database right after ``server init``: the reference."""
    with new_database(pg_admin_url) as made:
        server_admin.init(made.engine)
        return security(made)


def test_every_revision_is_tried() -> None:
    assert REVISIONS[0] == "base"
    assert REVISIONS[-1] == migrate.head_revision()
    assert set(REVISIONS[1:-1]) == set(SEEDERS)


@pytest.mark.parametrize("revision", REVISIONS)
def test_init_from_every_revision_secures_the_data_that_was_there(
    server: Server, revision: str, fresh_security: Security
) -> None:
    if revision != "base":
        migrate.upgrade(server.engine, revision)
    if revision in SEEDERS:
        with server.engine.begin() as conn:
            SEEDERS[revision](conn)
    elif revision != "base":
        seed_with_services(server)

    server_admin.init(server.engine)
    if revision == "base":
        seed_with_services(server)

    assert migrate.current_revision(server.engine) == migrate.head_revision()
    assert security(server) == fresh_security
    if revision in CHECKS:
        CHECKS[revision](resolve_location(server.admin_url))
    assert_policies_hold(server, give_logins(server))


def test_a_second_init_changes_nothing_and_keeps_the_grants(
    server: Server, fresh_security: Security
) -> None:
    ids = secured_with_people(server)
    before = visible(server, "Boss")

    server_admin.init(server.engine)

    assert security(server) == fresh_security
    assert visible(server, "Boss") == before
    assert_policies_hold(server, ids)


def test_down_and_up_again_keeps_the_policies(server: Server, fresh_security: Security) -> None:
    ids = secured_with_people(server)

    migrate.downgrade(server.engine, "0002")
    assert migrate.current_revision(server.engine) == "0002"
    with server.engine.connect() as conn:  # below 0003 nobody is anybody: closed, not open
        forced = conn.exec_driver_sql(
            "SELECT bool_and(relforcerowsecurity) FROM pg_class WHERE relname = 'meetings'"
        ).scalar()
        policies = conn.exec_driver_sql("SELECT count(*) FROM pg_policies").scalar()
    assert (forced, policies) == (True, 0)
    migrate.upgrade(server.engine)
    # 0002 had no login_role: who is who went with it, and the administrator grants again.
    for who in ("Boss", "Ana", "Hana"):
        server_admin.grant(server.engine, ids[who], server.logins[who], hr=who == "Hana")

    assert security(server) == fresh_security
    assert_policies_hold(server, ids)


FUTURE_REVISION = '''"""A later revision, as a newer cxcareer would ship it (tests only).

Revision ID: 9999
Revises: {down}
"""

from alembic import op

revision = "9999"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_actions_status_future", "actions", ["status"])


def downgrade() -> None:
    op.drop_index("ix_actions_status_future", "actions")
'''


@pytest.fixture
def newer_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], str]]:
    """Turns this build into one with a further revision (what a person's newer app brings)."""

    def install() -> str:
        scripts = tmp_path / "migrations"
        shutil.copytree(
            migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
        )
        head = migrate.head_revision()
        (scripts / "versions" / "9999_future.py").write_text(FUTURE_REVISION.format(down=head))
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
        migrate._shipped.cache_clear()
        return "9999"

    try:
        yield install
    finally:
        migrate._shipped.cache_clear()


def test_a_person_with_a_newer_app_is_refused_and_the_admin_upgrades_with_the_policies(
    server: Server,
    newer_build: Callable[[], str],
    fresh_security: Security,
) -> None:
    ids = secured_with_people(server)  # at this build's head
    head_before = migrate.current_revision(server.engine)
    before = security(server)
    newer = newer_build()

    with pytest.raises(ServerRefused) as refused:
        open_database(resolve_location(server.person_url("Ana")))

    assert refused.value.reason == "needs_upgrade"
    assert refused.value.role == server.logins["Ana"]
    assert migrate.current_revision(server.engine) == head_before
    assert security(server) == before

    open_database(resolve_location(server.admin_url)).close()  # the administrator upgrades

    assert migrate.current_revision(server.engine) == newer
    assert security(server) == fresh_security
    assert_policies_hold(server, ids)
    db = open_database(resolve_location(server.person_url("Ana")))
    try:
        assert db.identity is not None
        assert db.identity.person_id == ids["Ana"]
    finally:
        db.close()


@pytest.mark.parametrize("how", ["never granted", "revoked"])
def test_a_login_given_to_nobody_is_refused(server: Server, how: str) -> None:
    ids = secured_with_people(server)
    if how == "revoked":
        server_admin.revoke(server.engine, ids["Ana"])
        who = "Ana"
    else:
        who = "Stray"
        server.add_login(who, f"stray_{server.name[4:]}")
    before = security(server)

    with pytest.raises(ServerRefused) as refused:
        open_database(resolve_location(server.person_url(who)))

    assert refused.value.reason == "not_granted"
    assert refused.value.role == server.logins[who]
    assert security(server) == before
    with server.engine.connect() as conn:
        assert conn.execute(
            text("SELECT count(*) FROM people WHERE login_role IS NOT NULL")
        ).scalar() == (2 if how == "revoked" else 3)
