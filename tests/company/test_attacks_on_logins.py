"""Logins that are nobody or no longer who they were, and what the planner gives away."""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import create_engine

from cxcareer.store import server_admin
from cxcareer.store.server_policies import TABLES
from tests.company.attack_kit import (
    RATE,
    SHARED,
    World,
    attacker,
    no_row,
    refused,
    seeded_world,
    stray_login,
    untouched,
)
from tests.company.company_rows import admin_connect, new_id, seed
from tests.company_server import Company

world = pytest.fixture(scope="module")(seeded_world)
unchanged = pytest.fixture(untouched)


@pytest.fixture
def ghost(world: World) -> Iterator[psycopg.Connection]:
    """A login made a member of the company's group directly, without ``server grant``."""
    with stray_login(world.company, member=True) as connect, connect() as conn:
        yield conn


def test_a_login_outside_the_company_cannot_even_connect(world: World) -> None:
    denied = pytest.raises(psycopg.OperationalError, match="permission denied for database")
    with stray_login(world.company, member=False) as connect, denied:
        connect()


@pytest.mark.usefixtures("unchanged")
def test_a_login_that_is_nobody_reads_and_writes_nothing(
    world: World, ghost: psycopg.Connection
) -> None:
    assert ghost.execute("SELECT cxcareer_me()").fetchone() == (None,)
    for table in (
        "people",
        "person_targets",
        "framework_versions",
        "assessments",
        "assessment_items",
        "evidence",
        "actions",
        "action_status_changes",
        "meetings",
        "meeting_actions",
        "private_notes",
    ):
        no_row(ghost, f"SELECT * FROM {table}")
    refused(ghost, "SELECT * FROM audit_log")
    values = {
        "id": new_id(),
        "p": world.company.ids["bia"],
        "kind": "manager",
        "name": "",
        "by": None,
    }
    refused(ghost, RATE, values)
    no_row(ghost, "UPDATE actions SET title = 'x'")
    no_row(ghost, "DELETE FROM actions")


def _estimate(conn: psycopg.Connection, query: str, guess: str) -> int:
    plan = str(conn.execute(f"EXPLAIN {query}", {"guess": guess}).fetchone())
    found = re.search(r"rows=(\d+)", plan)
    assert found, plan
    return int(found.group(1))


def test_planner_statistics_tell_nothing_about_hidden_rows(company: Company) -> None:
    """ANALYZE samples values; neither ``pg_stats`` nor EXPLAIN's estimates may show them.

    Before the fix Bruno's EXPLAIN estimated 50 rows for the true guess and 1 for a wrong one.
    """
    seed(company)
    ids = company.ids
    secret = "Rui asked about a raise"
    insert_meeting = (
        "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
        "created_at) VALUES (%(m)s, %(rui)s, current_date, 'Ana', %(ana)s, %(text)s, now())"
    )
    with admin_connect(company) as admin, admin.transaction():
        for number in range(300):
            text = secret if number % 3 == 0 else f"Routine check-in {number}"
            values = {"m": new_id(), "rui": ids["rui"], "ana": ids["ana"], "text": text}
            admin.execute(insert_meeting, values)
            admin.execute(
                "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%s, %s, %s)",
                (values["m"], company.logins["ana"], f"PRIVATE {secret}"),
            )
    with admin_connect(company) as admin:
        admin.execute("ANALYZE")
        sampled = admin.execute(
            "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public'"
        )
        assert {t for (t,) in sampled} == {*SHARED, "audit_log"}  # none of people's tables
    for who in ("bruno", "ana", "helena"):
        with attacker(company, who) as conn:
            no_row(conn, "SELECT * FROM pg_stats WHERE tablename = ANY(%(t)s)", {"t": list(TABLES)})
    guesses = (  # (query, the truth, a wrong guess)
        ("SELECT * FROM meetings WHERE shared_notes = %(guess)s", secret, "Rui asked for leave"),
        ("SELECT * FROM meetings WHERE shared_notes < %(guess)s", "S", "A"),
        ("SELECT * FROM private_notes WHERE body = %(guess)s", f"PRIVATE {secret}", "PRIVATE x"),
        ("SELECT * FROM meetings WHERE person_id = %(guess)s", ids["rui"], ids["bia"]),
    )
    with attacker(company, "bruno") as bruno:
        for query, truth, wrong in guesses:
            assert _estimate(bruno, query, truth) == _estimate(bruno, query, wrong), query


def test_setting_up_again_forgets_statistics_gathered_before(company: Company) -> None:
    """A server analysed before ``server init`` (or between upgrades) keeps no old samples."""
    seed(company)
    with admin_connect(company) as admin:
        admin.execute("ALTER TABLE meetings ALTER COLUMN shared_notes SET STATISTICS -1")
        admin.execute("ANALYZE meetings")
        count = "SELECT count(*) FROM pg_stats WHERE tablename = 'meetings'"
        assert admin.execute(count).fetchone() == (1,)
        engine = create_engine(company.admin_url)
        try:
            server_admin.init(engine)
        finally:
            engine.dispose()
        assert admin.execute(count).fetchone() == (0,)


def test_a_login_handed_to_someone_else_reads_none_of_its_old_notes(company: Company) -> None:
    """Ana leaves; the administrator gives her old login to Nina, who arrives (a reused name)."""
    seed(company)
    engine = create_engine(company.admin_url)
    try:
        server_admin.revoke(engine, company.ids["ana"])
        with admin_connect(company) as admin:
            framework = admin.execute("SELECT framework_version_id FROM people LIMIT 1").fetchone()
            assert framework is not None
            admin.execute(
                "INSERT INTO people (id, name, framework_version_id, created_at, updated_at) "
                "VALUES (%(id)s, 'Nina', %(f)s, now(), now())",
                {"id": (nina := new_id()), "f": framework[0]},
            )
        server_admin.grant(engine, nina, company.logins["ana"])
    finally:
        engine.dispose()
    with attacker(company, "ana") as conn:  # Ana's login and password, now Nina's
        assert conn.execute("SELECT cxcareer_my_name()").fetchone() == ("Nina",)
        no_row(conn, "SELECT * FROM private_notes")
