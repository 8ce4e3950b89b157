"""A throw-away company server for the migration tests: its security as data, and people.

Why "security as data": a migration, a second ``server init`` or an upgrade by a newer build
must leave exactly what a fresh ``server init`` leaves — the same policies, grants, forced
row-level security, owners, triggers and helper functions — and comparing two snapshots says so
(and shows what differs) in one assert.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

from cxcareer.store import server_admin
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.records import AssessmentItemRecord, Assessor, EvidenceKind, EvidenceStrength
from cxcareer.store.server_roles import ServerRoles
from cxcareer.store.services import actions, assessments, evidence, meetings, people

Security = dict[str, list[tuple[Any, ...]]]


@dataclass
class Server:
    """One throw-away database: its name, the administrator's engine and URL."""

    name: str
    url: URL
    engine: Engine
    logins: dict[str, str]  # person name -> login
    passwords: dict[str, str]

    @property
    def admin_url(self) -> str:
        return self.url.render_as_string(hide_password=False)

    def person_url(self, who: str) -> str:
        url = self.url.set(username=self.logins[who], password=self.passwords[who])
        return url.render_as_string(hide_password=False)

    def connect(self, who: str | None = None) -> psycopg.Connection:
        """Plain psycopg as ``who`` (their login and password), or as the administrator."""
        return psycopg.connect(
            dbname=self.name,
            user=self.logins[who] if who else self.url.username,
            password=self.passwords[who] if who else None,
            host=str(self.url.query["host"]),
        )

    def add_login(
        self, who: str, login: str, *, granted_to: str | None = None, hr: bool = False
    ) -> None:
        """A login role with a password; granted to the person ``granted_to`` when given."""
        password = secrets.token_urlsafe(12)
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{password}'")
        self.logins[who] = login
        self.passwords[who] = password
        if granted_to is not None:
            server_admin.grant(self.engine, granted_to, login, hr=hr)


@contextmanager
def new_database(pg_admin_url: str) -> Iterator[Server]:
    """A new empty database, dropped afterwards with its group roles and every login made for it."""
    name = f"cxm_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    url = make_url(pg_admin_url).set(database=name)
    made = Server(name, url, create_engine(url), {}, {})
    try:
        yield made
    finally:
        made.engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for role in (*made.logins.values(), *ServerRoles.for_database(name).all()):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


def security(server: Server) -> Security:
    """Everything the policies stand on, with this database's role names made generic."""
    prefix = ServerRoles.for_database(server.name).owner.removesuffix("owner")
    queries = {
        "policies": "SELECT tablename, policyname, cmd, roles::text, qual, with_check "
        "FROM pg_policies WHERE schemaname = 'public'",
        "row security": "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r'",
        "owners": "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'",
        "table grants": "SELECT c.relname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE n.nspname = 'public' AND c.relkind = 'r'",
        "column grants": "SELECT c.relname, t.attname, coalesce(r.rolname, 'PUBLIC'), "
        "a.privilege_type FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL aclexplode(t.attacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE n.nspname = 'public' AND NOT t.attisdropped",
        "triggers": "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) "
        "FROM pg_trigger WHERE NOT tgisinternal",
        "schema": "SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'",
        "group roles": "SELECT rolname, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles "
        f"WHERE starts_with(rolname, '{prefix}')",
        "functions": "SELECT p.proname, pg_get_userbyid(p.proowner), p.prosecdef, "
        "p.proconfig::text, p.prosrc, p.proacl::text FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.proname LIKE 'cxcareer%'",
    }
    with server.connect() as conn:
        return {
            what: sorted(
                tuple(v.replace(prefix, "cx_DB_") if isinstance(v, str) else v for v in row)
                for row in conn.execute(sql)
            )
            for what, sql in queries.items()
        }


