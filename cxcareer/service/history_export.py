"""A person's whole rating history as a CSV file a spreadsheet opens.

Why here: the file holds what people typed (names, comments), so every cell goes through the
store's formula-neutralising writer (:func:`cxcareer.store.csv_safe.write_csv`), atomically and
readable by its owner only; skill names come in the app's language beside the stable ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cxcareer.service.career import CareerApp

__all__ = ["HISTORY_COLUMNS", "HistoryExport", "export_history_csv"]

#: The CSV's header, one row per rated skill of each assessment (oldest first).
HISTORY_COLUMNS = (
    "assessed_at",
    "person",
    "by",
    "assessor",
    "status",
    "skill",
    "skill_name",
    "level",
    "comment",
)


@dataclass(frozen=True)
class HistoryExport:
    """The file written, whose history it holds and how many rows (besides the header)."""

    path: Path
    person_name: str
    rows: int


def export_history_csv(
    app: CareerApp, key: str, path: Path, *, force: bool = False
) -> HistoryExport:
    """Write every rating of the person ``key`` (drafts included) to ``path``.

    Raises:
        NotFound, AmbiguousName: ``key`` names nobody, or several people.
        TargetRefused: ``path`` exists (and not ``force``), or must never be written.
        OSError: ``path`` cannot be written (nothing is left behind).
    """
    from cxcareer.store.csv_safe import write_csv
    from cxcareer.store.services.assessments import list_assessments

    person = app.person(key)
    framework = app.framework(person.framework_version_id)
    with app.database.session() as session:
        history = list_assessments(session, person.id)
    rows = [
        [
            record.assessed_at,
            person.name,
            record.assessor.value,
            record.assessor_name,
            record.status.value,
            item.skill,
            app.text(framework.skill(item.skill).name) if item.skill in framework.skills else "",
            item.level,
            item.comment,
        ]
        for record in history
        for item in record.items
    ]
    keep = (app.database.location.path,)
    written = write_csv(Path(path), HISTORY_COLUMNS, rows, force=force, keep=keep)
    return HistoryExport(written, person.name, len(rows))
