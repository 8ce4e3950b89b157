"""The attacks of issue 12, typed as plain SQL by people who know the server's address.

Why each test reads the whole database as the administrator before and after: a refusal that
still changed something is no refusal. The attackers work in autocommit, so anything the
server let through would stay. Private notes are the seeded plain-text markers ("PRIVATE Ana
about Rui: …"); the app stores ciphertext, but the server must not rely on that.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors
from psycopg.sql import SQL, Literal
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from cxcareer.store import server_admin
from cxcareer.store.server_policies import TABLES
from cxcareer.store.server_roles import ServerRoles
from tests.company.company_rows import (
    HR,
    NAMES,
    CompanyRows,
    admin_connect,
    new_id,
    seed,
    snapshot,
)
from tests.company.conftest import Company

#: Tables every person reads whole (no person's data in them).
_SHARED = ("framework_versions", "alembic_version")

#: Text only other people's private notes hold: Ana's and Rui's notes (Bruno wrote his own).
NOT_BRUNOS = ("PRIVATE Ana", "PRIVATE Rui")


@dataclass
class World:
    company: Company
    seeded: CompanyRows

    def meeting(self, author: str, person: str, *, noted: bool = True) -> str:
        pool = self.seeded.noted_meetings if noted else self.seeded.bare_meetings
        return next(m.key for m in pool if m.author == author and m.person == person)


@pytest.fixture(scope="module")
def world(module_company: Company) -> World:
    return World(module_company, seed(module_company))


@pytest.fixture
def unchanged(world: World) -> Iterator[None]:
    """Fails the test if any table (the audit log included) differs afterwards."""
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


_RATE = (
    "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
    "assessed_at, status, created_at) "
    "VALUES (%(id)s, %(p)s, %(kind)s, %(name)s, %(by)s, now(), 'final', now())"
)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("report", ["rui", "bia"])
def test_manager_b_cannot_rate_under_anas_name(world: World, report: str) -> None:
    ids = world.company.ids
    with attacker(world.company, "bruno") as bruno:
        for name, by in (("Ana", ids["ana"]), ("Ana", ids["bruno"]), ("Ana", None)):
            values = {"id": new_id(), "p": ids[report], "kind": "manager", "name": name, "by": by}
            refused(bruno, _RATE, values)


@pytest.mark.usefixtures("unchanged")
def test_manager_b_cannot_move_rui_into_his_team(world: World) -> None:
    ids = world.company.ids
    move = "UPDATE people SET manager_id = %(to)s WHERE id = %(p)s"
    with attacker(world.company, "bruno") as bruno:
        refused(bruno, move, {"to": ids["bruno"], "p": ids["rui"]})
    with attacker(world.company, "ana") as ana:  # nor can Ana hand him over
        refused(ana, move, {"to": ids["bruno"], "p": ids["rui"]})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("who", "change"),
    [(who, "login_role = 'ana_x'") for who in NAMES]
    # Ratings, meetings and verifications carry the signer's name as the server knows it.
    + [(who, "name = 'Ana'") for who in NAMES if who not in HR],
)
def test_nobody_changes_who_they_are(world: World, who: str, change: str) -> None:
    me = world.company.ids[who]
    with attacker(world.company, who) as conn:
        refused(conn, f"UPDATE people SET {change} WHERE id = %(me)s", {"me": me})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("who", [k for k in NAMES if k not in HR])
def test_a_person_does_not_archive_or_manage_themself(world: World, who: str) -> None:
    ids = world.company.ids
    with attacker(world.company, who) as conn:
        refused(conn, "UPDATE people SET archived = true WHERE id = %(me)s", {"me": ids[who]})
        for manager in (None, ids["helena"]):
            refused(
                conn,
                "UPDATE people SET manager_id = %(m)s WHERE id = %(me)s",
                {"m": manager, "me": ids[who]},
            )


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize("who", ["bia", "rui"])
def test_no_manager_rating_about_oneself(world: World, who: str) -> None:
    me = world.company.ids[who]
    values = {"id": new_id(), "p": me, "kind": "manager", "name": NAMES[who], "by": me}
    with attacker(world.company, who) as conn:
        refused(conn, _RATE, values)


@pytest.mark.usefixtures("unchanged")
def test_an_employee_cannot_make_evidence_verified(world: World) -> None:
    bia = world.company.ids["bia"]
    with attacker(world.company, "bia") as conn:
        refused(
            conn,
            "INSERT INTO evidence (id, person_id, skill_id, level, observed_on, kind, strength, "
            "text, created_at) VALUES (%(id)s, %(p)s, 'empathy', 4, current_date, 'work', "
            "'verified', 'Trust me', now())",
            {"id": new_id(), "p": bia},
        )
        no_row(  # her own claim is not hers to verify: no row to change
            conn,
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s "
            "WHERE person_id = %(p)s",
            {"p": bia, "line": "\n\u2714 Bia, 2026-12-02"},
        )
    with attacker(world.company, "bruno") as bruno:  # her manager verifies only with his line
        refused(
            bruno,
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s "
            "WHERE person_id = %(p)s",
            {"p": bia, "line": "\n\u2714 Ana, 2026-12-02"},
        )


@pytest.mark.usefixtures("unchanged")
def test_no_private_note_on_someone_elses_meeting(world: World) -> None:
    """Rui is a manager too, but Ana's meeting with Ivo is hers, whatever role Rui claims."""
    meeting = world.meeting("ana", "ivo", noted=False)
    sql = "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%(m)s, %(r)s, 'x')"
    with attacker(world.company, "rui") as rui:
        for role in (world.company.logins["ana"], world.company.logins["rui"]):
            refused(rui, sql, {"m": meeting, "r": role})
    with attacker(world.company, "bruno") as bruno:  # nor over Ana's written note
        refused(
            bruno,
            sql + " ON CONFLICT (meeting_id) DO NOTHING",
            {"m": world.meeting("ana", "rui"), "r": world.company.logins["bruno"]},
        )


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


