"""Private notes sealed on the author's machine before a company server stores them.

Why: a database superuser passes every row-level-security policy, and a stolen server backup
has no policies at all. So on a company server a private note leaves this computer only as
AES-256-GCM ciphertext (the ``cryptography`` library, the well-kept one), under a key that
never leaves the author's user data folder. Nobody else — not the server's administrator, not
HR, not whoever holds a backup — can read it. The price, said plainly wherever the key is made:
lose the key (and its backup) and those notes are unreadable for good, by anyone.

A sealed note is text: ``cxseal1.<key fingerprint>.<base64url of nonce + ciphertext>``. The
fingerprint (first 16 hex digits of the key's SHA-256) tells which key it needs, so a restored
older key still opens older notes. Keys live in ``<user data>/cxcareer/keys``: the one in use
is ``private-notes.key``; a restored key that is not the one in use is kept beside it as
``<fingerprint>.key``. Key files are written 0600 in a 0700 folder, never overwritten.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cxcareer.store.sqlite_files import make_private_folder

__all__ = [
    "KEY_FILE",
    "KeyFileProblem",
    "NoteKey",
    "NoteLocked",
    "back_up_key",
    "create_key",
    "current_key",
    "is_sealed",
    "key_folder",
    "restore_key",
    "seal",
    "unseal",
    "write_key_file",
]

KEY_FILE = "private-notes.key"
_PREFIX = "cxseal1."
_KEY_HEADER = "cxcareer-note-key-1 "
_AAD = b"cxcareer private note"


class NoteLocked(Exception):
    """A sealed note whose key is not on this computer (``fingerprint`` names the key)."""

    def __init__(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        super().__init__(f"sealed with key {fingerprint}, which is not on this computer")


class KeyFileProblem(ValueError):
    """A key file that cannot be used; ``reason`` is ``exists``, ``unreadable`` or ``bad``."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class NoteKey:
    """A 32-byte AES key and the fingerprint sealed notes carry."""

    secret: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.secret).hexdigest()[:16]

    def text(self) -> str:
        """The key as one line, to write down or keep in a password manager."""
        return _KEY_HEADER + base64.urlsafe_b64encode(self.secret).decode("ascii")

    @classmethod
    def from_text(cls, text: str, path: Path) -> NoteKey:
        line = text.strip()
        if not line.startswith(_KEY_HEADER):
            raise KeyFileProblem(path, "bad")
        try:
            secret = base64.urlsafe_b64decode(line[len(_KEY_HEADER) :].strip())
        except ValueError:
            raise KeyFileProblem(path, "bad") from None
        if len(secret) != 32:
            raise KeyFileProblem(path, "bad")
        return cls(secret)


def key_folder() -> Path:
    """``<user data>/cxcareer/keys`` (platformdirs; honours XDG_DATA_HOME)."""
    return platformdirs.user_data_path("cxcareer") / "keys"


def _read(path: Path) -> NoteKey:
    try:
        return NoteKey.from_text(path.read_text(encoding="ascii"), path)
    except (OSError, UnicodeDecodeError):
        raise KeyFileProblem(path, "unreadable") from None


def current_key(folder: Path | None = None) -> NoteKey | None:
    """The key new notes are sealed with; None before :func:`create_key`."""
    path = (folder or key_folder()) / KEY_FILE
    return _read(path) if path.exists() else None


def write_key_file(path: Path, text: str, *, keys_folder: bool = True) -> None:
    """Write ``text`` to a key file that must not exist yet, 0600.

    Shared with the bundle signing key (:mod:`cxcareer.service.bundle_signing`): every key this
    user keeps is written the same way and never overwritten. Missing folders are made 0700
    whatever the umask; the keys folder itself is kept 0700, but a folder the user chose for a
    backup copy (``keys_folder=False``) is left as it is.
    """
    make_private_folder(path.parent)
    if keys_folder:
        os.chmod(path.parent, 0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileProblem(path, "exists") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _write_new(path: Path, key: NoteKey, *, keys_folder: bool = True) -> None:
    """Write ``key`` to a file that must not exist yet, readable by its owner only."""
    write_key_file(path, key.text(), keys_folder=keys_folder)


def create_key(folder: Path | None = None) -> NoteKey:
    """Make this person's key (``KeyFileProblem('exists')`` when there already is one)."""
    key = NoteKey(secrets.token_bytes(32))
    _write_new((folder or key_folder()) / KEY_FILE, key)
    return key


def back_up_key(to: Path, folder: Path | None = None) -> NoteKey:
    """Copy the key in use to ``to``, a new file (an existing file is never replaced)."""
    key = current_key(folder)
    if key is None:
        raise KeyFileProblem((folder or key_folder()) / KEY_FILE, "unreadable")
    _write_new(to, key, keys_folder=False)
    return key


def restore_key(source: Path, folder: Path | None = None) -> NoteKey:
    """Bring a backed-up key back: the key in use if there is none, else kept beside it."""
    key = _read(source)
    home = folder or key_folder()
    existing = current_key(home)
    if existing is None:
        _write_new(home / KEY_FILE, key)
    elif existing.fingerprint != key.fingerprint and not (home / f"{key.fingerprint}.key").exists():
        _write_new(home / f"{key.fingerprint}.key", key)
    return key


def _known_keys(folder: Path) -> dict[str, NoteKey]:
    keys: dict[str, NoteKey] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.key")):
            try:
                key = _read(path)
            except KeyFileProblem:
                continue
            keys[key.fingerprint] = key
    return keys


def is_sealed(text: str) -> bool:
    """Whether ``text`` is a sealed note (as stored on a company server)."""
    return text.startswith(_PREFIX)


def seal(text: str, key: NoteKey) -> str:
    """``text`` encrypted and authenticated under ``key``; "" stays "" (no note, no row)."""
    if not text:
        return ""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key.secret).encrypt(nonce, text.encode("utf-8"), _AAD)
    body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
    return f"{_PREFIX}{key.fingerprint}.{body}"


def unseal(text: str, folder: Path | None = None) -> str:
    """The note ``text`` holds: plain text as it is, a sealed one opened with its key.

    Raises:
        NoteLocked: the key it was sealed with is not on this computer, or it was altered.
    """
    if not is_sealed(text):
        return text
    fingerprint, _, body = text[len(_PREFIX) :].partition(".")
    key = _known_keys(folder or key_folder()).get(fingerprint)
    if key is None:
        raise NoteLocked(fingerprint)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.urlsafe_b64decode(body)
        plain = AESGCM(key.secret).decrypt(raw[:12], raw[12:], _AAD)
    except (ValueError, InvalidTag):
        raise NoteLocked(fingerprint) from None
    return plain.decode("utf-8")
