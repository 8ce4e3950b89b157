"""Eight people write to a company server at once, each as their own login, for a minute.

Issue 12 asks for "8 concurrent writers with different roles for 60 s: 0 lost writes, 0 policy
violations". Two managers with three reports each, one of them a manager in turn, and HR write
what they may (ratings, evidence, plans and their status changes, one-to-ones with private
notes, verifications, new hires) and, one time in five, what they may not (ratings in someone
else's name, evidence for others, moving a report, notes on another's meeting, rewriting
history…). Six of them type plain SQL; two go through the store's services on their own URL,
as the app does. At the end the administrator checks that:

* every acknowledged (committed) write is there, and nothing else is: the rows added during the
  run are exactly the acknowledged ones, so every refused write left nothing behind;
* every refusal was the server's: SQLSTATE 42501 (or an update that matched no row) in plain
  SQL, :class:`ServerRefused` through the store; a forbidden write that went through is kept and
  fails the test below;
* no row breaks the policy table, whoever won which race: every rating's assessor is the
  person themself or manages them, every meeting's author manages the person, every private
  note belongs to its meeting's author's role, every verification is by a manager;
* the audit log has one row per acknowledged insert and update, naming the login that made it.

``CXCAREER_CONCURRENCY_SECONDS`` sets the duration (60, the issue's figure, by default).
"""

from __future__ import annotations

import functools
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from cxcareer.store.database import Database, open_database, resolve_location
from tests.company.crowd import Ledger, Member, add_people, org_chart, seconds
from tests.company.crowd_sql import SqlWriter, sql_loop
from tests.company.crowd_store import StoreWriter, store_loop
from tests.company_server import Company

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SQL_WRITERS = ("helena", "bruno", "rui", "ivo", "bia", "caio")
STORE_WRITERS = ("ana", "lia")


TABLE_KEYS = {
    "people": "id",
    "assessments": "id",
    "assessment_items": "id",
    "evidence": "id",
    "actions": "id",
    "action_status_changes": "id",
    "meetings": "id",
    "private_notes": "meeting_id",
    "meeting_actions": "meeting_id || '/' || action_id",
}


def _keys(admin: psycopg.Connection) -> dict[str, set[str]]:
    return {
        table: {str(r[0]) for r in admin.execute(f"SELECT {key} FROM {table}")}
        for table, key in TABLE_KEYS.items()
    }


@dataclass
class Crowd:
    """The org chart, one ready-to-run loop per writer, and what each writer did."""

    org: dict[str, Member]
    loops: list[Callable[[float], None]]
    ledgers: dict[str, Ledger]


@pytest.fixture
def crowd(company: Company) -> Iterator[Crowd]:
    """Eight writers, each on their own connection (closed afterwards)."""
    add_people(company)
    org = org_chart(company)
    ledgers = {key: Ledger() for key in (*SQL_WRITERS, *STORE_WRITERS)}
    loops: list[Callable[[float], None]] = []
    conns: list[psycopg.Connection] = []
    dbs: list[Database] = []
    for key in SQL_WRITERS:
        conns.append(company.connect(key))
        sql_writer = SqlWriter(org[key], org, conns[-1])
        loops.append(functools.partial(sql_loop, sql_writer, ledgers[key]))
    for key in STORE_WRITERS:
        dbs.append(open_database(resolve_location(company.urls[key])))
        store_writer = StoreWriter(org[key], org, dbs[-1])
        loops.append(functools.partial(store_loop, store_writer, ledgers[key]))
    try:
        yield Crowd(org, loops, ledgers)
    finally:
        for conn in conns:
            conn.close()
        for db in dbs:
            db.close()


