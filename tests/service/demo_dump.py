"""A canonical dump of a demo database: what the demo stored, without what differs every run.

Why: the demo team moved from Python to ``resources/demo/team.yaml``; the proof that it still
builds exactly the same team is that the database it fills is the same, apart from the random
ids and the wall-clock stamps. Ids are replaced by labels given by each row's content (in
dependency order, so a rating is labelled by its person's label), and only the columns below
are read, so a column added to the schema later does not change the dump.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

#: The columns dumped, per table, in dependency order (wall-clock stamps and the framework's
#: own bytes left out: neither is the demo's story).
COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("id", "name", "email", "current_role", "manager_id", "archived"),
    "person_targets": ("person_id", "position", "role_id"),
    "assessments": ("id", "person_id", "assessor_kind", "assessor_name", "assessed_at", "status"),
    "assessment_items": ("id", "assessment_id", "skill_id", "level", "comment"),
    "evidence": (
        *("id", "person_id", "skill_id", "level", "observed_on", "kind", "strength", "text"),
        "link",
    ),
    "actions": (
        *("id", "person_id", "title", "skill_id", "target_role_id", "owner", "due_on"),
        *("status", "completed_at"),
    ),
    "action_status_changes": ("id", "action_id", "seq", "old_status", "new_status", "changed_at"),
    "meetings": ("id", "person_id", "held_on", "author", "shared_notes", "private_notes"),
    "meeting_actions": ("meeting_id", "action_id", "relation"),
}


#: Columns that live elsewhere since a later schema, read as they were (a note moved to its
#: own table is the same story).
EXPRESSIONS = {
    "private_notes": "COALESCE((SELECT body FROM private_notes p WHERE p.meeting_id = id), '')",
}


def canonical_dump(path: Path) -> dict[str, list[str]]:
    """Each table's rows as sorted JSON lines, ids replaced by content-given labels."""
    with sqlite3.connect(path) as connection:
        rows = {
            table: [
                dict(zip(columns, values, strict=True))
                for values in connection.execute(
                    f"SELECT {', '.join(EXPRESSIONS.get(c, c) for c in columns)} FROM {table}"
                )
            ]
            for table, columns in COLUMNS.items()
        }
    ids = {row["id"] for table_rows in rows.values() for row in table_rows if "id" in row}
    labels: dict[object, str] = {}

    def shown(row: dict[str, object], *, with_id: bool = False) -> str:
        return json.dumps(
            {
                key: labels.get(value, "?") if value in ids else value
                for key, value in row.items()
                if with_id or key != "id"
            },
            sort_keys=True,
            default=str,
        )

    # Parents first, so a child's label comes from its parent's; twice, for the people who
    # point at their manager in the same table.
    for _round in range(2):
        for table in COLUMNS:
            for number, row in enumerate(sorted(rows[table], key=shown)):
                if "id" in row:
                    labels[row["id"]] = f"{table}#{number}"
    return {
        table: sorted(shown(row, with_id=True) for row in table_rows)
        for table, table_rows in rows.items()
    }


def dump_digest(path: Path) -> str:
    """sha256 of :func:`canonical_dump`: equal for two databases holding the same story."""
    text = json.dumps(canonical_dump(path), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
