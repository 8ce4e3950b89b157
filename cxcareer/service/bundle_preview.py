"""What importing a person's bundle would change, computed without writing anything.

Why a dry run of the real merge rather than a second copy of its rules: the preview must say
exactly what the import will then do. The merge of :mod:`cxcareer.store.bundle_merge` runs
inside a transaction that is always rolled back, so the counts are the merge's own and the
database is left as it was. Also here: importing through the same rules, for the desktop app's
background work (each call opens its own session, as worker threads must); exporting is in
:mod:`cxcareer.service.bundle_export`.

Every preview and import first checks the signature and how the signer's key compares with the
one pinned for them (:mod:`.bundle_trust`). A CHANGED key is refused unless the user accepts
it; the key of a successful import is pinned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cxcareer.framework import FrameworkError, Text, load_text
from cxcareer.service.backups import backup_now
from cxcareer.service.bundle_signing import Signer, signing_key, verify_bundle
from cxcareer.service.bundle_trust import KeyStatus, SignerCheck, check_signer, own_person, pin
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.rules import Refused
from cxcareer.store.bundle import read_bundle
from cxcareer.store.bundle_bulk import Progress
from cxcareer.store.bundle_merge import ImportReport, import_bundle
from cxcareer.store.database import Database
from cxcareer.store.orm import Person
from cxcareer.store.sqlite_errors import read_only_error

__all__ = [
    "ENTRY_KINDS",
    "BundleImport",
    "BundlePreview",
    "ImportReport",
    "KeyStatus",
    "KindChange",
    "Progress",
    "apply_bundle",
    "import_bundle_file",
    "import_checked_bundle",
    "pin_me",
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
    signer_name: str = ""
    """Who signed the bundle, as the bundle names them."""
    signer_fingerprint: str = ""
    """The signer's key, in the groups of hex digits people compare by phone."""
    key_status: KeyStatus = KeyStatus.NEW
    pinned_fingerprint: str | None = None
    """The key pinned for the signer before this bundle (set when ``key_status`` is CHANGED)."""

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


def _preview_from(
    bundle: dict[str, Any], report: ImportReport, local_name: str | None, check: SignerCheck
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
        framework_id=framework["framework_id"],  # the content's own (checked by the merge)
        framework_version=framework["version"],
        framework_is_new=bool(report.added["framework"]),
        changes=changes,
        includes_private=bool(bundle.get("includes_private")),
        private_authors=tuple(authors),
        exported_at=str(bundle.get("exported_at") or ""),
        framework_name=_framework_name(framework),
        signer_name=check.signer.name,
        signer_fingerprint=check.signer.fingerprint,
        key_status=check.status,
        pinned_fingerprint=check.pinned_fingerprint,
    )


def _framework_name(framework: dict[str, Any]) -> Text | None:
    """The title inside the carried framework file, so the preview never names it by its id."""
    try:
        return load_text(str(framework.get("content") or ""), str(framework.get("filename"))).name
    except FrameworkError:
        return None


def preview_bundle(
    database: Database,
    bundle: dict[str, Any],
    progress: Progress | None = None,
    *,
    keys: Path | None = None,
) -> BundlePreview:
    """What :func:`apply_bundle` would add or update; nothing is ever committed.

    ``keys`` is the folder of this user's keys and pins (default: the user data folder's).
    A CHANGED key is not refused here: the preview says so, loudly, and the import decides.

    Raises:
        BundleInvalid: unsigned, a signature that does not match, or the bundle cannot be
            imported here (every problem listed).
    """
    check = _signer_check(database, bundle, keys)
    session = Session(database.engine, expire_on_commit=False)
    try:
        local = session.get(Person, bundle["person"]["id"])
        local_name = local.name if local is not None else None
        report = import_bundle(session, bundle, progress, signer=check.signer.person_id)
    finally:
        session.rollback()
        session.close()
    return _preview_from(bundle, report, local_name, check)


