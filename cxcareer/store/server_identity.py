"""Who is connected to a company server, as a person: read once when the database opens.

Why the server says it and not the app: the person is the one whose ``people.login_role`` is
the role PostgreSQL authenticated (``session_user``), so a rating's assessor or a meeting's
author cannot be typed in. The same functions back the policies
(:mod:`cxcareer.store.server_guards`), so the app and the server never disagree on who this is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxcareer.store import server_policies
from cxcareer.store.errors import ServerRefused

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

__all__ = [
    "ServerIdentity",
    "identity_for_opening",
    "read_identity",
]


@dataclass(frozen=True)
class ServerIdentity:
    """The connected role and the person it maps to (None for an administrator)."""

    role: str
    person_id: str | None
    name: str | None
    hr: bool
    superuser: bool
    #: Everyone below the person, directly or not, when the database was opened.
    reports: frozenset[str] = frozenset()

    @property
    def is_person(self) -> bool:
        return self.person_id is not None


def read_identity(conn: Connection) -> ServerIdentity | None:
    """The identity on a server set up by ``cxcareer server init``; None on any other."""
    if conn.dialect.name != "postgresql" or not server_policies.is_installed(conn):
        return None
    role, granted, superuser = conn.exec_driver_sql(
        "SELECT session_user::text, has_function_privilege('public.cxcareer_me()', 'EXECUTE'), "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
    ).one()
    if not granted:  # never granted, or revoked: this login may not even ask who it is
        return ServerIdentity(str(role), None, None, hr=False, superuser=bool(superuser))
    person_id, name, hr, reports = conn.exec_driver_sql(
        "SELECT cxcareer_me(), cxcareer_my_name(), cxcareer_is_hr(), "
        "array(SELECT cxcareer_reports())"
    ).one()
    return ServerIdentity(
        role=str(role),
        person_id=person_id,
        name=name,
        hr=bool(hr),
        superuser=bool(superuser),
        reports=frozenset(reports or ()),
    )


def identity_for_opening(engine: Engine) -> ServerIdentity | None:
    """Who is connected; a role given to nobody (and not an administrator) is refused here.

    Asked before anything else is read: such a role may not even read the schema revision.
    """
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            identity = read_identity(conn)
    except OperationalError as error:
        # A secured database admits only its member group: a login never granted, or
        # revoked, is turned away at the door, before it can ask who it is.
        if "permission denied for database" not in str(error.orig):
            raise
        engine.dispose()
        raise ServerRefused("not_granted", role=engine.url.username or "?") from None
    if identity is not None and not identity.is_person and not identity.superuser:
        engine.dispose()
        raise ServerRefused("not_granted", role=identity.role)
    return identity
