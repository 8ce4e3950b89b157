"""A company-size database, written in bulk: what the company-size benches run against.

Why a generator: issue 14's slowness shows only at a real company's size (10,000 people, 200
managers, 30 skills, 20 assessments each, meetings and actions), and a database that size is
hundreds of megabytes, so it is made on demand, the same one for the same seed. The rows go in
with one bulk insert per table and per batch of people (the store's own services would take
hours); ids and every value come from the seeded generator, dates from a fixed calendar, so two
runs with one seed write identical data.

The shape is meant to be realistic, not random noise: managers form a real tree (managers of
managers), everyone's role comes from the built-in framework (managers in leading roles),
ratings grow over the years towards the levels the person's role asks for, self-ratings
alternate with their manager's, one-to-ones are held by the manager, and actions agreed at them
are open or done with the status history the store keeps.

Run ``python -m bench.company TARGET`` (a SQLite file or a ``postgresql+psycopg://`` URL) with
``--people``, ``--managers`` etc. to make one; :func:`build_company` is what benches and tests
call.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from cxcareer.framework import Framework, RoleId
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.orm import (
    Action,
    ActionStatusChange,
    Assessment,
    AssessmentItem,
    Base,
    Meeting,
    MeetingAction,
    Person,
    PersonTarget,
)
from cxcareer.store.services import frameworks

__all__ = ["TABLES", "Company", "CompanySize", "build_company", "main"]

#: The last day of the generated history: fixed, so a seed always makes the same data.
LAST_DAY = date(2026, 6, 30)
#: Days between one rating round (self, then the manager's) and the next.
ROUND_DAYS = 91
#: The RFC 4122 variant digit (8, 9, a or b) for each random hex digit.
VARIANT = {digit: "89ab"[int(digit, 16) % 4] for digit in "0123456789abcdef"}
#: People written per batch: bounds memory (6,000,000 ratings at company size).
BATCH = 500
#: Managers reporting to each manager above them (the tree's fan-out).
FAN_OUT = 14
#: Roles of people who lead nobody, and of managers from the top of the tree down.
STAFF_ROLES = (
    "support-representative",
    "support-specialist",
    "cx-assistant",
    "cx-analyst",
    "qa-analyst",
    "support-tools-specialist",
)
MANAGER_ROLES = ("director-of-support", "support-performance-manager", "support-team-lead")
FIRST_NAMES = (
    "Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gabriela", "Hugo", "Isabela", "João",
    "Karen", "Lucas", "Mariana", "Nuno", "Olivia", "Paulo", "Rafaela", "Sofia", "Tiago", "Vera",
)  # fmt: skip
LAST_NAMES = (
    "Almeida", "Barbosa", "Costa", "Dias", "Ferreira", "Gomes", "Lima", "Martins", "Nunes",
    "Oliveira", "Pereira", "Ribeiro", "Santos", "Silva", "Souza", "Teixeira", "Walker", "Young",
)  # fmt: skip


@dataclass(frozen=True)
class CompanySize:
    """How much to make; the defaults are issue 14's company."""

    people: int = 10_000
    managers: int = 200
    skills: int = 30
    assessments: int = 20  # per person: self and manager in turn, one round a quarter
    meetings: int = 4  # per person, monthly, held by the manager
    actions: int = 3  # per person, agreed at the one-to-ones

    def __post_init__(self) -> None:
        if self.managers < 1 or self.people < 2 * self.managers:
            raise ValueError("need at least one manager and a report for every manager")


#: The parameters of a size, as ``--options`` of ``python -m bench.company``.
SIZES = tuple(f.name for f in fields(CompanySize))
#: The tables written, in the order foreign keys need.
TABLES: tuple[type[Base], ...] = (
    Person,
    PersonTarget,
    Assessment,
    AssessmentItem,
    Meeting,
    Action,
    ActionStatusChange,
    MeetingAction,
)


@dataclass
class Company:
    """What :func:`build_company` wrote: ids in the order made, and row counts per table."""

    people: list[str]
    managers: list[str]
    manager_of: dict[str, str | None]
    rows: dict[str, int] = field(default_factory=dict)


