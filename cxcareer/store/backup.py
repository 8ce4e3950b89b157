"""Backups of the SQLite profile database: taken, listed and restored safely.

Why it is done this way:

* Copying an open SQLite file (or leaving out its ``-wal``) is what corrupts databases, so every
  copy, both ways, goes through SQLite's online backup API (``sqlite3.Connection.backup``), which
  reads a consistent snapshot even while cxcareer is writing.
* A backup that cannot be trusted is worse than none: each one is written to a temp file created
  ``0600`` (profiles are personal data; SQLite would create it ``0644``), checked with
  ``PRAGMA integrity_check``, fsynced and only then renamed into place (``os.replace``) and the
  folder fsynced. A crash leaves either the old set of backups or the new one, never half a file.
* Backups are switched to rollback-journal mode so each is one self-contained file.
* Names carry a UTC timestamp and the reason (``cxcareer-20261122T101500Z-start.db``), so they
  sort by age and :mod:`cxcareer.store.retention` can thin them without reading them.

When to take one, and which to keep, is :mod:`cxcareer.store.retention`'s business.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxcareer.store.errors import DatabaseCorrupt, DiskFull, NoRoomForBackup
from cxcareer.store.sqlite_errors import translate
from cxcareer.store.sqlite_files import make_private_folder, read_only_uri

__all__ = [
    "BACKUP_NAME",
    "BackupInfo",
    "backup_dir_for",
    "backup_name",
    "connect_read_only",
    "copy_to_file",
    "fsync_dir",
    "fsync_file",
    "integrity_problems",
    "list_backups",
    "make_backup",
    "restore_backup",
    "room_needed",
]

#: The names this module creates; nothing else in a backup folder is ever touched.
BACKUP_NAME = re.compile(r"^cxcareer-(\d{8}T\d{6}Z)-([a-z0-9][a-z0-9-]*?)(?:~(\d+))?\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"
_TMP_PREFIX = ".cxcareer-backup-"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file found in a backup folder."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_dir_for(db_path: Path) -> Path:
    """``<db folder>/backups/<db stem>/``: next to the data, so it moves with it."""
    return db_path.parent / "backups" / db_path.stem


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)


def backup_name(taken_at: datetime, reason: str, seq: int = 0) -> str:
    """The file name for a backup taken at ``taken_at`` for ``reason``."""
    clean = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")[:40] or "manual"
    suffix = f"~{seq}" if seq else ""
    return f"cxcareer-{_utc(taken_at).strftime(_STAMP)}-{clean}{suffix}.db"


def fsync_dir(folder: Path) -> None:
    """Make a rename or creation in ``folder`` durable (a no-op where dirs cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def connect_read_only(db_path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that can never change ``db_path`` (and never creates it)."""
    return sqlite3.connect(read_only_uri(db_path.resolve()), uri=True, timeout=timeout)


def integrity_problems(db_path: Path, *, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) reports; empty when the file is ok.

    Opened read-only, so checking never changes the database. A file that is missing or is not
    a database at all is reported as a problem rather than raised.
    """
    if not db_path.is_file():
        return [f"{db_path} does not exist"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = connect_read_only(db_path)
        try:
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _create_private(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def fsync_file(path: Path) -> None:
    """Make what was written to the file ``path`` durable (before it is renamed into place)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    dest = sqlite3.connect(target, timeout=30.0)
    try:
        source.backup(dest)
        # One self-contained file: no -wal needed to read the backup.
        dest.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        dest.close()


def _ensure_dir(backup_dir: Path) -> None:
    """Make ``backup_dir`` and the ``backups`` folder above it, 0700 whatever the umask.

    Both are cxcareer's own (copies of personal data), so one an older version made 0755 is
    closed too; the folders above them (the database's) are made 0700 only when missing.
    """
    created = not backup_dir.is_dir()
    make_private_folder(backup_dir)
    ours = [backup_dir.parent] if backup_dir.parent.name == "backups" else []
    for folder in (*ours, backup_dir):
        if stat.S_IMODE(folder.stat().st_mode) != 0o700:
            folder.chmod(0o700)
    if created:
        fsync_dir(backup_dir.parent)


#: Room kept beyond the copy's own size: its journal switch and the folder's entries.
ROOM_MARGIN = 64 * 1024


def room_needed(db_path: Path) -> int:
    """About how many bytes a backup of ``db_path`` takes: the file and its -wal, plus a margin
    (the online copy holds every page, so it is as big as the two together at most)."""
    wal = Path(f"{db_path}-wal")
    return sum(p.stat().st_size for p in (db_path, wal) if p.is_file()) + ROOM_MARGIN


def _free_room(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _require_room(db_path: Path, folder: Path) -> None:
    """Refuse, before writing a byte, a backup that cannot fit in ``folder``'s file system."""
    needed = room_needed(db_path)
    free = _free_room(folder)
    if free < needed:
        raise NoRoomForBackup(str(db_path), needed=needed, free=free)


@contextlib.contextmanager
def _room_said(db_path: Path, folder: Path) -> Iterator[None]:
    """A disk that filled up during the copy (someone else wrote meanwhile, or the estimate
    was short) is said as :class:`NoRoomForBackup` too, with the room it takes."""
    try:
        yield
    except NoRoomForBackup:
        raise
    except DiskFull as full:
        needed = room_needed(db_path)
        raise NoRoomForBackup(str(db_path), needed=needed, free=_free_room(folder)) from full


def _free_name(backup_dir: Path, taken_at: datetime, reason: str) -> Path:
    seq = 0
    while (backup_dir / backup_name(taken_at, reason, seq)).exists():
        seq += 1
    return backup_dir / backup_name(taken_at, reason, seq)


@contextlib.contextmanager
def _left_clean(tmp: Path, location: str) -> Iterator[None]:
    """Remove ``tmp`` (and its journal) when the block fails, so no partial copy is left.

    File and driver errors come out as the store's errors about ``location`` (``DiskFull``,
    ``DatabaseReadOnly``...) when :func:`translate` knows them, otherwise unchanged.
    """
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp, Path(f"{tmp}-journal"))
        store_error = translate(exc, location)
        if store_error is None:
            raise
        raise store_error from exc
    except BaseException:
        _remove_quietly(tmp, Path(f"{tmp}-journal"))
        raise


def _write_checked_copy(db_path: Path, tmp: Path) -> None:
    """An online copy of ``db_path`` in the new private file ``tmp``, checked and on disk.

    Raises :class:`DatabaseCorrupt` when the copy fails its integrity check.
    """
    _create_private(tmp)
    source = connect_read_only(db_path, timeout=30.0)
    try:
        _copy_into(source, tmp)
    finally:
        source.close()
    if integrity_problems(tmp):
        raise DatabaseCorrupt(
            f"The backup of {db_path} failed its integrity check, so it was not kept. "
            "The database itself may be damaged: run cxcareer db check."
        )
    fsync_file(tmp)


def make_backup(
    db_path: Path, backup_dir: Path, *, reason: str, now: datetime | None = None
) -> Path:
    """Back ``db_path`` up into ``backup_dir`` and return the new file.

    Raises :class:`DatabaseCorrupt` if the copy fails its integrity check (the temp file is
    removed), :class:`NoRoomForBackup` (how much room it needs) when the copy does not fit,
    checked before a byte is written, and the translated store error (``DatabaseReadOnly``...)
    when it cannot be written; no partial file is left behind either way.
    """
    from cxcareer.store.retention import record_backup_state, stat_signature

    taken_at = _utc(now)
    location = str(db_path)
    tmp = backup_dir / f"{_TMP_PREFIX}{secrets.token_hex(8)}.part"
    with _room_said(db_path, backup_dir), _left_clean(tmp, location):
        _ensure_dir(backup_dir)
        _require_room(db_path, backup_dir)
        before = stat_signature(db_path)
        _write_checked_copy(db_path, tmp)
        final = _free_name(backup_dir, taken_at, reason)
        os.replace(tmp, final)
        fsync_dir(backup_dir)
    record_backup_state(backup_dir, final, before)
    return final


def copy_to_file(db_path: Path, target: Path) -> Path:
    """Back ``db_path`` up to the file ``target`` of the person's choosing (0600, atomic).

    The same checked online copy as :func:`make_backup`, outside the backup folder (so it is
    neither listed nor thinned). A failure to write ``target`` is said about ``target``
    (``DiskFull``, ``DatabaseReadOnly``); no partial file is left behind.
    """
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    with _room_said(db_path, target.parent), _left_clean(tmp, str(target)):
        _require_room(db_path, target.parent)
        _write_checked_copy(db_path, tmp)
        os.replace(tmp, target)
    fsync_dir(target.parent)
    return target


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup this module made in ``backup_dir``, newest first."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(backup_dir.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = BACKUP_NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        taken_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        info = BackupInfo(entry, taken_at, match[2], entry.stat().st_size)
        found.append((taken_at, int(match[3] or 0), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def restore_backup(
    backup: Path, db_path: Path, *, backup_dir: Path | None = None, now: datetime | None = None
) -> Path | None:
    """Copy ``backup`` into the live database ``db_path``; return where the old content went.

    The backup is verified first (``DatabaseCorrupt`` if it fails, nothing changed). The current
    database is then backed up with reason ``before-restore`` — or, when it is itself damaged,
    set aside by :func:`cxcareer.store.recovery.set_aside` — so a restore never loses anything.
    The copy goes *into* the live file through the backup API, so a ``-wal`` and other open
    connections are handled by SQLite. Returns ``None`` when there was no database yet.
    """
    from cxcareer.store.recovery import set_aside  # recovery builds on this module

    if integrity_problems(backup):
        raise DatabaseCorrupt(f"The backup {backup} is damaged; nothing changed.")
    folder = backup_dir if backup_dir is not None else backup_dir_for(db_path)
    saved: Path | None = None
    if db_path.exists():
        if integrity_problems(db_path, quick=True):
            saved = set_aside(db_path, _utc(now))
        else:
            saved = make_backup(db_path, folder, reason="before-restore", now=now)
    try:
        if not db_path.exists():
            _create_private(db_path)
        source = connect_read_only(backup)
        try:
            dest = sqlite3.connect(db_path, timeout=30.0)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        store_error = translate(exc, str(db_path))
        if store_error is None:
            raise
        raise store_error from exc
    return saved
