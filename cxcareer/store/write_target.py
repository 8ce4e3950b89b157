"""Whether a file a person named may be written, and writing it without ever clobbering.

Why one place: every export (bundle, CSV, one-to-one pack, map, heat-map) writes where a person
points, and a typo there once turned the live database into JSON. Each export asks here, so the
rules hold everywhere, in the CLI and in the app alike:

* an empty name, ``.``, ``/`` or any folder is refused with a plain sentence;
* an existing file is replaced only when the caller says ``force`` (the CLI's ``--force``; the
  app passes it after asking the person);
* never, even with ``force``: a symbolic link, a pipe, a device or anything but a regular file;
  a SQLite database (recognised by its header, whoever made it); the files that belong to one
  (its ``-wal``, ``-shm``, ``-journal`` and cxcareer's ``.lock``); the database in use;
* the file appears whole or not at all: the content goes to a private temp file in the target's
  folder, is fsynced, and then takes the name (a hard link when nothing may be replaced, so a
  file that appears meanwhile is still not replaced; a rename when ``force`` allows it).

Every refusal is a :class:`~cxcareer.store.errors.TargetRefused` naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from cxcareer.store.backup import fsync_dir, fsync_file
from cxcareer.store.errors import TargetRefused

__all__ = ["DATABASE_PARTS", "SQLITE_HEADER", "check_target", "write_target"]

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: Name endings of the files SQLite (and cxcareer's writer lock) keep beside a database.
DATABASE_PARTS = ("-wal", "-shm", "-journal", ".lock")


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:
        return os.path.abspath(path) == os.path.abspath(other)


def _database_of(path: Path, keep: Iterable[Path]) -> Path | None:
    """The database ``path`` belongs to as its -wal/-shm/-journal/.lock, if any."""
    for ending in DATABASE_PARTS:
        if not path.name.endswith(ending) or len(path.name) == len(ending):
            continue
        owner = path.with_name(path.name[: -len(ending)])
        if owner.is_file() and (_is_sqlite(owner) or any(_same_file(owner, k) for k in keep)):
            return owner
    return None


def check_target(
    name: str | os.PathLike[str], *, force: bool = False, keep: Iterable[Path | None] = ()
) -> Path:
    """The absolute path ``name`` names, when an export may write there; else refuse.

    ``keep`` lists files that must never be written (the database in use; ``None`` for a
    server database is skipped); their parts are kept too. A missing file in an existing folder
    may always be written (unless it is such a part).

    Raises:
        TargetRefused: the reason names the file and why (``empty``, ``folder``, ``no_folder``,
            ``exists``, ``link``, ``special``, ``database``, ``database_part``).
    """
    text = os.fspath(name)
    if not text.strip():
        raise TargetRefused("", "empty")
    path = Path(os.path.abspath(os.path.expanduser(text)))
    kept = [Path(k) for k in keep if k is not None]
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:  # e.g. a parent that is a file: say it about this name
        raise TargetRefused(text, "no_folder", folder=str(path.parent)) from error
    if info is not None and stat.S_ISLNK(info.st_mode):
        raise TargetRefused(text, "link")
    if (info is not None and stat.S_ISDIR(info.st_mode)) or text.endswith(("/", os.sep)):
        raise TargetRefused(text, "folder")
    owner = _database_of(path, kept)
    if owner is not None:
        raise TargetRefused(text, "database_part", database=str(owner))
    if info is None:
        if not path.parent.is_dir():
            raise TargetRefused(text, "no_folder", folder=str(path.parent))
        return path
    if not stat.S_ISREG(info.st_mode):
        raise TargetRefused(text, "special")
    if _is_sqlite(path) or any(_same_file(path, k) for k in kept):
        raise TargetRefused(text, "database")
    if not force:
        raise TargetRefused(text, "exists")
    return path


def _take_name(temporary: Path, name: str, *, force: bool, keep: Iterable[Path | None]) -> Path:
    """Give the finished ``temporary`` the name ``name``, checked again at this moment."""
    target = check_target(name, force=force, keep=keep)
    if force:
        os.replace(temporary, target)
        return target
    try:
        os.link(temporary, target)  # fails, rather than replaces, if the name was taken
    except FileExistsError:
        raise TargetRefused(os.fspath(name), "exists") from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        os.replace(temporary, target)  # a file system without hard links: checked just above
        return target
    temporary.unlink()
    return target


@contextlib.contextmanager
def write_target(
    name: str | os.PathLike[str],
    *,
    force: bool = False,
    keep: Iterable[Path | None] = (),
    mode: int = 0o600,
    suffix: str = "",
) -> Iterator[Path]:
    """Write the file ``name`` safely: the block writes the yielded temp file, then it is named.

    The temp file exists already (``mode``, default 0600: exports hold personal data) in the
    target's folder, named ``.NAME.RANDOM.part`` + ``suffix`` (for writers that pick a format by
    suffix). When the block fails, or the name was taken meanwhile, the temp file is removed
    and nothing else changed. What is refused is :func:`check_target`'s (checked before the
    block and again at the end, just before the file takes its name).

    Raises:
        TargetRefused: see :func:`check_target`.
        OSError: the temp file cannot be made or written (read-only folder, full disk).
    """
    keep = list(keep)
    target = check_target(name, force=force, keep=keep)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part{suffix}")
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode))
    try:
        yield temporary
        os.chmod(temporary, mode)  # a writer that recreated the file got the umask's mode
        fsync_file(temporary)
        _take_name(temporary, os.fspath(name), force=force, keep=keep)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    fsync_dir(target.parent)