def build_company(db: Database, size: CompanySize = CompanySize(), *, seed: int = 14) -> Company:
    """Fill ``db`` (an empty, opened store) with a company of ``size``; returns what it wrote."""
    rng = random.Random(seed)
    with db.session() as s:
        version = frameworks.ensure_builtin(s)
        framework = frameworks.framework_from_version(s, version.id)
    skills = sorted(framework.skills)[: size.skills]
    people = [_seeded_id(rng) for _ in range(size.people)]
    managers = people[: size.managers]
    manager_of: dict[str, str | None] = {managers[0]: None}
    for n, pid in enumerate(managers[1:], 1):
        manager_of[pid] = managers[(n - 1) // FAN_OUT]
    for n, pid in enumerate(people[size.managers :]):
        manager_of[pid] = managers[n % size.managers]
    company = Company(people=people, managers=managers, manager_of=manager_of)
    names = {pid: _name(rng, n) for n, pid in enumerate(people)}
    depth = {managers[0]: 0}
    for pid in managers[1:]:
        boss = manager_of[pid]
        assert boss is not None
        depth[pid] = depth[boss] + 1
    roles = {
        pid: MANAGER_ROLES[min(depth[pid], len(MANAGER_ROLES) - 1)]
        if pid in depth
        else rng.choice(STAFF_ROLES)
        for pid in people
    }
    for start in range(0, size.people, BATCH):
        batch = people[start : start + BATCH]
        tables = _batch_rows(
            rng, version.id, framework, skills, size, batch, names, roles, manager_of
        )
        with db.session() as s:
            conn = s.connection()
            if conn.dialect.name == "sqlite":  # random UUID keys: keep the indexes in memory
                conn.exec_driver_sql("PRAGMA cache_size=-262144")
            for table, rows in tables:
                if rows:  # Core inserts: the ORM's bulk path costs more than SQLite itself
                    conn.execute(insert(Base.metadata.tables[table.__tablename__]), rows)
                company.rows[table.__tablename__] = company.rows.get(table.__tablename__, 0) + len(
                    rows
                )
    return company


def _batch_rows(
    rng: random.Random,
    version: str,
    framework: Framework,
    skills: Sequence[str],
    size: CompanySize,
    batch: Sequence[str],
    names: dict[str, str],
    roles: dict[str, str],
    manager_of: dict[str, str | None],
) -> list[tuple[type[Base], list[dict[str, object]]]]:
    """Every row of ``batch``'s people, table by table in the order foreign keys need."""
    people: list[dict[str, object]] = []
    targets: list[dict[str, object]] = []
    assessments: list[dict[str, object]] = []
    items: list[dict[str, object]] = []
    meetings: list[dict[str, object]] = []
    actions: list[dict[str, object]] = []
    changes: list[dict[str, object]] = []
    agreed: list[dict[str, object]] = []
    first_round = LAST_DAY - timedelta(days=ROUND_DAYS * ((size.assessments + 1) // 2))
    for pid in batch:
        role = framework.roles[RoleId(roles[pid])]
        boss = manager_of[pid]
        joined = _at(first_round - timedelta(days=rng.randint(1, 60)), rng)
        people.append(
            {
                "id": pid,
                "name": names[pid],
                "email": None,
                "framework_version_id": version,
                "current_role": role.id,
                "manager_id": boss,
                "created_at": joined,
                "updated_at": joined,
                "archived": False,
            }
        )
        onward = [move.target for move in framework.transitions if move.source == role.id]
        if onward:
            targets.append({"person_id": pid, "position": 1, "role_id": rng.choice(onward)})
        asked: dict[str, int] = {need.skill: need.level for need in role.requires}
        grown = {skill: max(1, asked.get(skill, 2) - rng.choice((1, 1, 2))) for skill in skills}
        rater = names[boss] if boss else names[pid]
        for n in range(size.assessments):
            kind = "self" if n % 2 == 0 else "manager"
            if kind == "self" and n:  # a new round: some skills grew since the last one
                for skill in rng.sample(list(skills), max(1, len(skills) // 6)):
                    grown[skill] = min(asked.get(skill, 2) + 1, grown[skill] + 1, 7)
            day = first_round + timedelta(days=ROUND_DAYS * (n // 2) + (3 if n % 2 else 0))
            at = _at(day, rng)
            aid = _seeded_id(rng)
            assessments.append(
                {
                    "id": aid,
                    "person_id": pid,
                    "assessor_kind": kind,
                    "assessor_name": names[pid] if kind == "self" else rater,
                    "assessed_at": at,
                    "status": "final",
                    "created_at": at,
                }
            )
            lean = (0, 0, 1) if kind == "self" else (-1, 0, 0)
            items.extend(
                {
                    "id": _seeded_id(rng),
                    "assessment_id": aid,
                    "skill_id": skill,
                    "level": min(7, max(1, grown[skill] + rng.choice(lean))),
                    "comment": "",
                }
                for skill in skills
            )
        held: list[str] = []
        for n in range(size.meetings):
            mid = _seeded_id(rng)
            held.append(mid)
            day = LAST_DAY - timedelta(days=30 * (size.meetings - n))
            meetings.append(
                {
                    "id": mid,
                    "person_id": pid,
                    "held_on": day,
                    "author": rater,
                    "shared_notes": f"Quarter review {n + 1}: progress on the development plan.",
                    "created_at": _at(day, rng),
                }
            )
        for n in range(size.actions):
            act = _seeded_id(rng)
            done = rng.random() < 0.4
            created = _at(LAST_DAY - timedelta(days=30 * (size.actions - n) + 1), rng)
            finished = created + timedelta(days=rng.randint(5, 25)) if done else None
            actions.append(
                {
                    "id": act,
                    "person_id": pid,
                    "title": f"Practise {rng.choice(list(skills)).replace('-', ' ')}",
                    "skill_id": rng.choice(list(asked) or list(skills)),
                    "target_role_id": None,
                    "owner": names[pid],
                    "due_on": (created + timedelta(days=60)).date(),
                    "status": "done" if done else "open",
                    "created_at": created,
                    "completed_at": finished,
                }
            )
            changes.append(
                {
                    "id": _seeded_id(rng),
                    "action_id": act,
                    "seq": 1,
                    "old_status": None,
                    "new_status": "open",
                    "changed_at": created,
                }
            )
            if finished is not None:
                changes.append(
                    {
                        "id": _seeded_id(rng),
                        "action_id": act,
                        "seq": 2,
                        "old_status": "open",
                        "new_status": "done",
                        "changed_at": finished,
                    }
                )
            if held:
                agreed.append(
                    {"meeting_id": held[n % len(held)], "action_id": act, "relation": "agreed"}
                )
    return list(
        zip(
            TABLES,
            (people, targets, assessments, items, meetings, actions, changes, agreed),
            strict=True,
        )
    )


def _seeded_id(rng: random.Random) -> str:
    """A UUID-4 string like :func:`cxcareer.store.orm.new_id`'s, drawn from the seeded ``rng``."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


def _name(rng: random.Random, n: int) -> str:
    """A plausible full name, unique by its number (people are found by name in the CLI)."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {n + 1:05d}"


def _at(day: date, rng: random.Random) -> datetime:
    """A working-hours moment of ``day`` (UTC)."""
    return datetime(day.year, day.month, day.day, 9, tzinfo=UTC) + timedelta(
        minutes=rng.randint(0, 8 * 60)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Make a company database at TARGET and print its size and how long it took."""
    parser = argparse.ArgumentParser(prog="python -m bench.company", description=__doc__)
    parser.add_argument("target", help="a new SQLite file, or a postgresql+psycopg:// URL")
    defaults = CompanySize()
    for name in SIZES:
        parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    size = CompanySize(**{name: getattr(args, name) for name in SIZES})
    db = open_database(resolve_location(args.target))
    try:
        began = time.perf_counter()
        company = build_company(db, size, seed=args.seed)
        took = time.perf_counter() - began
    finally:
        db.close()
    counts = ", ".join(f"{table} {n:,}" for table, n in company.rows.items())
    print(f"built in {took:.1f} s: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
