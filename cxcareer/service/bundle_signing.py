"""Signed bundles: this user's Ed25519 key, the bytes a signature covers, signing and checking.

Why signatures: a bundle is a file from another laptop, and without one anybody can write a file
that speaks for anybody (a "manager" rating by an employee, another person's profile). Each user
has one signing key, made on first use (the first export) and kept beside the note key
(:func:`cxcareer.service.note_seal.key_folder`, the file 0600 in a 0700 folder, never
overwritten). A bundle names its signer (the person id and name of the user who exported it)
and carries the public key; the signature covers every other byte of meaning in the bundle.

What is signed: the bundle without ``signed_by.signature``, serialised canonically — JSON with
sorted keys, no spaces, UTF-8, no NaN — after a fixed domain line, so a signature over a bundle
can never be replayed as a signature over anything else. Whitespace and key order of the file
do not matter; any change of a value does.

Whose key is whose is decided by trust on first use (:mod:`cxcareer.service.bundle_trust`).
The fingerprint people compare by phone is 32 hex digits of the key's SHA-256, in groups of 4.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cxcareer.service.note_seal import KeyFileProblem, key_folder, write_key_file
from cxcareer.service.rules import Refused
from cxcareer.store.errors import BundleInvalid

__all__ = [
    "SIGNING_KEY_FILE",
    "Signer",
    "SigningKey",
    "canonical_bytes",
    "fingerprint",
    "sign_bundle",
    "signing_key",
    "verify_bundle",
]

SIGNING_KEY_FILE = "bundle-signing.ed25519"
_KEY_HEADER = "cxcareer-signing-key-1 "
_DOMAIN = b"cxcareer bundle signature 1\n"


def fingerprint(public_key: bytes) -> str:
    """``"3F2A 91C0 …"``: 8 groups of 4 hex digits of the key's SHA-256, to read out loud."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class Signer:
    """Who a bundle says signed it, and the public key the signature was checked with."""

    person_id: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class SigningKey:
    """This user's private signing key (32 raw Ed25519 bytes)."""

    secret: bytes

    @property
    def public_key(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        private = Ed25519PrivateKey.from_private_bytes(self.secret)
        return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.secret).sign(data)


def _read_key(path: Path) -> SigningKey:
    try:
        line = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        raise Refused("key_unreadable", file=str(path)) from None
    try:
        secret = base64.urlsafe_b64decode(line.removeprefix(_KEY_HEADER))
    except (ValueError, binascii.Error):
        secret = b""
    if not line.startswith(_KEY_HEADER) or len(secret) != 32:
        raise Refused("signing_file_bad", file=str(path))
    return SigningKey(secret)


def signing_key(folder: Path | None = None) -> SigningKey:
    """This user's signing key, made (and written 0600) the first time it is asked for.

    Raises:
        Refused: the key file exists but cannot be read or is not a signing key (it is never
            replaced: bundles signed with it are pinned to it on other laptops).
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    path = (folder or key_folder()) / SIGNING_KEY_FILE
    if path.exists():
        return _read_key(path)
    secret = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    try:
        write_key_file(path, _KEY_HEADER + base64.urlsafe_b64encode(secret).decode("ascii"))
    except KeyFileProblem as problem:
        if problem.reason != "exists":
            raise
        return _read_key(path)  # another process made it first: theirs is the key
    return SigningKey(secret)


def canonical_bytes(bundle: dict[str, Any]) -> bytes:
    """The bytes a signature covers: the bundle minus the signature value, canonical JSON."""
    signed = {key: value for key, value in bundle.items() if key != "signed_by"}
    if isinstance(bundle.get("signed_by"), dict):
        signed["signed_by"] = {k: v for k, v in bundle["signed_by"].items() if k != "signature"}
    text = json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return _DOMAIN + text.encode("utf-8")


def sign_bundle(
    bundle: dict[str, Any], person_id: str, name: str, key: SigningKey
) -> dict[str, Any]:
    """A copy of ``bundle`` signed by ``key`` as the person ``person_id`` called ``name``."""
    signed = copy.deepcopy(bundle)
    signed["signed_by"] = {
        "person_id": person_id,
        "name": name,
        "public_key": base64.b64encode(key.public_key).decode("ascii"),
    }
    signature = key.sign(canonical_bytes(signed))
    signed["signed_by"]["signature"] = base64.b64encode(signature).decode("ascii")
    return signed


def _decode(text: str, size: int) -> bytes | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        return None
    return raw if len(raw) == size else None


def verify_bundle(bundle: dict[str, Any]) -> Signer:
    """Who signed a shape-checked ``bundle``, once the signature is found to cover it.

    Raises:
        BundleInvalid: unsigned (an earlier version's file) or the signature does not match
            (changed after signing, or forged); the one problem says to ask for a new export.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    block = bundle.get("signed_by")
    if not isinstance(block, dict):
        raise BundleInvalid(
            [
                "signed_by: missing; this bundle is not signed (made by an earlier version of "
                "cxcareer, or edited): ask the sender to export it again"
            ]
        )
    public = _decode(str(block.get("public_key", "")), 32)
    signature = _decode(str(block.get("signature", "")), 64)
    try:
        if public is None or signature is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(public).verify(signature, canonical_bytes(bundle))
    except (InvalidSignature, ValueError):
        raise BundleInvalid(
            [
                "signed_by.signature: does not match the bundle (it was changed after it was "
                "signed, or the signature is forged): ask the sender to export it again"
            ]
        ) from None
    assert public is not None
    return Signer(str(block["person_id"]), str(block["name"]), public)
