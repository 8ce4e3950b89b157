"""A disk cache of parsed frameworks, keyed by the sha256 of the framework file's bytes.

Why: parsing and validating a framework file (and importing the YAML parser and the validators
to do it) is a noticeable part of every app start, although the built-in framework and the
versions stored in a database almost never change. A framework parsed once is kept as a pickle
in the user cache folder and read back in about a millisecond.

Why it can never serve stale or foreign data:

* the key is the sha256 of the exact bytes being loaded, computed here, never taken on trust;
* each entry carries a stamp: the cache format, the cxcareer version, the Python version and a
  fingerprint of this package's source files (names, sizes, modification times), so a changed
  file *or* changed code misses;
* the payload's own sha256 is checked before it is unpickled, the unpickler only accepts the
  framework's own classes, the result must be a :class:`Framework`, and files not owned by the
  user or writable by others are ignored;
* any problem at all (missing, truncated, corrupt, unreadable, old) means "parse normally", and
  the entry is written again. Entries are written atomically, files 0600 in a 0700 folder.

The cache is off until :func:`enable` is called (the app's launcher does), so library use and
tests never touch the user's cache folder unless they ask to.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
import sys
import tempfile
from functools import cache
from pathlib import Path

from cxcareer.framework.model import Framework

__all__ = [
    "CACHE_FORMAT",
    "ENV_VAR",
    "FrameworkCache",
    "active",
    "default_directory",
    "disable",
    "enable",
    "parse_framework",
]

log = logging.getLogger(__name__)

#: Bumped whenever the layout of an entry changes.
CACHE_FORMAT = 1
#: Overrides the cache folder (tests, portable installs).
ENV_VAR = "CXCAREER_CACHE_DIR"
_MAGIC = b"cxcareer-framework-cache\n"
#: Modules whose classes a cached framework may contain.
_ALLOWED_MODULES = frozenset({"cxcareer.framework.model", "cxcareer.framework.text"})

_active: FrameworkCache | None = None


def default_directory() -> Path:
    """``$CXCAREER_CACHE_DIR``, else ``<user cache folder>/cxcareer``, plus ``frameworks``."""
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen) / "frameworks"
    import platformdirs

    return platformdirs.user_cache_path("cxcareer") / "frameworks"


@cache
def code_stamp() -> str:
    """What identifies this build of the framework code: a changed file changes the stamp."""
    from cxcareer import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in sorted(package.glob("*.py")):
        info = source.stat()
        digest.update(f"{source.name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    python = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{CACHE_FORMAT}/{__version__}/{python}/{digest.hexdigest()[:32]}"


class _FrameworkUnpickler(pickle.Unpickler):
    """Rebuilds only the framework's own frozen dataclasses and enums, nothing else."""

    def find_class(self, module: str, name: str) -> type:
        if module in _ALLOWED_MODULES and not name.startswith("_"):
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a framework cache")


class FrameworkCache:
    """Parsed frameworks kept in ``directory``, one file per distinct content."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def entry_path(self, digest: str) -> Path:
        """The file that holds the framework whose bytes hash to ``digest``."""
        return self.directory / f"{digest}.pickle"

    def load(self, data: bytes, filename: str) -> Framework:
        """The framework of ``data``: from the cache, else parsed (and then cached).

        Raises:
            FrameworkInvalid: the content does not validate (nothing is cached).
        """
        from cxcareer.framework.load import content_hash

        digest = content_hash(data)
        hit = self.get(digest)
        if hit is not None:
            return hit
        from cxcareer.framework.load import load_text

        framework = load_text(data, filename)
        self.put(digest, framework)
        return framework

    def get(self, digest: str) -> Framework | None:
        """The cached framework for ``digest``; None when absent, stale, foreign or damaged."""
        path = self.entry_path(digest)
        try:
            with open(path, "rb") as handle:
                if not _trusted(os.fstat(handle.fileno())):
                    log.warning("ignoring framework cache entry with unsafe ownership: %s", path)
                    return None
                raw = handle.read()
        except OSError:
            return None
        try:
            return _decode(raw, digest)
        except Exception as error:  # any damage at all means "parse again"
            log.info("framework cache entry %s unusable (%s); parsing again", path.name, error)
            return None

    def put(self, digest: str, framework: Framework) -> None:
        """Store ``framework`` under ``digest``; failures are logged, never raised."""
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            payload = pickle.dumps(framework, protocol=pickle.HIGHEST_PROTOCOL)
            header = {
                "stamp": code_stamp(),
                "digest": digest,
                "payload": hashlib.sha256(payload).hexdigest(),
            }
            entry = _MAGIC + json.dumps(header).encode() + b"\n" + payload
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(entry)
                os.chmod(temporary, 0o600)
                os.replace(temporary, self.entry_path(digest))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, TypeError, ValueError) as error:
            log.info("cannot write the framework cache in %s: %s", self.directory, error)


def _trusted(info: os.stat_result) -> bool:
    """Owned by this user and not writable by anyone else (always true where uids don't exist)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return info.st_uid == getuid() and not info.st_mode & 0o022


def _decode(raw: bytes, digest: str) -> Framework | None:
    """The framework of one entry, or None when it is stale; raises on damage."""
    if not raw.startswith(_MAGIC):
        raise ValueError("not a framework cache entry")
    line, _sep, payload = raw[len(_MAGIC) :].partition(b"\n")
    header = json.loads(line)
    if header.get("stamp") != code_stamp() or header.get("digest") != digest:
        return None
    if hashlib.sha256(payload).hexdigest() != header.get("payload"):
        raise ValueError("the payload does not match its checksum")
    framework = _FrameworkUnpickler(io.BytesIO(payload)).load()
    if not isinstance(framework, Framework):
        raise TypeError("the entry does not hold a framework")
    return framework


def enable(directory: Path | None = None) -> FrameworkCache:
    """Turn the cache on for this process (``directory`` defaults to :func:`default_directory`)."""
    global _active
    _active = FrameworkCache(directory if directory is not None else default_directory())
    return _active


def disable() -> None:
    """Turn the cache off again: frameworks are parsed every time."""
    global _active
    _active = None


def active() -> FrameworkCache | None:
    """The cache in use, if :func:`enable` was called."""
    return _active


def parse_framework(data: bytes, filename: str) -> Framework:
    """The framework of ``data``, through the cache when it is on.

    Raises:
        FrameworkInvalid: the content does not validate.
    """
    current = _active
    if current is not None:
        return current.load(data, filename)
    from cxcareer.framework.load import load_text

    return load_text(data, filename)