def preview_file(
    database: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    keys: Path | None = None,
    me: str | None = None,
) -> tuple[dict[str, Any], BundlePreview]:
    """Read, check and preview a bundle file; the checked bundle comes back to import later.

    ``me`` is the person this user is (the app's "Me"): pinned to this user's own key first,
    so a file signed as them with any other key shows as CHANGED.

    Raises:
        BundleInvalid: unreadable, malformed, unsigned, forged, or not importable here (every
            problem listed).
    """
    bundle = read_bundle(path)
    if me is not None:
        pin_me(database, me, keys)
    return bundle, preview_bundle(database, bundle, progress, keys=keys)


def pin_me(database: Database, me: str, keys: Path | None = None) -> None:
    """Pin the person ``me`` (this user) to this user's own key, making the key on first use."""
    with database.session() as session:
        row = session.get(Person, me)
        name = row.name if row is not None else None
    if name is None or own_person(keys) == me:
        return
    pin(Signer(me, name, signing_key(keys).public_key), keys, own=True)


def _accepted_signer(
    database: Database, bundle: dict[str, Any], trust_new_key: bool, keys: Path | None
) -> SignerCheck:
    """The verified signer, unless their key needs acceptance the user did not give."""
    check = _signer_check(database, bundle, keys)
    if check.status.needs_acceptance and not trust_new_key:
        raise Refused(
            f"signer_key_{check.status.value}",
            name=check.signer.name,
            old=check.pinned_fingerprint or "?",
            new=check.signer.fingerprint,
        )
    return check


def _signer_check(database: Database, bundle: dict[str, Any], keys: Path | None) -> SignerCheck:
    """The verified signer and their key's standing (a person here with no pin: UNVOUCHED)."""
    signer = verify_bundle(bundle)
    with database.session() as session:
        known_here = session.get(Person, signer.person_id) is not None
    return check_signer(signer, keys, known_here=known_here)


def apply_bundle(
    database: Database,
    bundle: dict[str, Any],
    progress: Progress | None = None,
    *,
    trust_new_key: bool = False,
    keys: Path | None = None,
) -> ImportReport:
    """Check the signature and the signer's key, merge in one transaction, then pin the key.

    ``progress(done, total)`` hears how many entries are merged, ending at the total.

    Raises:
        BundleInvalid: unsigned, forged, or not importable here (nothing written).
        Refused: ``signer_key_changed`` — another key is pinned for the signer and
            ``trust_new_key`` is False (nothing written).
    """
    check = _accepted_signer(database, bundle, trust_new_key, keys)
    with database.session() as session:
        report = import_bundle(session, bundle, progress, signer=check.signer.person_id)
    if check.status is not KeyStatus.KNOWN:
        pin(check.signer, keys)
    return report


@dataclass(frozen=True)
class BundleImport:
    """A merged bundle: the backup taken just before (None: a server database), the counts,
    and who signed it (with how their key compared with the pinned one before the import)."""

    backup: Path | None
    report: ImportReport
    signer: SignerCheck | None = None


def import_checked_bundle(
    database: Database,
    bundle: dict[str, Any],
    progress: Progress | None = None,
    *,
    trust_new_key: bool = False,
    keys: Path | None = None,
) -> Outcome[BundleImport]:
    """Back the database up, then merge a checked bundle (all of it or nothing).

    The signature and the signer's key are checked before the backup (:func:`apply_bundle`).

    The backup is taken whether or not the data changed since the last one, so "restore the
    backup from before the import" is always an answer.
    """
    if database.read_only:
        raise read_only_error(str(database.location))
    check = _accepted_signer(database, bundle, trust_new_key, keys)  # before any backup
    backup = backup_now(database.location, "before-import", only_if_changed=False)
    report = apply_bundle(database, bundle, progress, trust_new_key=trust_new_key, keys=keys)
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
    return Outcome(BundleImport(backup, report, check), changes if report.changed else Changes())


def import_bundle_file(
    database: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    trust_new_key: bool = False,
    keys: Path | None = None,
) -> Outcome[BundleImport]:
    """Read and check a bundle file, back the database up, then merge it (all or nothing).

    The same steps as previewing then confirming (:func:`preview_file`,
    :func:`import_checked_bundle`), for a face that imports without asking.

    Raises:
        BundleInvalid: unreadable, malformed, or not importable here (every problem listed;
            nothing changed, no backup taken).
    """
    return import_checked_bundle(
        database, read_bundle(path), progress, trust_new_key=trust_new_key, keys=keys
    )
