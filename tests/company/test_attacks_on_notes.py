"""Manager B reading manager A's private notes by every route a person with SQL has.

Queries and joins, COPY, views and functions of one's own, the policies' own functions,
SET ROLE and row_security, the audit log, HR's view and other sessions' query texts.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from psycopg.sql import SQL, Literal

from cxcareer.store.server_roles import ServerRoles
from tests.company.attack_kit import (
    NOT_BRUNOS,
    World,
    attacker,
    database_name,
    no_row,
    refused,
    seeded_world,
    untouched,
)

world = pytest.fixture(scope="module")(seeded_world)
unchanged = pytest.fixture(untouched)


def _reads(conn: psycopg.Connection, sql: str, params: dict[str, object]) -> str:
    return repr(conn.execute(sql, params).fetchall())


@pytest.mark.usefixtures("unchanged")
def test_manager_b_reads_no_private_note_of_a_by_any_query(world: World) -> None:
    company = world.company
    ana_rui = world.meeting("ana", "rui")
    params: dict[str, object] = {"m": ana_rui, "rui": company.ids["rui"]}
    queries = (
        "TABLE private_notes",
        "SELECT * FROM private_notes WHERE meeting_id = %(m)s",
        "SELECT m.*, n.body FROM meetings m LEFT JOIN private_notes n ON n.meeting_id = m.id",
        "SELECT * FROM meetings m RIGHT JOIN private_notes n ON n.meeting_id = m.id",
        "SELECT * FROM meetings m, private_notes n",
        "SELECT * FROM meetings; SELECT * FROM private_notes",
        "SELECT (SELECT body FROM private_notes WHERE meeting_id = %(m)s)",
        "SELECT * FROM private_notes WHERE meeting_id IN (SELECT id FROM meetings)",
        "SELECT * FROM private_notes WHERE meeting_id IN (SELECT meeting_id FROM meeting_actions)",
        "SELECT string_agg(body, '|'), count(*) FROM private_notes WHERE author_role <> "
        "session_user",
        "SELECT EXISTS (SELECT 1 FROM private_notes WHERE body LIKE 'PRIVATE Ana%%')",
        "WITH n AS MATERIALIZED (SELECT * FROM private_notes) SELECT * FROM n",
        "SELECT * FROM people p JOIN meetings m ON m.person_id = p.id "
        "JOIN private_notes n ON n.meeting_id = m.id WHERE p.id = %(rui)s",
        "SELECT n.* FROM (VALUES (%(m)s::text)) v(id) CROSS JOIN LATERAL "
        "(SELECT * FROM private_notes WHERE meeting_id = v.id) n",
        "SELECT row_to_json(n) FROM private_notes n",
    )
    with attacker(company, "bruno") as bruno:
        for sql in queries:
            seen = _reads(bruno, sql, params)
            assert not any(text in seen for text in NOT_BRUNOS), sql
        assert bruno.execute("SELECT count(*) FROM private_notes").fetchone() == (1,)
        assert bruno.execute(
            "SELECT EXISTS (SELECT 1 FROM private_notes WHERE body LIKE 'PRIVATE Ana%%')"
        ).fetchone() == (False,)
        bruno.execute("PREPARE peek(text) AS SELECT body FROM private_notes WHERE meeting_id = $1")
        assert bruno.execute(SQL("EXECUTE peek({})").format(Literal(ana_rui))).fetchall() == []
        with bruno.transaction():
            bruno.execute("DECLARE c CURSOR FOR SELECT * FROM private_notes")
            assert not any(t in repr(bruno.execute("FETCH ALL c").fetchall()) for t in NOT_BRUNOS)
        refused(bruno, "SELECT * FROM private_notes FOR UPDATE")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    "sql",
    [
        "COPY private_notes TO STDOUT",
        "COPY (SELECT * FROM private_notes JOIN meetings ON meetings.id = meeting_id) TO STDOUT",
    ],
)
def test_copy_out_shows_no_note_of_a(world: World, sql: str) -> None:
    with attacker(world.company, "bruno") as bruno:
        with bruno.cursor().copy(sql) as copy:
            dumped = b"".join(bytes(block) for block in copy).decode()
        assert "PRIVATE Bruno" in dumped  # his own note, so the copy did run
        assert not any(text in dumped for text in NOT_BRUNOS)
        refused(bruno, "COPY private_notes TO '/tmp/notes.csv'")
        with pytest.raises(errors.FeatureNotSupported):  # nor write past the policies
            bruno.execute("COPY private_notes FROM STDIN")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    "sql",
    [
        "CREATE VIEW notes AS SELECT * FROM private_notes",
        "CREATE TEMP VIEW notes AS SELECT * FROM private_notes",
        "CREATE TEMP TABLE notes AS SELECT * FROM private_notes",
        "CREATE TEMP TABLE probe (m varchar(36) REFERENCES private_notes (meeting_id))",
        "CREATE FUNCTION peek() RETURNS SETOF private_notes LANGUAGE sql SECURITY DEFINER "
        "AS 'SELECT * FROM private_notes'",
        "CREATE FUNCTION pg_temp.peek() RETURNS SETOF private_notes LANGUAGE sql "
        "AS 'SELECT * FROM private_notes'",
        "CREATE SCHEMA mine",
        "CREATE MATERIALIZED VIEW notes AS SELECT * FROM private_notes",
        "ALTER TABLE private_notes DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE private_notes NO FORCE ROW LEVEL SECURITY",
        "DROP POLICY {select_policy} ON private_notes",
        "CREATE POLICY mine ON private_notes FOR SELECT USING (true)",
        "ALTER FUNCTION cxcareer_me() SECURITY INVOKER",
        "CREATE OR REPLACE FUNCTION cxcareer_is_hr() RETURNS boolean LANGUAGE sql AS 'SELECT true'",
        "CREATE TRIGGER spy AFTER INSERT ON private_notes FOR EACH ROW "
        "EXECUTE FUNCTION cxcareer_audit('body')",
        "CREATE RULE spy AS ON INSERT TO private_notes DO ALSO NOTIFY spy",
        "CREATE EXTENSION pgcrypto",
        "COMMENT ON TABLE private_notes IS 'read me'",
        "REINDEX TABLE private_notes",
        "SELECT pg_read_file('pg_hba.conf')",
        "SET SESSION AUTHORIZATION postgres",
    ],
)
def test_b_cannot_build_a_way_around_the_policies(world: World, sql: str) -> None:
    with attacker(world.company, "bruno") as bruno:
        policy = bruno.execute(
            "SELECT policyname FROM pg_policies WHERE tablename = 'private_notes' "
            "AND cmd = 'SELECT'"
        ).fetchone()
        assert policy is not None
        refused(bruno, sql.format(select_policy=policy[0]))


@pytest.mark.usefixtures("unchanged")
def test_the_policy_functions_answer_only_about_the_caller(world: World) -> None:
    ids = world.company.ids
    with attacker(world.company, "bruno") as bruno:
        assert bruno.execute("SELECT cxcareer_me(), cxcareer_my_name()").fetchone() == (
            ids["bruno"],
            "Bruno",
        )
        assert {r for (r,) in bruno.execute("SELECT cxcareer_reports()")} == {ids["bia"]}
        visible = {r for (r,) in bruno.execute("SELECT cxcareer_visible()")}
        assert visible == {ids["bruno"], ids["bia"]}
        assert bruno.execute("SELECT cxcareer_is_hr()").fetchone() == (False,)
        with pytest.raises(errors.UndefinedFunction):  # no door takes someone else's id
            bruno.execute("SELECT cxcareer_reports(%(a)s)", {"a": ids["ana"]})
        bruno.execute("SET search_path = pg_temp, public")
        assert {r for (r,) in bruno.execute("SELECT public.cxcareer_visible()")} == visible
        for trigger_function in ("keep_history", "verify_only", "audit"):
            refused(bruno, f"SELECT public.cxcareer_{trigger_function}()")


@pytest.mark.usefixtures("unchanged")
def test_set_role_and_row_security_off_open_nothing(world: World) -> None:
    company = world.company
    roles = ServerRoles.for_database(database_name(company))
    with attacker(company, "bruno") as bruno:
        for group in (roles.hr, roles.owner, roles.guard, company.logins["ana"]):
            refused(bruno, f'SET ROLE "{group}"')
        bruno.execute(f'SET ROLE "{roles.member}"')  # his own group: he stays Bruno
        assert bruno.execute("SELECT cxcareer_me()").fetchone() == (company.ids["bruno"],)
        seen = repr(bruno.execute("SELECT * FROM private_notes").fetchall())
        assert "PRIVATE Bruno" in seen
        assert not any(t in seen for t in NOT_BRUNOS)
        bruno.execute("RESET ROLE")
        bruno.execute("SET row_security = off")
        refused(bruno, "SELECT * FROM private_notes")
        refused(bruno, "SELECT * FROM people")


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("who", ["bruno", "ana", "rui", "bia"])
def test_only_hr_reads_the_audit_log(world: World, who: str) -> None:
    with attacker(world.company, who) as conn:
        refused(conn, "SELECT * FROM audit_log")
    with attacker(world.company, "helena") as helena:
        logged = helena.execute("SELECT DISTINCT table_name FROM audit_log").fetchall()
        assert ("private_notes",) in logged  # what was written, never what a note says
        assert "PRIVATE" not in repr(helena.execute("SELECT * FROM audit_log").fetchall())


@pytest.mark.usefixtures("unchanged")
def test_hr_reads_no_private_note(world: World) -> None:
    with attacker(world.company, "helena") as helena:
        assert helena.execute("SELECT count(*) FROM meetings").fetchone() == (8,)
        no_row(helena, "SELECT * FROM private_notes")
        no_row(helena, "SELECT n.* FROM meetings m JOIN private_notes n ON n.meeting_id = m.id")
        # a leaky cast runs after the policy, so no note's text reaches an error message
        no_row(helena, "SELECT 1 FROM private_notes WHERE body::int = 1")


@pytest.mark.usefixtures("unchanged")
def test_nobody_sees_another_sessions_query_text(world: World) -> None:
    ana, bruno = attacker(world.company, "ana"), attacker(world.company, "bruno")
    with ana, bruno, ana.transaction():
        ana.execute("SELECT 'PRIVATE Ana typed this'")
        texts = bruno.execute(
            "SELECT usename, query FROM pg_stat_activity WHERE datname = current_database()"
        ).fetchall()
        assert world.company.logins["ana"] in {user for user, _query in texts}
        assert all("PRIVATE Ana" not in str(query) for _user, query in texts)
        with pytest.raises(errors.UndefinedTable):  # not installed; if it were: own queries only
            bruno.execute("SELECT query FROM pg_stat_statements")
