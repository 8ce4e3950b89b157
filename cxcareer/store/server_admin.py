"""Setting up a company server and giving people their logins (the administrator's side).

Why these steps need a superuser: they create cluster roles, one of them allowed to bypass
row-level security (the policies' own helper, :mod:`cxcareer.store.server_roles`), and hand
every table to a role nobody logs in as. People's own logins never get any of that: ``grant``
makes a login a member of the database's ``member`` group (and ``hr`` when asked) and writes
which person it is; ``revoke`` takes both away. Each is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcareer.store import migrate, server_policies
from cxcareer.store.errors import StoreError
from cxcareer.store.server_roles import ServerRoles, quote_ident

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = ["Grant", "NotAdministrator", "grant", "init", "revoke"]


class NotAdministrator(StoreError):
    """The connection cannot set the server up (not a superuser, or not PostgreSQL)."""

    def __init__(self, role: str) -> None:
        self.role = role
        super().__init__(
            f"'{role}' is not a PostgreSQL superuser; 'cxcareer server' commands create roles "
            "and policies, so run them as the server's administrator (for example "
            "--db postgresql+psycopg://postgres@host/db)"
        )


@dataclass(frozen=True)
class Grant:
    """What ``grant``/``revoke`` did: to whom, which login, HR or not, and a new login role."""

    person_id: str
    person_name: str
    login: str
    hr: bool
    created_login: bool


def _require_superuser(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise StoreError("a company server is a PostgreSQL database (--db postgresql+psycopg://…)")
    role, superuser = conn.exec_driver_sql(
        "SELECT session_user::text, rolsuper FROM pg_roles WHERE rolname = session_user"
    ).one()
    if not superuser:
        raise NotAdministrator(str(role))


def init(engine: Engine) -> ServerRoles:
    """Apply the schema and install roles, privileges, policies and triggers (idempotent)."""
    with engine.connect() as conn:
        _require_superuser(conn)
    migrate.upgrade(engine, secure=True)
    with engine.connect() as conn:
        return ServerRoles.for_connection(conn)


def _setup(conn: Connection) -> ServerRoles:
    _require_superuser(conn)
    if not server_policies.is_installed(conn):
        raise StoreError("this server is not set up yet: run 'cxcareer server init --db URL' first")
    return ServerRoles.for_connection(conn)


def _person(conn: Connection, key: str) -> tuple[str, str, str | None]:
    rows = conn.exec_driver_sql(
        "SELECT id, name, login_role FROM people WHERE id = %(k)s "
        "OR (lower(name) = lower(%(k)s) AND NOT EXISTS (SELECT 1 FROM people WHERE id = %(k)s))",
        {"k": key.strip()},
    ).all()
    if not rows:
        raise StoreError(f"no person with the id or name {key!r} (add them with 'person add')")
    if len(rows) > 1:
        listed = ", ".join(f"{r[0]} ({r[1]})" for r in rows)
        raise StoreError(f"the name {key!r} matches several people: {listed}; use the id")
    row = rows[0]
    return str(row[0]), str(row[1]), row[2]


def grant(engine: Engine, person: str, login: str, *, hr: bool = False) -> Grant:
    """Let ``login`` (created, without a password, if missing) act as ``person``.

    Raises:
        StoreError: not set up; no such person; a login that is a superuser, bypasses
            row-level security, may create roles, is (in) a cxcareer group role, or is already
            another person's.
    """
    login = login.strip()
    if not login:
        raise StoreError("give the person's database login (--login ROLE)")
    with engine.begin() as conn:
        roles = _setup(conn)
        person_id, name, current = _person(conn, person)
        if login in roles.all():
            raise StoreError(f"'{login}' is one of cxcareer's group roles; give a person's login")
        # CREATEROLE (PostgreSQL 15 and older) lets a role grant itself the owner group, and
        # the owner may turn row-level security off: no policy would hold for such a login.
        found = conn.exec_driver_sql(
            "SELECT rolsuper OR rolbypassrls OR rolcreaterole "
            "OR pg_has_role(oid, %(o)s, 'MEMBER') OR pg_has_role(oid, %(g)s, 'MEMBER') "
            "FROM pg_roles WHERE rolname = %(r)s",
            {"r": login, "o": roles.owner, "g": roles.guard},
        ).one_or_none()
        if found is not None and found[0]:
            raise StoreError(
                f"'{login}' is a superuser, bypasses row-level security, may create roles or "
                "owns cxcareer's tables, so no policy would hold for it; give the person a "
                "login of their own"
            )
        holder = conn.exec_driver_sql(
            "SELECT name FROM people WHERE login_role = %(r)s AND id <> %(p)s",
            {"r": login, "p": person_id},
        ).scalar()
        if holder is not None:
            raise StoreError(f"'{login}' is already {holder}'s login; each person has their own")
        if found is None:
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(login)} LOGIN")
        if current is not None and current != login:
            _take_away(conn, roles, current)
        conn.exec_driver_sql(f"GRANT {quote_ident(roles.member)} TO {quote_ident(login)}")
        hr_sql = f"{quote_ident(roles.hr)} {'TO' if hr else 'FROM'} {quote_ident(login)}"
        conn.exec_driver_sql(("GRANT " if hr else "REVOKE ") + hr_sql)
        conn.exec_driver_sql(
            "UPDATE people SET login_role = %(r)s WHERE id = %(p)s", {"r": login, "p": person_id}
        )
    return Grant(person_id, name, login, hr, found is None)


def _take_away(conn: Connection, roles: ServerRoles, login: str) -> None:
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": login}
    ).scalar()
    if exists:
        groups = f"{quote_ident(roles.member)}, {quote_ident(roles.hr)}"
        conn.exec_driver_sql(f"REVOKE {groups} FROM {quote_ident(login)}")


def revoke(engine: Engine, person: str) -> Grant:
    """Take the person's login away from them (the login role itself is left to the admin)."""
    with engine.begin() as conn:
        roles = _setup(conn)
        person_id, name, current = _person(conn, person)
        if current is None:
            raise StoreError(f"{name} has no login on this server")
        _take_away(conn, roles, current)
        conn.exec_driver_sql(
            "UPDATE people SET login_role = NULL WHERE id = %(p)s", {"p": person_id}
        )
    return Grant(person_id, name, current, False, False)