def database_name(company: Company) -> str:
    with admin_connect(company) as conn:
        return str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]


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


HISTORY_CHANGES = (
    ("ana", "UPDATE assessments SET status = 'draft' WHERE id = %(rating)s"),
    ("ana", "UPDATE assessments SET assessor_name = 'Bruno' WHERE id = %(rating)s"),
    ("ana", "DELETE FROM assessments WHERE id = %(rating)s"),
    ("ana", "UPDATE assessment_items SET level = 1 WHERE assessment_id = %(rating)s"),
    ("ana", "DELETE FROM assessment_items WHERE assessment_id = %(rating)s"),
    ("rui", "UPDATE action_status_changes SET new_status = 'dropped' WHERE action_id = %(action)s"),
    ("rui", "DELETE FROM action_status_changes WHERE action_id = %(action)s"),
    ("rui", "DELETE FROM actions WHERE id = %(action)s"),
    ("ana", "DELETE FROM actions WHERE id = %(action)s"),
    ("ana", "UPDATE meetings SET shared_notes = 'Nothing was agreed' WHERE id = %(meeting)s"),
    ("ana", "DELETE FROM meetings WHERE id = %(meeting)s"),
    ("ana", "UPDATE meeting_actions SET relation = 'carried' WHERE meeting_id = %(meeting)s"),
    ("ana", "DELETE FROM meeting_actions WHERE meeting_id = %(meeting)s"),
    ("ana", "UPDATE private_notes SET body = 'x' WHERE meeting_id = %(meeting)s"),
    ("ana", "DELETE FROM private_notes WHERE meeting_id = %(meeting)s"),
    ("helena", "DELETE FROM people WHERE id = %(rui)s"),
    ("helena", "TRUNCATE meetings CASCADE"),
)


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(("who", "sql"), HISTORY_CHANGES)
def test_history_stays_as_written_even_for_its_author(world: World, who: str, sql: str) -> None:
    """Ana rated Rui and held his one-to-one; Rui's action has two status changes."""
    rating = next(r.key for r in world.seeded.ratings if (r.author, r.person) == ("ana", "rui"))
    params: dict[str, object] = {
        "rating": rating,
        "action": world.seeded.action["rui"],
        "meeting": world.meeting("ana", "rui"),
        "rui": world.company.ids["rui"],
    }
    with attacker(world.company, who) as conn:
        refused(conn, sql, params)


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
    refused(ghost, _RATE, values)
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
        assert {t for (t,) in sampled} == {*_SHARED, "audit_log"}  # none of people's tables
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


@pytest.mark.usefixtures("unchanged")
def test_nobody_hands_their_group_or_login_to_another(world: World) -> None:
    company = world.company
    roles = ServerRoles.for_database(database_name(company))
    with attacker(company, "helena") as helena:
        for granted in (company.logins["helena"], roles.hr, roles.member):
            refused(helena, f'GRANT "{granted}" TO "{company.logins["bruno"]}"')


@pytest.mark.usefixtures("unchanged")
def test_a_meeting_links_only_the_met_persons_actions(world: World) -> None:
    """Ana manages Rui and Ivo, but her meeting with Rui agrees on Rui's actions only."""
    link = (
        "INSERT INTO meeting_actions (meeting_id, action_id, relation) "
        "VALUES (%(m)s, %(a)s, 'agreed')"
    )
    with attacker(world.company, "ana") as ana:
        for other in ("ivo", "ana"):
            action = world.seeded.bare_action[other]
            refused(ana, link, {"m": world.meeting("ana", "rui", noted=False), "a": action})


@pytest.mark.usefixtures("unchanged")
@pytest.mark.parametrize(
    ("who", "change"),
    [
        ("ana", "person_id = %(ivo)s"),  # a manager moving a plan between her reports
        ("rui", "person_id = %(ivo)s"),  # Rui handing his own action to his report
        ("rui", "created_at = created_at - interval '1 year'"),
        ("rui", "id = %(new)s"),
    ],
)
def test_an_action_stays_whose_and_when_it_was(world: World, who: str, change: str) -> None:
    params = {"ivo": world.company.ids["ivo"], "new": new_id(), "a": world.seeded.action["rui"]}
    with attacker(world.company, who) as conn:
        refused(conn, f"UPDATE actions SET {change} WHERE id = %(a)s", params)
