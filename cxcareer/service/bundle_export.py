"""Exporting a person's bundle: signed as the user, written where the user chose, never clobbering.

Why apart from the preview and import: an export reads the database, signs with this user's key
as the person they are (:mod:`cxcareer.service.bundle_signing`, pinning their own person to it)
and writes through the one guarded writer (:func:`cxcareer.store.bundle.write_bundle`); it shares
nothing with the merge but the bundle format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cxcareer.service import note_seal
from cxcareer.service.bundle_preview import ENTRY_KINDS
from cxcareer.service.bundle_signing import sign_bundle, signing_key, verify_bundle
from cxcareer.service.bundle_trust import own_person, pin
from cxcareer.service.rules import Refused
from cxcareer.store.bundle import export_bundle, write_bundle
from cxcareer.store.database import Database
from cxcareer.store.orm import Person
from cxcareer.store.services.common import person_row

__all__ = ["ExportSummary", "bundle_file_name", "export_person"]


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote, for the confirmation shown afterwards."""

    path: Path
    person_id: str
    person_name: str
    counts: dict[str, int]
    includes_private: bool
    signer_name: str = ""
    signer_fingerprint: str = ""


def export_person(
    database: Database,
    person_id: str,
    path: Path,
    *,
    include_private: bool = False,
    signer: str | None = None,
    keys: Path | None = None,
    force: bool = False,
) -> ExportSummary:
    """Write the bundle of ``person_id`` to ``path``, signed (atomically, owner-readable only).

    ``signer`` (id or unique name here) is the person this user is; None means the person a
    company server says they are, else the one they last signed as. The first export makes
    this user's signing key and pins their person to it.

    An existing ``path`` is replaced only with ``force``; the database itself, its parts and
    anything but a regular file never (:class:`~cxcareer.store.errors.TargetRefused`).

    Raises:
        Refused: ``signer_unknown`` — no ``signer`` given and none signed as before here.
    """
    with database.session() as session:
        bundle = export_bundle(session, person_id, include_private=include_private)
        server = database.identity.person_id if database.identity is not None else None
        me = _signer_row(session, signer or server, keys)
    if include_private:
        _open_sealed_notes(bundle)
    key = signing_key(keys)
    bundle = sign_bundle(bundle, me.id, me.name, key)
    pin(verify_bundle(bundle), keys, own=True)
    written = write_bundle(path, bundle, force=force, keep=(database.location.path,))
    return ExportSummary(
        path=written,
        person_id=bundle["person"]["id"],
        person_name=bundle["person"]["name"],
        counts={kind: len(bundle[kind]) for kind in ENTRY_KINDS},
        includes_private=include_private,
        signer_name=me.name,
        signer_fingerprint=key.fingerprint,
    )


def _signer_row(session: Session, signer: str | None, keys: Path | None) -> Person:
    """The person this user signs as: ``signer``, else the one they signed as last time."""
    if signer:
        return person_row(session, signer)
    last = own_person(keys)
    row = session.get(Person, last) if last is not None else None
    if row is None:  # never signed, or as someone this database does not have
        raise Refused("signer_unknown")
    return row


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
