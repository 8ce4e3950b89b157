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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import psycopg
import pytest

from cxcareer.store.server_policies import POLICY_TABLE, TABLES
from tests.company.company_rows import (
    HR,
    NAMES,
    ROW_KEYS,
    CompanyRows,
    Row,
    admin_connect,
    new_id,
    reports_of,
    seed,
)
from tests.company.conftest import Company

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


@dataclass(frozen=True)
class Attempt:
    """One write by the connected person aimed at ``target``."""

    target: Row
    sql: str
    params: Mapping[str, object]


@dataclass
class World:
    company: Company
    seeded: CompanyRows
    connections: dict[str, psycopg.Connection]

    def conn(self, who: str) -> psycopg.Connection:
        if who not in self.connections:
            conn = self.company.connect(who)
            conn.autocommit = True
            self.connections[who] = conn
        return self.connections[who]


@pytest.fixture(scope="module")
def world(module_company: Company) -> Iterator[World]:
    found = World(module_company, seed(module_company), {})
    yield found
    for conn in found.connections.values():
        conn.close()


Maker = Callable[[World, str], Iterator[Attempt]]
ATTEMPTS: dict[tuple[str, str], Maker] = {}


def attempt(table: str, what: str) -> Callable[[Maker], Maker]:
    def register(maker: Maker) -> Maker:
        ATTEMPTS[(table, what)] = maker
        return maker

    return register


def _each_person(table: str, sql: str, **fixed: object) -> Maker:
    """One attempt per person ``p`` (``%(p)s`` is their id, ``%(me)s``/``%(my_name)s`` mine)."""

    def make(world: World, viewer: str) -> Iterator[Attempt]:
        ids = world.company.ids
        for person in NAMES:
            params: dict[str, object] = {"p": ids[person], "me": ids[viewer], "id": new_id()}
            params["my_name"] = NAMES[viewer]
            params.update(fixed)
            yield Attempt(Row(table, "", person, viewer), sql, params)

    return make


def _each_row(
    table: str, sql: str, rows: Callable[[CompanyRows], list[Row]] | None = None
) -> Maker:
    """One attempt per seeded row of ``table`` (``%(key)s`` is its key, as :data:`ROW_KEYS`)."""

    def make(world: World, viewer: str) -> Iterator[Attempt]:
        for row in (rows or (lambda s: s.of(table)))(world.seeded):
            yield Attempt(row, sql.format(key=ROW_KEYS[table]), {"key": row.key, "id": new_id()})

    return make


def _once(table: str, sql: str) -> Maker:
    def make(world: World, viewer: str) -> Iterator[Attempt]:
        params = {"id": new_id(), "framework": world.seeded.framework, "hash": new_id()}
        yield Attempt(Row(table, "", None, None), sql, params)

    return make


attempt("people", "add a person")(
    _once(
        "people",
        "INSERT INTO people (id, name, framework_version_id, created_at, updated_at) "
        "VALUES (%(id)s, 'Nina', %(framework)s, now(), now())",
    )
)
attempt("people", "add a person with a login")(
    _once(
        "people",
        "INSERT INTO people (id, name, framework_version_id, created_at, updated_at, login_role) "
        "VALUES (%(id)s, 'Nina', %(framework)s, now(), now(), 'nina')",
    )
)
attempt("people", "change email and role")(
    _each_person(
        "people",
        "UPDATE people SET email = 'new@example.com', \"current_role\" = 'team-lead', "
        "updated_at = now() WHERE id = %(p)s",
    )
)
attempt("people", "rename")(
    _each_person("people", "UPDATE people SET name = name || ' Silva' WHERE id = %(p)s")
)
attempt("people", "archive")(
    _each_person("people", "UPDATE people SET archived = true WHERE id = %(p)s")
)
attempt("people", "set login role")(
    _each_person("people", "UPDATE people SET login_role = 'someone_else' WHERE id = %(p)s")
)
attempt("people", "delete")(_each_person("people", "DELETE FROM people WHERE id = %(p)s"))


@attempt("people", "change manager")
def _change_manager(world: World, viewer: str) -> Iterator[Attempt]:
    ids = world.company.ids
    for person in NAMES:
        boss = "bruno" if person == "helena" else "helena"
        sql = "UPDATE people SET manager_id = %(boss)s WHERE id = %(p)s"
        yield Attempt(Row("people", "", person), sql, {"boss": ids[boss], "p": ids[person]})


