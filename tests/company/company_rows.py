"""A company's history written by the server's administrator, for the access-rule tests.

Why the administrator writes it: the tests then read and write it as each person, through
plain SQL, and compare what PostgreSQL lets them do with the policy table. Every row knows
whose it is (``person``) and who wrote it (``author``), so the tests can say by person what
someone read, without asking the database anything it could hide from them.

What each person gets: a target, a self rating (draft) with an item, a claimed piece of
evidence, an action whose status changed twice and one with no history yet. Every manager
rates each report (shared, with an item); Ana holds one-to-ones with Rui and Ivo, Rui with Ivo,
Bruno with Bia: each pair one meeting with a private note by its author's role and a linked
action, and one meeting nothing is attached to yet.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

import psycopg
from sqlalchemy.engine import make_url

from tests.company_server import PEOPLE, Company

__all__ = [
    "HR",
    "NAMES",
    "ROW_KEYS",
    "CompanyRows",
    "Row",
    "admin_connect",
    "new_id",
    "reports_of",
    "seed",
    "snapshot",
]

NAMES = {key: name for key, name, _m, _hr in PEOPLE}
HR = frozenset(key for key, _n, _m, hr in PEOPLE if hr)
_MANAGER = {key: manager for key, _n, manager, _hr in PEOPLE}

#: How each table names one of its rows, as SQL over its own columns only.
ROW_KEYS = {
    "people": "id",
    "person_targets": "person_id || '/' || position",
    "framework_versions": "id",
    "assessments": "id",
    "assessment_items": "id",
    "evidence": "id",
    "actions": "id",
    "action_status_changes": "id",
    "meetings": "id",
    "meeting_actions": "meeting_id || '/' || action_id",
    "private_notes": "meeting_id",
    "audit_log": "id::text",
    "alembic_version": "version_num",
}

#: A moment in the past every seeded row shares (naive UTC, as the store writes it).
WHEN = datetime(2026, 3, 2, 9, 30)
DAY = date(2026, 3, 2)


def new_id() -> str:
    return str(uuid.uuid4())


def reports_of(manager: str) -> frozenset[str]:
    """Everyone below ``manager`` in the org chart of ``conftest.PEOPLE``, directly or not."""
    found: set[str] = set()
    for key in NAMES:
        above = _MANAGER[key]
        while above is not None and above != key:
            if above == manager:
                found.add(key)
                break
            above = _MANAGER[above]
    return frozenset(found)


def admin_connect(company: Company) -> psycopg.Connection:
    """The administrator (a superuser: no policy applies), in autocommit."""
    url = make_url(company.admin_url)
    return psycopg.connect(
        dbname=url.database, user=url.username, host=str(url.query["host"]), autocommit=True
    )


@dataclass(frozen=True)
class Row:
    """One seeded row: its key (:data:`ROW_KEYS`), whose it is and who wrote it."""

    table: str
    key: str
    person: str | None
    author: str | None = None


@dataclass
class CompanyRows:
    """Every seeded row by table, and the handles the write attempts aim at."""

    framework: str = ""
    rows: dict[str, list[Row]] = field(default_factory=dict)
    ratings: list[Row] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    action: dict[str, str] = field(default_factory=dict)
    bare_action: dict[str, str] = field(default_factory=dict)
    noted_meetings: list[Row] = field(default_factory=list)
    bare_meetings: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.setdefault(row.table, []).append(row)
        return row

    def of(self, table: str) -> list[Row]:
        return self.rows.get(table, [])


def _insert(conn: psycopg.Connection, table: str, values: dict[str, object]) -> None:
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join(f"%({c})s" for c in values)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


def _rating(
    conn: psycopg.Connection, seeded: CompanyRows, ids: dict[str, str], person: str, by: str
) -> None:
    kind, status = ("self", "draft") if by == person else ("manager", "shared")
    rating = new_id()
    _insert(
        conn,
        "assessments",
        {
            "id": rating,
            "person_id": ids[person],
            "assessor_kind": kind,
            "assessor_name": NAMES[by],
            "assessor_id": ids[by],
            "assessed_at": WHEN,
            "status": status,
            "created_at": WHEN,
        },
    )
    seeded.ratings.append(seeded.add(Row("assessments", rating, person, by)))
    item = new_id()
    _insert(
        conn,
        "assessment_items",
        {
            "id": item,
            "assessment_id": rating,
            "skill_id": "de-escalation",
            "level": 3,
            "comment": f"{NAMES[by]} on {NAMES[person]}: calm with angry customers",
        },
    )
    seeded.add(Row("assessment_items", item, person, by))


def _person_history(
    conn: psycopg.Connection, seeded: CompanyRows, ids: dict[str, str], person: str
) -> None:
    pid = ids[person]
    _insert(conn, "person_targets", {"person_id": pid, "position": 1, "role_id": "team-lead"})
    seeded.add(Row("person_targets", f"{pid}/1", person))
    _rating(conn, seeded, ids, person, person)
    evidence = new_id()
    _insert(
        conn,
        "evidence",
        {
            "id": evidence,
            "person_id": pid,
            "skill_id": "de-escalation",
            "level": 3,
            "observed_on": DAY,
            "kind": "work",
            "strength": "claim",
            "text": f"{NAMES[person]} calmed a customer who threatened to leave",
            "created_at": WHEN,
        },
    )
    seeded.evidence[person] = seeded.add(Row("evidence", evidence, person)).key
    for handle, status in ((seeded.action, "done"), (seeded.bare_action, "open")):
        action = new_id()
        _insert(
            conn,
            "actions",
            {
                "id": action,
                "person_id": pid,
                "title": f"{NAMES[person]}: shadow a senior agent",
                "owner": NAMES[person],
                "status": status,
                "created_at": WHEN,
            },
        )
        handle[person] = seeded.add(Row("actions", action, person)).key
    for seq, (old, new) in enumerate(((None, "open"), ("open", "done")), start=1):
        change = new_id()
        _insert(
            conn,
            "action_status_changes",
            {
                "id": change,
                "action_id": seeded.action[person],
                "seq": seq,
                "old_status": old,
                "new_status": new,
                "changed_at": WHEN,
            },
        )
        seeded.add(Row("action_status_changes", change, person))


def _meeting(
    conn: psycopg.Connection,
    seeded: CompanyRows,
    company: Company,
    person: str,
    author: str,
    noted: bool,
) -> None:
    meeting = new_id()
    _insert(
        conn,
        "meetings",
        {
            "id": meeting,
            "person_id": company.ids[person],
            "held_on": DAY,
            "author": NAMES[author],
            "author_id": company.ids[author],
            "shared_notes": f"{NAMES[author]} and {NAMES[person]}: next steps agreed",
            "created_at": WHEN,
        },
    )
    row = seeded.add(Row("meetings", meeting, person, author))
    if not noted:
        seeded.bare_meetings.append(row)
        return
    seeded.noted_meetings.append(row)
    _insert(
        conn,
        "private_notes",
        {
            "meeting_id": meeting,
            "author_role": company.logins[author],
            "body": f"PRIVATE {NAMES[author]} about {NAMES[person]}: worried about burnout",
        },
    )
    seeded.add(Row("private_notes", meeting, person, author))
    action = seeded.action[person]
    _insert(
        conn, "meeting_actions", {"meeting_id": meeting, "action_id": action, "relation": "agreed"}
    )
    seeded.add(Row("meeting_actions", f"{meeting}/{action}", person, author))


def _one_to_ones() -> Iterator[tuple[str, str]]:
    """(person, author): each direct report with their manager, and Ana's skip-level one."""
    for key, _n, manager, _hr in PEOPLE:
        if manager is not None:
            yield key, manager
    yield "ivo", "ana"