def _run_all(loops: list[Callable[[float], None]], seconds: float) -> float:
    failures: list[BaseException] = []

    def guarded(loop: Callable[[float], None], until: float) -> None:
        try:
            loop(until)
        except BaseException as exc:  # collected and asserted on below
            failures.append(exc)

    start = time.monotonic()
    until = start + seconds
    threads = [threading.Thread(target=guarded, args=(loop, until)) for loop in loops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    assert failures == []
    return time.monotonic() - start


People = dict[str, tuple[str | None, str | None, str]]  # id -> (manager, login, name)


def _manages(people: People, boss: str, person: str) -> bool:
    """Whether ``boss`` is above ``person`` in the org chart as the database holds it."""
    seen: set[str] = set()
    current = people[person][0]
    while current is not None and current not in seen:
        if current == boss:
            return True
        seen.add(current)
        current = people[current][0]
    return False


def _assert_nothing_lost(
    before: dict[str, set[str]], after: dict[str, set[str]], ledgers: dict[str, Ledger]
) -> None:
    """The rows added during the run are exactly the acknowledged ones; none went away."""
    acknowledged = [k for lg in ledgers.values() for k in lg.inserted]
    assert len(acknowledged) == len(set(acknowledged))
    for table in TABLE_KEYS:
        assert before[table] <= after[table], f"rows of {table} disappeared"
        added = after[table] - before[table]
        mine = {k for t, k in acknowledged if t == table}
        assert added == mine, (table, len(added), len(mine))


def _assert_audited(audit: list[Any], org: dict[str, Member], ledgers: dict[str, Ledger]) -> None:
    """One audit row per acknowledged insert and update, naming the writer's login."""
    for operation, field in (("INSERT", "inserted"), ("UPDATE", "updated")):
        audited = Counter((t, k, r) for t, op, k, r in audit if op == operation)
        expected = Counter(
            (t, k, org[w].login) for w, lg in ledgers.items() for t, k in getattr(lg, field)
        )
        assert audited == expected, operation
    assert {op for _t, op, _k, _r in audit} <= {"INSERT", "UPDATE"}


def _assert_no_policy_violation(
    admin: psycopg.Connection,
    before: dict[str, set[str]],
    audit: list[Any],
    org: dict[str, Member],
    chart_before: dict[str, str | None],
) -> Counter[str]:
    """Every row added during the run is one the policy table allows its writer; the
    verifications per manager are returned for the figures."""
    people: People = {
        r[0]: (r[1], r[2], r[3])
        for r in admin.execute("SELECT id, manager_id, login_role, name FROM people")
    }
    assert {p: people[p][0] for p in chart_before} == chart_before, "someone was moved"
    by_login = {v[1]: k for k, v in people.items() if v[1] is not None}
    inserter = {(t, k): r for t, op, k, r in audit if op == "INSERT"}

    def new(table: str, sql: str) -> list[Any]:
        return [r for r in admin.execute(sql) if r[0] not in before[table]]

    def may_act_for(login: str, person: str) -> bool:
        actor = by_login[login]
        return actor == person or _manages(people, actor, person)

    for aid, person, kind, name, assessor in new(
        "assessments",
        "SELECT id, person_id, assessor_kind, assessor_name, assessor_id FROM assessments",
    ):
        assert people[assessor][2] == name, aid
        assert by_login[inserter[("assessments", aid)]] == assessor, aid
        if kind == "self":
            assert person == assessor, aid
        else:
            assert kind == "manager", aid
            assert _manages(people, assessor, person), aid
    for iid, assessor in new(
        "assessment_items",
        "SELECT i.id, a.assessor_id FROM assessment_items i "
        "JOIN assessments a ON a.id = i.assessment_id",
    ):
        assert by_login[inserter[("assessment_items", iid)]] == assessor, iid
    for mid, person, author, author_id, note_role in new(
        "meetings",
        "SELECT m.id, m.person_id, m.author, m.author_id, n.author_role FROM meetings m "
        "LEFT JOIN private_notes n ON n.meeting_id = m.id",
    ):
        assert _manages(people, author_id, person), mid
        assert people[author_id][2] == author, mid
        assert note_role == people[author_id][1] == inserter[("meetings", mid)], mid
        assert inserter[("private_notes", mid)] == note_role, mid
    for key, mid in new(
        "meeting_actions", "SELECT meeting_id || '/' || action_id, meeting_id FROM meeting_actions"
    ):
        assert inserter[("meeting_actions", key)] == inserter[("meetings", mid)], key
    for aid, person in new("actions", "SELECT id, person_id FROM actions"):
        assert may_act_for(inserter[("actions", aid)], person), aid
    for cid, person in new(
        "action_status_changes",
        "SELECT c.id, a.person_id FROM action_status_changes c "
        "JOIN actions a ON a.id = c.action_id",
    ):
        assert may_act_for(inserter[("action_status_changes", cid)], person), cid
    verifiers: Counter[str] = Counter()
    for eid, person, strength, text in new(
        "evidence", "SELECT id, person_id, strength, text FROM evidence"
    ):
        assert inserter[("evidence", eid)] == people[person][1], eid
        if strength == "verified":
            line = text.rsplit("\n", 1)[1]
            verifier = next(m for m in org.values() if line.startswith(f"\u2714 {m.name}, "))
            assert _manages(people, verifier.id, person), eid
            verifiers[verifier.key] += 1
    hr_logins = {m.login for m in org.values() if m.hr}
    for (pid,) in new("people", "SELECT id FROM people"):
        assert inserter[("people", pid)] in hr_logins, pid
        assert people[pid][1] is None, pid
    return verifiers


def test_eight_roles_writing_at_once_lose_nothing_and_break_no_policy(
    company: Company, crowd: Crowd
) -> None:
    org, ledgers = crowd.org, crowd.ledgers
    with psycopg.connect(company.admin_url.replace("postgresql+psycopg", "postgresql")) as admin:
        before = _keys(admin)
        chart_before: dict[str, str | None] = dict(
            admin.execute("SELECT id, manager_id FROM people").fetchall()
        )
        audit_from = admin.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchall()[0][0]
        admin.commit()

        elapsed = _run_all(crowd.loops, seconds())

        errors = [e for lg in ledgers.values() for e in lg.errors]
        through = [f for lg in ledgers.values() for f in lg.forbidden_but_written]
        assert errors == [], errors[:10]
        assert through == [], through[:10]
        _assert_nothing_lost(before, _keys(admin), ledgers)
        audit = admin.execute(
            "SELECT table_name, operation, row_key, role_name FROM audit_log WHERE id > %s",
            (audit_from,),
        ).fetchall()
        _assert_audited(audit, org, ledgers)
        verifiers = _assert_no_policy_violation(admin, before, audit, org, chart_before)

    assert all(lg.acknowledged and lg.refused for lg in ledgers.values())
    acknowledged = sum(lg.acknowledged for lg in ledgers.values())
    refused = sum(lg.refused for lg in ledgers.values())
    print(
        f"\n{len(crowd.loops)} writers for {elapsed:.1f} s: {acknowledged} writes acknowledged "
        f"({acknowledged / elapsed:.1f}/s; "
        f"{sum(len(lg.inserted) for lg in ledgers.values())} rows inserted, "
        f"{sum(len(lg.updated) for lg in ledgers.values())} rows updated), "
        f"{refused} forbidden writes refused ({refused / elapsed:.1f}/s), 0 lost, "
        f"0 policy violations; verifications {dict(verifiers)}; "
        f"acknowledged per writer { ({w: lg.acknowledged for w, lg in ledgers.items()}) }"
    )