def seed_with_services(server: Server) -> None:
    """Boss manages Ana: a rating, evidence, an action and a one-to-one with a private note."""
    db = open_database(resolve_location(server.admin_url))
    try:
        with db.session() as s:
            boss = people.create_person(s, "Boss", current_role="support-specialist")
            ana = people.create_person(s, "Ana", current_role="support-specialist", manager=boss.id)
            item = AssessmentItemRecord("strategic-vision", 3, None)
            assessments.add_assessment(s, ana.id, Assessor.MANAGER, "Boss", [item])
            evidence.add_evidence(
                s,
                ana.id,
                "strategic-vision",
                3,
                date(2025, 1, 1),
                EvidenceKind.WORK,
                EvidenceStrength.EXAMPLE,
                "Calm escalation",
            )
            actions.add_action(s, ana.id, "Shadow a lead", "Boss")
            meetings.record_meeting(
                s, ana.id, date(2025, 1, 2), "Boss", private_notes="Talk about the move"
            )
    finally:
        db.close()


def person_ids(server: Server) -> dict[str, str]:
    with server.connect() as conn:
        return {str(n): str(i) for i, n in conn.execute("SELECT id, name FROM people")}


def give_logins(server: Server) -> dict[str, str]:
    """Logins for Boss and Ana, and Hana from HR (added now); returns everyone's id."""
    db = open_database(resolve_location(server.admin_url))
    try:
        with db.session() as s:
            people.create_person(s, "Hana", current_role="support-specialist")
    finally:
        db.close()
    ids = person_ids(server)
    suffix = server.name[4:]
    for who in ("Boss", "Ana", "Hana"):
        server.add_login(who, f"{who.lower()}_{suffix}", granted_to=ids[who], hr=who == "Hana")
    return ids


def secured_with_people(server: Server) -> dict[str, str]:
    """``server init`` on an empty database, Boss and Ana's data, everyone's login."""
    server_admin.init(server.engine)
    seed_with_services(server)
    return give_logins(server)


def visible(server: Server, who: str) -> dict[str, int]:
    """How many rows of each table ``who`` reads."""
    with server.connect(who) as conn:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
            for table in (
                "people",
                "assessments",
                "evidence",
                "actions",
                "meetings",
                "private_notes",
            )
        }


def assert_policies_hold(server: Server, ids: dict[str, str]) -> None:
    """What Boss, Ana and Hana read is the policy table's; one forbidden write is refused."""
    with server.connect() as conn:
        everything = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0])
            for t in ("assessments", "evidence", "actions", "meetings")
        }
    ana_and_boss = {"people": 2, **everything, "private_notes": 0}
    assert visible(server, "Boss") == ana_and_boss
    assert visible(server, "Ana") == {"people": 1, **everything, "private_notes": 0}
    assert visible(server, "Hana") == {**ana_and_boss, "people": 3}
    with server.connect("Hana") as conn:  # at least Hana's own arrival and login are there
        assert conn.execute("SELECT count(*) FROM audit_log").fetchall()[0][0] > 0
    with server.connect("Boss") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM audit_log")
    with server.connect("Ana") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
            "assessed_at, status, created_at) VALUES (%s, %s, 'manager', 'Ana', %s, now(), "
            "'final', now())",
            (str(uuid.uuid4()), ids["Ana"], ids["Ana"]),
        )
    # The manager writes a one-to-one with a private note: only their own login reads it.
    mid = str(uuid.uuid4())
    with server.connect("Boss") as conn:
        conn.execute(
            "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
            "created_at) VALUES (%s, %s, current_date, 'Boss', %s, '', now())",
            (mid, ids["Ana"], ids["Boss"]),
        )
        conn.execute(
            "INSERT INTO private_notes (meeting_id, author_role, body) VALUES (%s, %s, 'sealed')",
            (mid, server.logins["Boss"]),
        )
    assert visible(server, "Boss")["private_notes"] == 1
    assert visible(server, "Hana")["private_notes"] == 0
    assert visible(server, "Ana")["private_notes"] == 0
