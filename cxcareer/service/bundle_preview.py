"""What importing a person's bundle would change, computed without writing anything.

Why a dry run of the real merge rather than a second copy of its rules: the preview must say
exactly what the import will then do. The merge of :mod:`cxcareer.store.bundle_merge` runs
inside a transaction that is always rolled back, so the counts are the merge's own and the
database is left as it was. Also here: exporting and importing through the same rules, for the
desktop app's background work (each call opens its own session, as worker threads must).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cxcareer.framework import FrameworkError, Text, load_text
from cxcareer.service import note_seal
from cxcareer.service.backups import backup_now
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.store.bundle import export_bundle, read_bundle, write_bundle
from cxcareer.store.bundle_bulk import Progress
from cxcareer.store.bundle_merge import ImportReport, import_bundle
from cxcareer.store.database import Database
from cxcareer.store.orm import Person
from cxcareer.store.sqlite_errors import read_only_error

__all__ = [
    "ENTRY_KINDS",
    "BundleImport",
    "BundlePreview",
    "ExportSummary",
    "ImportReport",
    "KindChange",
    "Progress",
    "apply_bundle",
    "bundle_file_name",
    "export_person",
    "import_bundle_file",
    "import_checked_bundle",
    "preview_bundle",
    "preview_file",
]

#: The kinds of entries a bundle lists (the person and framework are one each).
ENTRY_KINDS = ("assessments", "evidence", "actions", "meetings")


@dataclass(frozen=True)
class KindChange:
    """One kind of entry: how many the bundle holds and how many would be added or updated."""

    kind: str
    in_bundle: int
    added: int
    updated: int


@dataclass(frozen=True)
class BundlePreview:
    """Everything the import confirmation shows, in the order a person reads it."""

    person_id: str
    person_name: str
    local_name: str | None
    """The person's name in this database now; None when the person is new here."""
    person_is_new: bool
    profile_updated: bool
    framework_id: str
    framework_version: str
    framework_is_new: bool
    changes: tuple[KindChange, ...]
    includes_private: bool
    private_authors: tuple[str, ...]
    """Authors of the private one-to-one notes the bundle carries (sorted, no repeats)."""
    exported_at: str
    framework_name: Text | None = None
    """The framework's own title, read from the content the bundle carries (None: unreadable)."""

    @property
    def changed(self) -> bool:
        """True when importing would write anything at all."""
        return (
            self.person_is_new
            or self.profile_updated
            or self.framework_is_new
            or any(c.added or c.updated for c in self.changes)
        )

    def change(self, kind: str) -> KindChange:
        """The counts of one of :data:`ENTRY_KINDS`."""
        return next(c for c in self.changes if c.kind == kind)


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote, for the confirmation shown afterwards."""

    path: Path
    person_id: str
    person_name: str
    counts: dict[str, int]
    includes_private: bool


def _preview_from(
    bundle: dict[str, Any], report: ImportReport, local_name: str | None
) -> BundlePreview:
    person = bundle["person"]
    framework = bundle["framework"]
    changes = tuple(
        KindChange(kind, len(bundle[kind]), report.added[kind], report.updated[kind])
        for kind in ENTRY_KINDS
    )
    authors = sorted(
        {m["author"] for m in bundle["meetings"] if (m.get("private_notes") or "").strip()}
    )
    return BundlePreview(
        person_id=person["id"],
        person_name=person["name"],
        local_name=local_name,
        person_is_new=bool(report.added["person"]),
        profile_updated=bool(report.updated["person"]),
        framework_id=framework["framework_id"],
        framework_version=framework["version"],
        framework_is_new=bool(report.added["framework"]),
        changes=changes,
        includes_private=bool(bundle.get("includes_private")),
        private_authors=tuple(authors),
        exported_at=str(bundle.get("exported_at") or ""),
        framework_name=_framework_name(framework),
    )


def _framework_name(framework: dict[str, Any]) -> Text | None:
    """The title inside the carried framework file, so the preview never names it by its id."""
    try:
        return load_text(str(framework.get("content") or ""), str(framework.get("filename"))).name
    except FrameworkError:
        return None


def preview_bundle(
    database: Database, bundle: dict[str, Any], progress: Progress | None = None
) -> BundlePreview:
    """What :func:`apply_bundle` would add or update; nothing is ever committed.

    Raises:
        BundleInvalid: the bundle cannot be imported here (every problem listed).
    """
    session = Session(database.engine, expire_on_commit=False)
    try:
        local = session.get(Person, bundle["person"]["id"])
        local_name = local.name if local is not None else None
        report = import_bundle(session, bundle, progress)
    finally:
        session.rollback()
        session.close()
    return _preview_from(bundle, report, local_name)


def preview_file(
    database: Database, path: Path, progress: Progress | None = None
) -> tuple[dict[str, Any], BundlePreview]:
    """Read, check and preview a bundle file; the checked bundle comes back to import later.

    Raises:
        BundleInvalid: unreadable, malformed, or not importable here (every problem listed).
    """
    bundle = read_bundle(path)
    return bundle, preview_bundle(database, bundle, progress)


def apply_bundle(
    database: Database, bundle: dict[str, Any], progress: Progress | None = None
) -> ImportReport:
    """Merge a checked bundle in one transaction (all of it or nothing).

    ``progress(done, total)`` hears how many entries are merged, ending at the total.
    """
    with database.session() as session:
        return import_bundle(session, bundle, progress)


@dataclass(frozen=True)
class BundleImport:
    """A merged bundle: the backup taken just before (None: a server database) and the counts."""

    backup: Path | None
    report: ImportReport


def import_checked_bundle(
    database: Database, bundle: dict[str, Any], progress: Progress | None = None
) -> Outcome[BundleImport]:
    """Back the database up, then merge a checked bundle (all of it or nothing).

    The backup is taken whether or not the data changed since the last one, so "restore the
    backup from before the import" is always an answer.
    """
    if database.read_only:
        raise read_only_error(str(database.location))
    backup = backup_now(database.location, "before-import", only_if_changed=False)
    report = apply_bundle(database, bundle, progress)
    changes = Changes.of(
        Aspect.PEOPLE,
        Aspect.PROFILE,
        Aspect.RATINGS,
        Aspect.EVIDENCE,
        Aspect.ACTIONS,
        Aspect.MEETINGS,
        Aspect.FRAMEWORK,
        Aspect.FRAMEWORKS,
        people={report.person_id},
    )
    return Outcome(BundleImport(backup, report), changes if report.changed else Changes())


def import_bundle_file(
    database: Database, path: Path, progress: Progress | None = None
) -> Outcome[BundleImport]:
    """Read and check a bundle file, back the database up, then merge it (all or nothing).

    The same steps as previewing then confirming (:func:`preview_file`,
    :func:`import_checked_bundle`), for a face that imports without asking.

    Raises:
        BundleInvalid: unreadable, malformed, or not importable here (every problem listed;
            nothing changed, no backup taken).
    """
    return import_checked_bundle(database, read_bundle(path), progress)


def export_person(
    database: Database, person_id: str, path: Path, *, include_private: bool = False
) -> ExportSummary:
    """Write the bundle of ``person_id`` to ``path`` (atomically, readable by its owner only)."""
    with database.session() as session:
        bundle = export_bundle(session, person_id, include_private=include_private)
    if include_private:
        _open_sealed_notes(bundle)
    written = write_bundle(path, bundle)
    return ExportSummary(
        path=written,
        person_id=bundle["person"]["id"],
        person_name=bundle["person"]["name"],
        counts={kind: len(bundle[kind]) for kind in ENTRY_KINDS},
        includes_private=include_private,
    )


def _open_sealed_notes(bundle: dict[str, Any]) -> None:
    """Private notes from a company server travel opened (the bundle is the author's own,
    written 0600); a note this computer has no key for is left out, never sent sealed."""
    for meeting in bundle["meetings"]:
        note = meeting.get("private_notes")
        if note and note_seal.is_sealed(note):
            try:
                meeting["private_notes"] = note_seal.unseal(note)
            except note_seal.NoteLocked:
                del meeting["private_notes"]


def bundle_file_name(name: str, day: date) -> str:
    """``<name>-<date>.cxbundle.json`` with a name safe on every file system."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower() or "person"
    return f"{slug}-{day.isoformat()}.cxbundle.json"
