"""The SQL that picks current levels agrees with a plain-Python reading of the history.

Why: the latest-per-skill window query is what makes opening a person fast, and the place a
subtle ordering bug would silently show someone the wrong level. Random histories, written in
shuffled order (so insertion order is not time order), are checked on every basis and backend.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from cxcareer.framework import load_builtin
from cxcareer.store.database import Database
from cxcareer.store.records import AssessmentItemRecord, AssessmentStatus, Assessor, Basis
from cxcareer.store.services import assessments, people

SKILLS: list[str] = [str(skill) for skill in sorted(load_builtin().skills)[:6]]
T0 = datetime(2024, 1, 1, tzinfo=UTC)

Rating = tuple[datetime, Assessor, AssessmentStatus, dict[str, int]]


def _reference(history: list[Rating], basis: Basis) -> dict[str, int]:
    latest: dict[tuple[Assessor, str], tuple[datetime, int]] = {}
    for at, who, status, items in history:
        if status is AssessmentStatus.DRAFT:
            continue
        for skill, level in items.items():
            held = latest.get((who, skill))
            if held is None or at > held[0]:
                latest[(who, skill)] = (at, level)
    sides = {Basis.SELF: [Assessor.SELF], Basis.MANAGER: [Assessor.MANAGER]}.get(
        basis, [Assessor.SELF, Assessor.MANAGER]
    )
    result: dict[str, int] = {}
    for (who, skill), (_, level) in latest.items():
        if who in sides:
            result[skill] = min(level, result.get(skill, level))
    return result


def test_sql_current_levels_match_reference(db: Database) -> None:
    rng = random.Random(20250101)
    with db.session() as s:
        pid = people.create_person(s, "Ana").id
    history: list[Rating] = []
    for n in range(60):
        chosen = rng.sample(SKILLS, rng.randint(1, 3))
        items = {skill: rng.randint(0, 7) for skill in chosen}
        who = rng.choice([Assessor.SELF, Assessor.MANAGER])
        status = rng.choice(list(AssessmentStatus))
        history.append((T0 + timedelta(hours=n), who, status, items))
    rng.shuffle(history)
    with db.session() as s:
        for at, who, status, items in history:
            assessments.add_assessment(
                s,
                pid,
                who,
                "Ana" if who is Assessor.SELF else "Bo",
                [AssessmentItemRecord(skill, level) for skill, level in items.items()],
                status=status,
                assessed_at=at,
            )
    with db.session() as s:
        for basis in Basis:
            got = {k: v.level for k, v in assessments.current_levels(s, pid, basis).items()}
            assert got == _reference(history, basis), basis
