"""Who reads and writes what on a company server, as PostgreSQL privileges and policies.

Why in the database and not in the app: anyone with the server's address can skip the app and
type SQL. So each person connects as their own role, every table is owned by a role nobody
logs in as, row-level security is forced on every table, and :data:`POLICY_TABLE` (the same
table ``docs/security.md`` shows, and the tests check through plain SQL) is enforced here:

* "me" is the person whose ``login_role`` is the connected role; "reports" are everyone below
  them, directly or not; HR reads everyone. An employee writes their own profile, targets,
  self ratings, evidence and plan; a manager writes manager ratings, verifications, actions
  and one-to-ones for their reports; nobody changes or deletes history
  (:mod:`cxcareer.store.server_guards`); a private note is read by its author's role only.
* Which columns may change is a column privilege (a manager cannot move a report to another
  team; nobody sets their own ``login_role`` or renames themself); which rows, a policy.
* Around the tables: only the company's people connect, nobody creates anything (not even
  temporary objects), and the planner keeps no statistics on people's tables — its estimates
  would otherwise answer guesses about rows the policies hide.

:func:`install` is idempotent and runs after every schema upgrade of a secured server
(:mod:`cxcareer.store.migrate` drops the policies first, since a policy pins the columns it
names); :func:`remove` undoes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from cxcareer.store.server_guards import drop_sql, install_sql
from cxcareer.store.server_roles import ServerRoles, quote_ident, run_sql

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["POLICY_TABLE", "TABLES", "install", "is_installed", "remove", "schema_can_hold_them"]

ME = "cxcareer_me()"
REPORTS = "(SELECT cxcareer_reports())"
VISIBLE = "(SELECT cxcareer_visible())"
IS_HR = "cxcareer_is_hr()"
MY_ROLE = "session_user::text"

#: Per table: what each kind of person may do, in words (docs/security.md, tests).
POLICY_TABLE: Mapping[str, Mapping[str, str]] = {
    "people": {
        "employee": "read own row; change own email, role, framework",
        "manager": "read reports' rows",
        "hr": "read all; add people; change anyone's name, role, manager, archived",
    },
    "person_targets": {
        "employee": "read and write own",
        "manager": "read reports'",
        "hr": "read all",
    },
    "framework_versions": {"employee": "read", "manager": "read", "hr": "read; import"},
    "assessments": {
        "employee": "read own; add self ratings as self",
        "manager": "read reports'; add manager ratings as self",
        "hr": "read all",
    },
    "assessment_items": {
        "employee": "read own; add to own ratings",
        "manager": "read reports'; add to own ratings",
        "hr": "read all",
    },
    "evidence": {
        "employee": "read own; add own (not verified)",
        "manager": "read reports'; verify reports' (adds own name)",
        "hr": "read all",
    },
    "actions": {
        "employee": "read and write own (never whose or when)",
        "manager": "read and write reports' (never whose or when)",
        "hr": "read all",
    },
    "action_status_changes": {
        "employee": "read own; add",
        "manager": "read reports'; add",
        "hr": "read all",
    },
    "meetings": {
        "employee": "read own",
        "manager": "read reports'; add as author",
        "hr": "read all",
    },
    "meeting_actions": {
        "employee": "read own",
        "manager": "read reports'; add the met person's actions to own meetings",
        "hr": "read all",
    },
    "private_notes": {
        "employee": "read and add own only",
        "manager": "read and add own only",
        "hr": "read and add own only",
    },
    "audit_log": {"employee": "-", "manager": "-", "hr": "read"},
}

#: Every table under row-level security, in the order they are set up.
TABLES = (*(t for t in POLICY_TABLE if t != "audit_log"), "alembic_version")

#: Tables that hold nothing about a person (every person reads them whole).
_SHARED_TABLES = ("framework_versions", "alembic_version")

# Not ``name``: ratings, meetings and verifications carry their author's name as the server
# knows it, so someone who renamed themself "Ana" would sign as Ana; only HR renames people.
_PROFILE_COLUMNS = 'email, framework_version_id, "current_role", updated_at'
# Not ``id``, ``person_id`` or ``created_at``: an action (and the status history and meetings
# that point at it) stays the plan of the person it was made for, from the day it was made.
_PLAN_COLUMNS = "title, skill_id, target_role_id, owner, due_on, status, completed_at"

# (table, command, USING, WITH CHECK); None leaves a clause out.
_POLICIES: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("people", "SELECT", f"id IN {VISIBLE}", None),
    ("people", "UPDATE", f"id = {ME} OR {IS_HR}", f"id = {ME} OR {IS_HR}"),
    ("people", "INSERT", None, f"{IS_HR} AND login_role IS NULL"),
    ("person_targets", "SELECT", f"person_id IN {VISIBLE}", None),
    ("person_targets", "INSERT", None, f"person_id = {ME}"),
    ("person_targets", "UPDATE", f"person_id = {ME}", f"person_id = {ME}"),
    ("person_targets", "DELETE", f"person_id = {ME}", None),
    ("framework_versions", "SELECT", f"{ME} IS NOT NULL", None),
    ("framework_versions", "INSERT", None, IS_HR),
    ("alembic_version", "SELECT", "true", None),
    ("assessments", "SELECT", f"person_id IN {VISIBLE}", None),
    (
        "assessments",
        "INSERT",
        None,
        f"assessor_id = {ME} AND assessor_name = cxcareer_my_name() AND ("
        f"(assessor_kind = 'self' AND person_id = {ME}) OR "
        f"(assessor_kind = 'manager' AND person_id IN {REPORTS}))",
    ),
    ("assessments", "UPDATE", f"assessor_id = {ME}", f"assessor_id = {ME}"),
    ("assessment_items", "SELECT", "assessment_id IN (SELECT id FROM assessments)", None),
    (
        "assessment_items",
        "INSERT",
        None,
        f"assessment_id IN (SELECT id FROM assessments WHERE assessor_id = {ME})",
    ),
    ("evidence", "SELECT", f"person_id IN {VISIBLE}", None),
    ("evidence", "INSERT", None, f"person_id = {ME} AND strength <> 'verified'"),
    ("evidence", "UPDATE", f"person_id IN {REPORTS}", f"person_id IN {REPORTS}"),
    ("actions", "SELECT", f"person_id IN {VISIBLE}", None),
    *(
        ("actions", command, f"person_id = {ME} OR person_id IN {REPORTS}", None)
        for command in ("UPDATE", "DELETE")
    ),
    ("actions", "INSERT", None, f"person_id = {ME} OR person_id IN {REPORTS}"),
    ("action_status_changes", "SELECT", "action_id IN (SELECT id FROM actions)", None),
    (
        "action_status_changes",
        "INSERT",
        None,
        f"action_id IN (SELECT id FROM actions WHERE person_id = {ME} OR person_id IN {REPORTS})",
    ),
    ("meetings", "SELECT", f"person_id IN {VISIBLE}", None),
    (
        "meetings",
        "INSERT",
        None,
        f"person_id IN {REPORTS} AND author_id = {ME} AND author = cxcareer_my_name()",
    ),
    ("meeting_actions", "SELECT", "meeting_id IN (SELECT id FROM meetings)", None),
    (
        "meeting_actions",
        "INSERT",
        None,
        f"meeting_id IN (SELECT id FROM meetings WHERE author_id = {ME}) "
        "AND action_id IN (SELECT a.id FROM actions a JOIN meetings m "
        "ON m.person_id = a.person_id WHERE m.id = meeting_actions.meeting_id)",
    ),
    (
        "private_notes",
        "SELECT",
        f"author_role = {MY_ROLE} AND meeting_id IN (SELECT cxcareer_my_meetings())",
        None,
    ),
    (
        "private_notes",
        "INSERT",
        None,
        f"author_role = {MY_ROLE} AND meeting_id IN (SELECT id FROM meetings "
        f"WHERE author_id = {ME})",
    ),
)


def _grants(roles: ServerRoles) -> list[str]:
    member, hr, guard = (quote_ident(r) for r in (roles.member, roles.hr, roles.guard))
    both = f"{member}, {hr}"
    grants = [f"GRANT SELECT ON {t} TO {both}" for t in TABLES]
    grants += [
        f"GRANT UPDATE ({_PROFILE_COLUMNS}) ON people TO {member}",
        f"GRANT UPDATE ({_PROFILE_COLUMNS}, name, manager_id, archived) ON people TO {hr}",
        f"GRANT INSERT ON people TO {hr}",
        f"GRANT INSERT ON framework_versions TO {hr}",
        f"GRANT INSERT, UPDATE, DELETE ON person_targets TO {member}",
        f"GRANT INSERT, UPDATE (status) ON assessments TO {member}",
        f"GRANT INSERT ON assessment_items, action_status_changes, meetings, meeting_actions, "
        f"private_notes TO {member}",
        f"GRANT INSERT, UPDATE (strength, text) ON evidence TO {member}",
        f"GRANT INSERT, UPDATE ({_PLAN_COLUMNS}), DELETE ON actions TO {member}",
        f"GRANT SELECT (id, name, login_role, manager_id) ON people TO {guard}",
        f"GRANT SELECT (id, author_id) ON meetings TO {guard}",
        f"GRANT SELECT (id) ON actions TO {guard}",
        f"GRANT USAGE ON SCHEMA public TO {both}, {guard}",
        f"GRANT EXECUTE ON FUNCTION cxcareer_me(), cxcareer_my_name(), cxcareer_is_hr(), "
        f"cxcareer_reports(), cxcareer_visible(), cxcareer_my_meetings() TO {both}",
    ]
    return grants


def schema_can_hold_them(conn: Connection) -> bool:
    """Whether the schema knows who is who (``people.login_role``, from revision 0003 on).

    A secured server taken below that revision (a downgrade, for tools and tests) keeps row
    security forced with no policy: closed to every person until it is upgraded again, when
    the policies come back.
    """
    found = run_sql(
        conn,
        "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = 'people' AND column_name = 'login_role'",
    ).scalar()
    return found is not None


def is_installed(conn: Connection) -> bool:
    """Whether this database was set up by ``cxcareer server init``."""
    found = run_sql(conn, "SELECT to_regprocedure('public.cxcareer_me()')").scalar()
    return found is not None


def _existing(conn: Connection, tables: tuple[str, ...]) -> list[str]:
    rows = run_sql(conn, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").scalars()
    present = set(rows)
    return [t for t in tables if t in present]


def remove(conn: Connection) -> None:
    """Drop every policy and trigger (before a migration; :func:`install` puts them back)."""
    present = set(_existing(conn, (*TABLES, "evidence")))
    for statement in drop_sql():
        table = statement.rsplit(" ON ", 1)[1]
        if table in present:
            run_sql(conn, statement)
    for table, name in run_sql(
        conn,
        "SELECT tablename, policyname FROM pg_policies "
        "WHERE schemaname = 'public' AND policyname LIKE 'cxcareer\\_%'",
    ).all():
        run_sql(conn, f"DROP POLICY {quote_ident(name)} ON {quote_ident(table)}")


def _close_the_database(conn: Connection, roles: ServerRoles) -> None:
    """Only the company's people connect, and nobody makes temporary tables, views or functions.

    Why: PostgreSQL lets every role of the cluster connect and create temporary objects by
    default. A login of another database's company would see this one's catalogue; a temporary
    view or function is a place to hide a query from the app's eyes (the policies still hold
    for it, but nothing here needs one, so the door stays shut).
    """
    database = quote_ident(str(run_sql(conn, "SELECT current_database()").scalar()))
    run_sql(conn, f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC")
    run_sql(conn, f"GRANT CONNECT ON DATABASE {database} TO {quote_ident(roles.member)}")


def _keep_no_statistics(conn: Connection) -> None:
    """No planner statistics on the people's tables: they would tell what the policies hide.

    Why: ANALYZE samples values into ``pg_statistic`` (most common values, histograms). The
    ``pg_stats`` view hides them from a role under row-level security, but the planner does
    not: for a leakproof operator such as text ``=`` or ``<`` it estimates from them for
    anyone, so ``EXPLAIN SELECT * FROM meetings WHERE shared_notes = 'a guess'`` as manager B
    showed whether A's team often wrote that guess (estimate 50 rows instead of 1), and ``<``
    narrowed down histogram values letter by letter. With a statistics target of 0 ANALYZE
    collects nothing for these columns (and what it collected before is removed); at a
    company's size the planner's default estimates serve as well.
    """
    tables = [t for t in TABLES if t not in _SHARED_TABLES]
    for table, column in run_sql(
        conn,
        "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
        f"AND c.relname IN ({', '.join(repr(t) for t in tables)}) "
        "AND a.attnum > 0 AND NOT a.attisdropped",
    ).all():
        run_sql(
            conn,
            f"ALTER TABLE {quote_ident(table)} ALTER COLUMN {quote_ident(column)} SET STATISTICS 0",
        )
    run_sql(
        conn,
        "DELETE FROM pg_statistic WHERE starelid IN "
        f"({', '.join(repr(t) + '::regclass' for t in tables)})",
    )


def install(conn: Connection, roles: ServerRoles) -> None:
    """Create roles, ownership, privileges, policies and triggers, all in ``conn``'s transaction.

    Needs a superuser connection (roles, a BYPASSRLS role and table owners change).
    """
    for role in roles.all():
        bypass = " BYPASSRLS" if role == roles.guard else ""
        run_sql(
            conn,
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {quote_ident(role)} NOLOGIN{bypass}; END IF; END $$",
        )
    remove(conn)
    run_sql(conn, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _close_the_database(conn, roles)
    for statement in install_sql(roles):
        run_sql(conn, statement)
    owner = quote_ident(roles.owner)
    for table in TABLES:
        run_sql(conn, f"ALTER TABLE {table} OWNER TO {owner}")
        run_sql(conn, f"REVOKE ALL ON {table} FROM PUBLIC")
        run_sql(conn, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        run_sql(conn, f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    _keep_no_statistics(conn)
    for statement in _grants(roles):
        run_sql(conn, statement)
    for number, (table, command, using, check) in enumerate(_POLICIES):
        sql = f"CREATE POLICY cxcareer_{command.lower()}_{number} ON {table} FOR {command}"
        if using is not None:
            sql += f" USING ({using})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        run_sql(conn, sql)