attempt("person_targets", "add")(
    _each_person(
        "person_targets",
        "INSERT INTO person_targets (person_id, position, role_id) "
        "VALUES (%(p)s, 2, 'support-specialist')",
    )
)
attempt("person_targets", "change")(
    _each_person(
        "person_targets",
        "UPDATE person_targets SET role_id = 'qa-analyst' WHERE person_id = %(p)s AND position = 1",
    )
)
attempt("person_targets", "delete")(
    _each_person(
        "person_targets", "DELETE FROM person_targets WHERE person_id = %(p)s AND position = 1"
    )
)

attempt("framework_versions", "import")(
    _once(
        "framework_versions",
        "INSERT INTO framework_versions "
        "(id, framework_id, version, content_hash, content, filename, imported_at) "
        "VALUES (%(id)s, 'acme-support', '2', %(hash)s, 'x', 'acme.yaml', now())",
    )
)
attempt("framework_versions", "change")(
    _each_row(
        "framework_versions", "UPDATE framework_versions SET filename = 'x' WHERE id = %(key)s"
    )
)
attempt("framework_versions", "delete")(
    _each_row("framework_versions", "DELETE FROM framework_versions WHERE id = %(key)s")
)

_RATE = (
    "INSERT INTO assessments (id, person_id, assessor_kind, assessor_name, assessor_id, "
    "assessed_at, status, created_at) "
    "VALUES (%(id)s, %(p)s, %(kind)s, %(my_name)s, %(me)s, now(), 'final', now())"
)
attempt("assessments", "rate as self")(_each_person("assessments", _RATE, kind="self"))
attempt("assessments", "rate as manager")(_each_person("assessments", _RATE, kind="manager"))


def _manager_ratings(seeded: CompanyRows) -> list[Row]:
    return [r for r in seeded.ratings if r.person != r.author]


@attempt("assessments", "move status forward")
def _status_forward(world: World, viewer: str) -> Iterator[Attempt]:
    for row in world.seeded.ratings:
        status = "shared" if row.person == row.author else "final"  # from draft / from shared
        sql = "UPDATE assessments SET status = %(status)s WHERE id = %(key)s"
        yield Attempt(row, sql, {"status": status, "key": row.key})


attempt("assessments", "move status back")(
    _each_row(
        "assessments",
        "UPDATE assessments SET status = 'draft' WHERE id = %(key)s",
        _manager_ratings,
    )
)
attempt("assessments", "change what was rated")(
    _each_row(
        "assessments",
        "UPDATE assessments SET assessed_at = assessed_at - interval '1 day' WHERE id = %(key)s",
    )
)
attempt("assessments", "delete")(
    _each_row("assessments", "DELETE FROM assessments WHERE id = %(key)s")
)

attempt("assessment_items", "add")(
    _each_row(
        "assessments",
        "INSERT INTO assessment_items (id, assessment_id, skill_id, level) "
        "VALUES (%(id)s, %(key)s, 'empathy', 2)",
    )
)
attempt("assessment_items", "change")(
    _each_row("assessment_items", "UPDATE assessment_items SET level = 5 WHERE id = %(key)s")
)
attempt("assessment_items", "delete")(
    _each_row("assessment_items", "DELETE FROM assessment_items WHERE id = %(key)s")
)

_EVIDENCE = (
    "INSERT INTO evidence (id, person_id, skill_id, level, observed_on, kind, strength, text, "
    "created_at) VALUES (%(id)s, %(p)s, 'empathy', 2, current_date, 'feedback', %(strength)s, "
    "'A customer thanked them by name', now())"
)
attempt("evidence", "add a claim")(_each_person("evidence", _EVIDENCE, strength="claim"))
attempt("evidence", "add as verified")(_each_person("evidence", _EVIDENCE, strength="verified"))


@attempt("evidence", "verify")
def _verify(world: World, viewer: str) -> Iterator[Attempt]:
    line = f"\n\u2714 {NAMES[viewer]}, 2026-12-02"
    for row in world.seeded.of("evidence"):
        sql = (
            "UPDATE evidence SET strength = 'verified', text = text || %(line)s WHERE id = %(key)s"
        )
        yield Attempt(row, sql, {"line": line, "key": row.key})


