"""The people of the load test and what a writer records: the org chart, ledgers, writes."""

from __future__ import annotations

import base64
import os
import secrets
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from cxcareer.store import server_admin
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.services import people
from tests.company_server import PEOPLE, Company

#: Added to the conftest's company so each manager has three reports: (key, name, manager).
MORE_PEOPLE = (("lia", "Lia", "ana"), ("caio", "Caio", "bruno"), ("duda", "Duda", "bruno"))
SKILLS = ("strategic-vision", "analytical-capacity", "business-management")
FORBIDDEN_SHARE = 0.2

Key = tuple[str, str]  # (table, the row's key as the audit log writes it)


def seconds() -> float:
    """How long the writers run: ``CXCAREER_CONCURRENCY_SECONDS``, 60 (the issue's) by default."""
    return float(os.environ.get("CXCAREER_CONCURRENCY_SECONDS", "60"))


def new_id() -> str:
    return str(uuid.uuid4())


def ciphertext() -> str:
    """What a sealed private note looks like to the server: opaque bytes, base64."""
    return base64.b64encode(secrets.token_bytes(48)).decode()


@dataclass(frozen=True)
class Member:
    """One person of the org chart as the writers and the final checks see them."""

    key: str
    id: str
    name: str
    login: str
    directs: tuple[str, ...]  # ids of the people they manage directly
    below: tuple[str, ...]  # ids of everyone they manage, directly or not
    hr: bool


@dataclass
class Ledger:
    """What one writer did: acknowledged writes, refusals, and anything unexpected."""

    inserted: list[Key] = field(default_factory=list)
    updated: list[Key] = field(default_factory=list)
    acknowledged: int = 0
    refused: int = 0
    forbidden_but_written: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class Writes:
    """The rows one transaction added or changed (empty: nothing to do this time)."""

    inserted: list[Key] = field(default_factory=list)
    updated: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.inserted or self.updated)


def org_chart(company: Company) -> dict[str, Member]:
    """Everyone of the conftest's company and :data:`MORE_PEOPLE`, with whom they manage."""
    chart = [(k, n, m) for k, n, m, _hr in PEOPLE] + list(MORE_PEOPLE)
    managers = {k: m for k, _n, m in chart}

    def below(key: str) -> list[str]:
        found = [k for k, m in managers.items() if m == key]
        return found + [b for k in found for b in below(k)]

    return {
        k: Member(
            key=k,
            id=company.ids[k],
            name=n,
            login=company.logins[k],
            directs=tuple(company.ids[d] for d, m in managers.items() if m == k),
            below=tuple(company.ids[b] for b in below(k)),
            hr=k == "helena",
        )
        for k, n, _m in chart
    }


def add_people(company: Company) -> None:
    """Lia under Ana, Caio and Duda under Bruno, each with a login and a password."""
    db = open_database(resolve_location(company.admin_url))
    with db.session() as session:
        for key, name, manager in MORE_PEOPLE:
            record = people.create_person(
                session,
                name,
                current_role="support-specialist",
                manager=company.ids[manager],
            )
            company.ids[key] = record.id
    db.close()
    engine = create_engine(company.admin_url)
    try:
        suffix = next(iter(company.logins.values())).split("_", 1)[1]
        for key, _name, _manager in MORE_PEOPLE:
            login = f"{key}_{suffix}"
            server_admin.grant(engine, company.ids[key], login)
            company.logins[key] = login  # the fixture drops every login it lists
            password = secrets.token_urlsafe(12)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"ALTER ROLE \"{login}\" PASSWORD '{password}'")
            url = make_url(company.urls["ana"]).set(username=login, password=password)
            company.urls[key] = url.render_as_string(hide_password=False)
    finally:
        engine.dispose()