def seed(company: Company) -> CompanyRows:
    """Write the company's history as the administrator; what was written, row by row."""
    seeded = CompanyRows()
    with admin_connect(company) as conn, conn.transaction():
        for table in ("framework_versions", "alembic_version"):
            for (key,) in conn.execute(f"SELECT {ROW_KEYS[table]} FROM {table}"):
                seeded.add(Row(table, str(key), None))
        seeded.framework = seeded.of("framework_versions")[0].key
        for key in NAMES:
            seeded.add(Row("people", company.ids[key], key))
            _person_history(conn, seeded, company.ids, key)
        for manager in NAMES:
            for report in sorted(reports_of(manager)):
                _rating(conn, seeded, company.ids, report, manager)
        for person, author in _one_to_ones():
            for noted in (True, False):
                _meeting(conn, seeded, company, person, author, noted)
    return seeded


def snapshot(company: Company) -> dict[str, str]:
    """Every table's rows as one digest each, read by the administrator (did anything change?)."""
    digests: dict[str, str] = {}
    with admin_connect(company) as conn:
        for table in ROW_KEYS:
            digests[table] = str(
                conn.execute(
                    f"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    f"ORDER BY t::text)), '') FROM {table} AS t"
                ).fetchone()[0]  # type: ignore[index]
            )
    return digests
