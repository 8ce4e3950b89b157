"""One person with a very long history, written in bulk: what a big bundle is exported from.

Why a generator and not a recorded file: the bundle-import bench and the test that a big export
re-imports both need a person whose bundle is tens of megabytes, and a fixed seed makes the same
person every time without keeping a 25 MB file in the repository. The rows go in with one bulk
insert per table (the store's own services would take minutes for 60,000 ratings); the bundle
is then exported through :func:`cxcareer.store.bundle.export_bundle` like any other.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from cxcareer.store.database import Database
from cxcareer.store.orm import Assessment, AssessmentItem, Evidence, Person, new_id
from cxcareer.store.services import frameworks

__all__ = ["add_long_history"]


def add_long_history(
    db: Database, assessments: int, *, items: int = 1, evidence: int = 0, seed: int = 5
) -> str:
    """Add one person with ``assessments`` self-ratings of ``items`` skills each; their id.

    Self-ratings only: the big bundle is Ana's own, signed by her, and a bundle brings new
    entries only of its signer (a manager rating would need her manager's signature).
    """
    rng = random.Random(seed)
    start = datetime(2000, 1, 1, tzinfo=UTC)
    with db.session() as s:
        version = frameworks.ensure_builtin(s)
        framework = frameworks.framework_from_version(s, version.id)
        skills = sorted(framework.skills)
        levels = list(framework.scale.levels())
        person = new_id()
        s.execute(
            insert(Person),
            [
                {
                    "id": person,
                    "name": "Ana Souza",
                    "framework_version_id": version.id,
                    "current_role": "support-specialist",
                    "created_at": start,
                    "updated_at": start,
                    "archived": False,
                }
            ],
        )
        rows: list[dict[str, object]] = []
        rated: list[dict[str, object]] = []
        for n in range(assessments):
            aid = new_id()
            at = start + timedelta(hours=n)
            rows.append(
                {
                    "id": aid,
                    "person_id": person,
                    "assessor_kind": "self",  # what her own signed bundle may bring anywhere
                    "assessor_name": "Ana Souza",
                    "assessed_at": at,
                    "status": "final",
                    "created_at": at,
                }
            )
            rated.extend(
                {
                    "id": new_id(),
                    "assessment_id": aid,
                    "skill_id": skill,
                    "level": rng.choice(levels),
                    "comment": "",
                }
                for skill in rng.sample(skills, items)
            )
        s.execute(insert(Assessment), rows)
        s.execute(insert(AssessmentItem), rated)
        if evidence:
            s.execute(
                insert(Evidence),
                [
                    {
                        "id": new_id(),
                        "person_id": person,
                        "skill_id": rng.choice(skills),
                        "level": rng.choice(levels),
                        "observed_on": (start + timedelta(hours=n)).date(),
                        "kind": "work",
                        "strength": "example",
                        "text": f"Handled escalation {n}",
                        "created_at": start + timedelta(hours=n),
                    }
                    for n in range(evidence)
                ],
            )
    return person
