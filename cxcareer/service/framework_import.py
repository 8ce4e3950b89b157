"""Importing a framework file: check it, back the data up, then store it — for every face.

Why one use case: the Frameworks screen and ``cxcareer framework import`` must refuse the same
files with the same problems (every one, with its line), back up the same way before storing,
and store a valid file exactly once (importing the same bytes again adds nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cxcareer.framework.load import LoadReport
from cxcareer.service.backups import backup_now
from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Changes, Outcome
from cxcareer.store.records import FrameworkImport

__all__ = ["FileImport", "import_framework_file"]


@dataclass(frozen=True)
class FileImport:
    """The check of a file, and what was stored (None: the file has errors; nothing stored)."""

    report: LoadReport
    imported: FrameworkImport | None


def import_framework_file(app: CareerApp, path: Path) -> Outcome[FileImport]:
    """Check ``path``; when valid, back the database up and store it as a framework version.

    A file with errors changes nothing and says so in ``report``; the backup is taken only
    when something may be stored.
    """
    app.writable()
    report = app.check_framework_file(path)
    if not report.ok:
        return Outcome(FileImport(report, None), Changes())
    backup_now(app.database.location, "before-import")
    stored = app.import_framework(path)
    changes = stored.changes if stored.value.created else Changes()
    return Outcome(FileImport(report, stored.value), changes)