attempt("evidence", "rewrite")(
    _each_row("evidence", "UPDATE evidence SET text = 'Never happened' WHERE id = %(key)s")
)
attempt("evidence", "delete")(_each_row("evidence", "DELETE FROM evidence WHERE id = %(key)s"))

attempt("actions", "add")(
    _each_person(
        "actions",
        "INSERT INTO actions (id, person_id, title, owner, status, created_at) "
        "VALUES (%(id)s, %(p)s, 'Run a ticket review', %(my_name)s, 'open', now())",
    )
)
attempt("actions", "change")(
    _each_row(
        "actions",
        "UPDATE actions SET title = 'Run two ticket reviews' WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)
attempt("actions", "delete one without history")(
    _each_row(
        "actions",
        "DELETE FROM actions WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.bare_action.values()],
    )
)
attempt("actions", "delete one with history")(
    _each_row(
        "actions",
        "DELETE FROM actions WHERE id = %(key)s",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)

attempt("action_status_changes", "add")(
    _each_row(
        "actions",
        "INSERT INTO action_status_changes (id, action_id, seq, old_status, new_status, "
        "changed_at) VALUES (%(id)s, %(key)s, 3, 'done', 'open', now())",
        lambda s: [r for r in s.of("actions") if r.key in s.action.values()],
    )
)
attempt("action_status_changes", "change")(
    _each_row(
        "action_status_changes",
        "UPDATE action_status_changes SET new_status = 'dropped' WHERE id = %(key)s",
    )
)
attempt("action_status_changes", "delete")(
    _each_row("action_status_changes", "DELETE FROM action_status_changes WHERE id = %(key)s")
)

attempt("meetings", "hold a one-to-one")(
    _each_person(
        "meetings",
        "INSERT INTO meetings (id, person_id, held_on, author, author_id, shared_notes, "
        "created_at) VALUES (%(id)s, %(p)s, current_date, %(my_name)s, %(me)s, 'Check-in', now())",
    )
)
attempt("meetings", "change")(
    _each_row("meetings", "UPDATE meetings SET shared_notes = 'Rewritten' WHERE id = %(key)s")
)
attempt("meetings", "delete")(_each_row("meetings", "DELETE FROM meetings WHERE id = %(key)s"))


@attempt("meeting_actions", "add")
def _link_action(world: World, viewer: str) -> Iterator[Attempt]:
    for meeting in world.seeded.bare_meetings:
        action = world.seeded.bare_action[str(meeting.person)]
        sql = (
            "INSERT INTO meeting_actions (meeting_id, action_id, relation) "
            "VALUES (%(m)s, %(a)s, 'agreed')"
        )
        yield Attempt(meeting, sql, {"m": meeting.key, "a": action})


attempt("meeting_actions", "change")(
    _each_row(
        "meeting_actions",
        "UPDATE meeting_actions SET relation = 'carried' WHERE {key} = %(key)s",
    )
)
attempt("meeting_actions", "delete")(
    _each_row("meeting_actions", "DELETE FROM meeting_actions WHERE {key} = %(key)s")
)


@attempt("private_notes", "write")
def _write_note(world: World, viewer: str) -> Iterator[Attempt]:
    for meeting in world.seeded.bare_meetings:
        sql = (
            "INSERT INTO private_notes (meeting_id, author_role, body) "
            "VALUES (%(m)s, %(role)s, 'ciphertext')"
        )
        yield Attempt(meeting, sql, {"m": meeting.key, "role": world.company.logins[viewer]})


attempt("private_notes", "change")(
    _each_row("private_notes", "UPDATE private_notes SET body = 'x' WHERE meeting_id = %(key)s")
)
attempt("private_notes", "delete")(
    _each_row("private_notes", "DELETE FROM private_notes WHERE meeting_id = %(key)s")
)

attempt("audit_log", "add")(
    _once(
        "audit_log",
        "INSERT INTO audit_log (table_name, operation, row_key) VALUES ('people', 'DELETE', 'x')",
    )
)
attempt("audit_log", "change")(_once("audit_log", "UPDATE audit_log SET row_key = 'x'"))
attempt("audit_log", "delete")(_once("audit_log", "DELETE FROM audit_log"))
attempt("alembic_version", "change")(
    _once("alembic_version", "UPDATE alembic_version SET version_num = version_num")
)


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
