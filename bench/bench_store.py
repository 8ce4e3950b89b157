"""Speed of opening a person with full history on SQLite (target: <= 50 ms).

Run ``python -m bench.bench_store``. Builds 1,000 people x 30 skills x 20 assessments (600,000
ratings, half self and half manager; three targets each) in a temporary SQLite file with bulk
inserts, then opens 100 people through :meth:`cxcareer.service.career.CareerApp.person_snapshot`
(min basis: current levels, readiness per target, history counts), each in its own transaction
as the app does, and prints median and p95.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from cxcareer.service.career import CareerApp
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.orm import Assessment, AssessmentItem, Person, PersonTarget, new_id
from cxcareer.store.records import Basis
from cxcareer.store.services import frameworks

__all__ = ["build", "main"]

PEOPLE = 1000
SKILLS = 30
ASSESSMENTS = 20
SAMPLE = 100
TARGET_MS = 50.0
TARGETS = ("support-specialist", "support-team-lead", "qa-analyst")


def build(db: Database, seed: int = 3) -> list[str]:
    """Fill ``db`` with the benchmark population; returns the person ids."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    with db.session() as s:
        version = frameworks.ensure_builtin(s)
        skills = list(frameworks.framework_from_version(s, version.id).skills)[:SKILLS]
        ids = [new_id() for _ in range(PEOPLE)]
        s.execute(
            insert(Person),
            [
                {
                    "id": pid,
                    "name": f"Person {i:04d}",
                    "framework_version_id": version.id,
                    "current_role": "support-specialist",
                    "created_at": start,
                    "updated_at": start,
                    "archived": False,
                }
                for i, pid in enumerate(ids)
            ],
        )
        s.execute(
            insert(PersonTarget),
            [
                {"person_id": pid, "position": n, "role_id": role}
                for pid in ids
                for n, role in enumerate(TARGETS, 1)
            ],
        )
        for pid in ids:
            assessments: list[dict[str, object]] = []
            items: list[dict[str, object]] = []
            for n in range(ASSESSMENTS):
                aid = new_id()
                at = start + timedelta(days=30 * n)
                assessments.append(
                    {
                        "id": aid,
                        "person_id": pid,
                        "assessor_kind": "self" if n % 2 else "manager",
                        "assessor_name": "x",
                        "assessed_at": at,
                        "status": "final",
                        "created_at": at,
                    }
                )
                items.extend(
                    {
                        "id": new_id(),
                        "assessment_id": aid,
                        "skill_id": sk,
                        "level": rng.randint(1, 7),
                    }
                    for sk in skills
                )
            s.execute(insert(Assessment), assessments)
            s.execute(insert(AssessmentItem), items)
    return ids


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        location = resolve_location(str(Path(tmp) / "bench.db"))
        db = open_database(location)
        try:
            began = time.perf_counter()
            ids = build(db)
            built = time.perf_counter() - began
            size_mb = location.path.stat().st_size / 1e6 if location.path else 0.0
            print(
                f"built {PEOPLE} people x {SKILLS} skills x {ASSESSMENTS} assessments "
                f"in {built:.1f} s ({size_mb:.0f} MB)"
            )
            samples = []
            app = CareerApp(db)
            for pid in random.Random(1).sample(ids, SAMPLE):
                t0 = time.perf_counter()
                snapshot = app.person_snapshot(pid, basis=Basis.MIN)
                counts = app.history_counts(pid)
                samples.append((time.perf_counter() - t0) * 1000)
                assert len(snapshot.levels) == SKILLS
                assert counts.assessments == ASSESSMENTS
                assert list(snapshot.readiness) == list(TARGETS)
        finally:
            db.close()
    ordered = sorted(samples)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    median = statistics.median(ordered)
    verdict = "ok" if p95 <= TARGET_MS else "OVER TARGET"
    print(
        f"open person with full history (min basis): median {median:.2f} ms, "
        f"p95 {p95:.2f} ms (n={SAMPLE}, target <= {TARGET_MS:.0f} ms: {verdict})"
    )


if __name__ == "__main__":
    main()
