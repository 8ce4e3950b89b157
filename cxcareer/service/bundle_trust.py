"""Trust on first use: which signing key belongs to which person, kept per user.

Why trust on first use: there is no authority to vouch for a colleague's key on an offline
laptop. So the first bundle signed for a person pins that person's key here; later bundles for
the same person must carry the same key, and a different one is refused unless the user accepts
it after comparing fingerprints (by phone, face to face). The user's own person is pinned to
their own key when they first export, so nobody else can sign as them on this laptop.

The pins live in ``trusted-signers.json`` in the keys folder (0600 in 0700, replaced atomically):
per user, not per database, with no migration and nothing on a company server.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cxcareer.service.bundle_signing import Signer, fingerprint
from cxcareer.service.note_seal import key_folder, write_key_file
from cxcareer.service.rules import Refused

__all__ = ["TRUST_FILE", "KeyStatus", "SignerCheck", "check_signer", "own_person", "pin"]

TRUST_FILE = "trusted-signers.json"
_FORMAT = "cxcareer/trusted-signers@1"


class KeyStatus(StrEnum):
    """How a bundle's key compares with the one pinned for its signer here."""

    NEW = "new"
    """Nobody's key is pinned for this person yet: importing pins this one."""
    KNOWN = "known"
    """The key pinned for this person."""
    CHANGED = "changed"
    """Another key is pinned for this person: refused unless the user accepts the new key."""
    UNVOUCHED = "unvouched"
    """The person is already in this database but no key was ever pinned for them: a first
    key cannot take over someone known here unless the user accepts it, as a changed one."""

    @property
    def needs_acceptance(self) -> bool:
        """Whether importing needs the user's explicit acceptance of the key."""
        return self in (KeyStatus.CHANGED, KeyStatus.UNVOUCHED)


@dataclass(frozen=True)
class SignerCheck:
    """A verified signer and how their key compares with the pinned one."""

    signer: Signer
    status: KeyStatus
    pinned_fingerprint: str | None
    """The fingerprint pinned for the signer before (None: none was)."""


def _path(folder: Path | None) -> Path:
    return (folder or key_folder()) / TRUST_FILE


def _load(folder: Path | None) -> dict[str, dict[str, Any]]:
    path = _path(folder)
    if not path.exists():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise Refused("key_unreadable", file=str(path)) from None
    try:
        data = json.loads(text)
        people = data["people"] if data.get("format") == _FORMAT else None
    except (ValueError, TypeError, KeyError, AttributeError):
        people = None
    if not isinstance(people, dict):
        raise Refused("signing_file_bad", file=str(path))
    return {str(k): v for k, v in people.items() if isinstance(v, dict)}


def _key_of(entry: dict[str, Any]) -> bytes | None:
    try:
        return base64.b64decode(str(entry.get("public_key", "")), validate=True)
    except (ValueError, binascii.Error):
        return None


def check_signer(
    signer: Signer, folder: Path | None = None, *, known_here: bool = False
) -> SignerCheck:
    """Whether ``signer``'s key is new, the pinned one, or a CHANGED one for that person.

    ``known_here``: the signer is already a person in the database being imported into; a
    first key for them is then UNVOUCHED rather than NEW.
    """
    entry = _load(folder).get(signer.person_id)
    if entry is None:
        status = KeyStatus.UNVOUCHED if known_here else KeyStatus.NEW
        return SignerCheck(signer, status, None)
    pinned = _key_of(entry)
    pinned_print = fingerprint(pinned) if pinned else None
    status = KeyStatus.KNOWN if pinned == signer.public_key else KeyStatus.CHANGED
    return SignerCheck(signer, status, pinned_print)


def pin(signer: Signer, folder: Path | None = None, *, own: bool = False) -> None:
    """Pin ``signer``'s key for their person (``own``: the person this user signs as)."""
    people = _load(folder)
    if own:
        for entry in people.values():
            entry.pop("own", None)
    people[signer.person_id] = {
        "name": signer.name,
        "public_key": base64.b64encode(signer.public_key).decode("ascii"),
        **({"own": True} if own else {}),
    }
    path = _path(folder)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    text = json.dumps({"format": _FORMAT, "people": people}, indent=1)  # ASCII: names escaped
    write_key_file(tmp, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def own_person(folder: Path | None = None) -> str | None:
    """The id of the person this user last signed a bundle as (None: never signed one)."""
    for person_id, entry in _load(folder).items():
        if entry.get("own"):
            return person_id
    return None
