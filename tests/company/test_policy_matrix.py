"""Every table, every kind of person: what PostgreSQL lets each read and write, in plain SQL.

Why plain SQL: anyone with the server's address can skip the app, so the rules must hold for
a psycopg connection as each person. The expected answers come from :data:`READS` and
:data:`WRITES` below (the words of ``server_policies.POLICY_TABLE`` as relations between the
connected person and a row) and the org chart in ``conftest.PEOPLE``, never from the server.
Every write is attempted for real and rolled back; one that the table allows must change
exactly one row, one it forbids must be refused (SQLSTATE 42501) or find no row to change —
any other error means the attempt itself is wrong and fails the test.

The relations: ``self`` — the row is the connected person's; ``manager`` — it belongs to
someone below them, directly or not; ``hr`` — the connected person is HR; ``author`` — they
wrote it (a rating's assessor, a meeting's author, so also that meeting's notes and links);
``anyone`` — every person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import psycopg
import pytest

from cxcareer.store.server_policies import POLICY_TABLE, TABLES
from tests.company.company_rows import HR, NAMES, ROW_KEYS, Row, admin_connect, reports_of, seed
from tests.company.policy_attempts import ATTEMPTS, Scene
from tests.company_server import Company

SELF, MANAGER, IS_HR, AUTHOR, ANYONE = "self", "manager", "hr", "author", "anyone"
NOBODY: frozenset[str] = frozenset()
OWN_REPORTS_HR = frozenset({SELF, MANAGER, IS_HR})

#: Who reads the rows of each table.
READS: dict[str, frozenset[str]] = {
    "people": OWN_REPORTS_HR,
    "person_targets": OWN_REPORTS_HR,
    "framework_versions": frozenset({ANYONE}),
    "assessments": OWN_REPORTS_HR,
    "assessment_items": OWN_REPORTS_HR,
    "evidence": OWN_REPORTS_HR,
    "actions": OWN_REPORTS_HR,
    "action_status_changes": OWN_REPORTS_HR,
    "meetings": OWN_REPORTS_HR,
    "meeting_actions": OWN_REPORTS_HR,
    "private_notes": frozenset({AUTHOR}),
    "audit_log": frozenset({IS_HR}),
    "alembic_version": frozenset({ANYONE}),
}

#: Who may do each write, table by table.
WRITES: dict[str, dict[str, frozenset[str]]] = {
    "people": {
        "add a person": frozenset({IS_HR}),
        "add a person with a login": NOBODY,
        "change email and role": frozenset({SELF, IS_HR}),
        "rename": frozenset({IS_HR}),
        "change manager": frozenset({IS_HR}),
        "archive": frozenset({IS_HR}),
        "set login role": NOBODY,
        "delete": NOBODY,
    },
    "person_targets": {
        "add": frozenset({SELF}),
        "change": frozenset({SELF}),
        "delete": frozenset({SELF}),
    },
    "framework_versions": {
        "import": frozenset({IS_HR}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "assessments": {
        "rate as self": frozenset({SELF}),
        "rate as manager": frozenset({MANAGER}),
        "move status forward": frozenset({AUTHOR}),
        "move status back": NOBODY,
        "change what was rated": NOBODY,
        "delete": NOBODY,
    },
    "assessment_items": {
        "add": frozenset({AUTHOR}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "evidence": {
        "add a claim": frozenset({SELF}),
        "add as verified": NOBODY,
        "verify": frozenset({MANAGER}),
        "rewrite": NOBODY,
        "delete": NOBODY,
    },
    "actions": {
        "add": frozenset({SELF, MANAGER}),
        "change": frozenset({SELF, MANAGER}),
        "delete one without history": frozenset({SELF, MANAGER}),
        "delete one with history": NOBODY,
    },
    "action_status_changes": {
        "add": frozenset({SELF, MANAGER}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "meetings": {
        "hold a one-to-one": frozenset({MANAGER}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "meeting_actions": {
        "add": frozenset({AUTHOR}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "private_notes": {
        "write": frozenset({AUTHOR}),
        "change": NOBODY,
        "delete": NOBODY,
    },
    "audit_log": {
        "add": NOBODY,
        "change": NOBODY,
        "delete": NOBODY,
    },
    "alembic_version": {"change": NOBODY},
}

VIEWERS = tuple(NAMES)


def relations(viewer: str, row: Row) -> frozenset[str]:
    """How ``viewer`` stands to ``row``: the words :data:`READS` and :data:`WRITES` use."""
    found = {ANYONE}
    if viewer in HR:
        found.add(IS_HR)
    if row.person == viewer:
        found.add(SELF)
    if row.person in reports_of(viewer):
        found.add(MANAGER)
    if row.author == viewer:
        found.add(AUTHOR)
    return frozenset(found)


@dataclass
class World(Scene):
    """The scene, and one connection per person (opened when first needed)."""

    connections: dict[str, psycopg.Connection] = field(default_factory=dict)

    def conn(self, who: str) -> psycopg.Connection:
        if who not in self.connections:
            conn = self.company.connect(who)
            conn.autocommit = True
            self.connections[who] = conn
        return self.connections[who]


@pytest.fixture(scope="module")
def world(module_company: Company) -> Iterator[World]:
    found = World(module_company, seed(module_company))
    yield found
    for conn in found.connections.values():
        conn.close()


def outcome(conn: psycopg.Connection, sql: str, params: Mapping[str, object]) -> str:
    """``done`` (one row changed), ``refused`` (42501) or ``no row`` — always rolled back."""
    try:
        with conn.transaction(force_rollback=True):
            count = conn.execute(sql, params).rowcount
    except psycopg.errors.InsufficientPrivilege:
        return "refused"
    if count not in (0, 1):
        return f"{count} rows"
    return "done" if count == 1 else "no row"


def read_keys(conn: psycopg.Connection, table: str) -> set[str] | None:
    """The keys of the rows ``table`` shows this connection; None when SELECT is refused."""
    try:
        with conn.transaction(force_rollback=True):
            return {str(k) for (k,) in conn.execute(f"SELECT {ROW_KEYS[table]} FROM {table}")}
    except psycopg.errors.InsufficientPrivilege:
        return None


def _audit_rows(company: Company) -> list[Row]:
    with admin_connect(company) as conn:
        keys = conn.execute(f"SELECT {ROW_KEYS['audit_log']} FROM audit_log").fetchall()
    return [Row("audit_log", str(k), None) for (k,) in keys]


def _by_person(rows: list[Row], keys: set[str]) -> dict[str, int]:
    return dict(Counter(str(r.person or "-") for r in rows if r.key in keys))


def test_the_expectations_cover_every_table_and_every_attempt() -> None:
    tables = {*TABLES, "audit_log"}
    assert set(READS) == tables
    assert set(WRITES) == tables
    assert set(POLICY_TABLE) == tables - {"alembic_version"}
    assert set(ATTEMPTS) == {(t, what) for t, whats in WRITES.items() for what in whats}


@pytest.mark.parametrize("table", list(READS))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_reads(world: World, viewer: str, table: str) -> None:
    rows = _audit_rows(world.company) if table == "audit_log" else world.seeded.of(table)
    assert rows, f"nothing seeded in {table}"
    expected = {r.key for r in rows if relations(viewer, r) & READS[table]}
    read = read_keys(world.conn(viewer), table)
    if read is None:
        assert not expected, f"{viewer} may read {table} but SELECT was refused"
        return
    assert read == expected, (
        f"{viewer} read {table} rows of {_by_person(rows, read)} "
        f"(unknown rows: {len(read - {r.key for r in rows})}); "
        f"expected {_by_person(rows, expected)}"
    )


@pytest.mark.parametrize("table", list(WRITES))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_writes(world: World, viewer: str, table: str) -> None:
    conn = world.conn(viewer)
    wrong: list[str] = []
    tried = 0
    for what, who in WRITES[table].items():
        for each in ATTEMPTS[(table, what)](world, viewer):
            tried += 1
            may = bool(relations(viewer, each.target) & who)
            got = outcome(conn, each.sql, each.params)
            right = got == "done" if may else got in ("refused", "no row")
            if not right:
                whose = each.target.person or "-"
                wrong.append(f"{what} ({whose}'s, by {each.target.author}): {got}, may={may}")
    assert tried
    assert not wrong, f"{viewer} on {table}:\n" + "\n".join(wrong)
