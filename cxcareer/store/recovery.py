"""Finding a damaged database, putting it aside, and getting back to the newest good backup.

Why: when a profile database is damaged (a failing disk, a copy of an open file, a sync tool that
dropped the ``-wal``), the worst reactions are to keep writing into it or to delete it. cxcareer
checks it (read-only, so checking changes nothing), moves the damaged file *and its -wal/-shm*
aside under one new name — they belong together: the ``-wal`` may hold the newest committed data
that a specialist tool can still salvage — and starts again from the newest backup that passes a
full ``integrity_check``. Nothing is ever deleted here.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from cxcareer.store.backup import (
    connect_read_only,
    fsync_dir,
    integrity_problems,
    list_backups,
)
from cxcareer.store.errors import DatabaseCorrupt

__all__ = [
    "SIDE_FILES",
    "needs_quick_check",
    "newest_good_backup",
    "quick_check",
    "recover_from_backup",
    "set_aside",
]

#: The files SQLite keeps next to a database; they move with it.
SIDE_FILES = ("-wal", "-shm", "-journal")


def quick_check(db_path: Path) -> list[str]:
    """``PRAGMA quick_check`` problems of ``db_path``; empty when it is fine.

    The database is opened with ``mode=ro``: the main file is never written by a check (SQLite
    may create an empty ``-wal``/``-shm`` next to a WAL database to read it). A file that is not a
    database, or is missing, is reported as a problem rather than raised.
    """
    return integrity_problems(db_path, quick=True)


def _damaged_name(db_path: Path, now: datetime) -> Path:
    moment = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)
    stem = f"{db_path.name}.damaged-{moment.strftime('%Y%m%dT%H%M%SZ')}"
    candidate = db_path.with_name(stem)
    seq = 1
    while any(Path(f"{candidate}{side}").exists() for side in ("", *SIDE_FILES)):
        seq += 1
        candidate = db_path.with_name(f"{stem}~{seq}")
    return candidate


def set_aside(db_path: Path, now: datetime) -> Path:
    """Rename ``db_path`` (and its -wal/-shm/-journal) to ``<name>.damaged-<UTC time>``.

    The side files keep their suffix (``<name>.damaged-...-wal``) so SQLite still pairs them
    if someone opens the set-aside copy. Returns the new path of the main file. Renames only:
    every byte is preserved.
    """
    target = _damaged_name(db_path, now)
    for side in SIDE_FILES:
        source = Path(f"{db_path}{side}")
        if source.exists():
            os.rename(source, Path(f"{target}{side}"))
    os.rename(db_path, target)
    fsync_dir(db_path.parent)
    return target


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup in ``backup_dir`` that passes a full ``integrity_check``, if any."""
    for info in list_backups(backup_dir):
        if not integrity_problems(info.path):
            return info.path
    return None


def recover_from_backup(db_path: Path, backup_dir: Path, now: datetime) -> DatabaseCorrupt:
    """Set a damaged ``db_path`` aside and replace it with the newest good backup.

    Returns (does not raise) the :class:`DatabaseCorrupt` to show the person: it says where the
    damaged file went and which backup, if any, the data now comes from. With no good backup the
    database is simply absent afterwards, and the app starts with an empty one.
    """
    aside = set_aside(db_path, now)
    good = newest_good_backup(backup_dir)
    if good is None:
        return DatabaseCorrupt(
            f"{db_path} was damaged and there is no usable backup. The damaged file was kept as "
            f"{aside}; cxcareer starts with an empty database.",
            set_aside=aside,
        )
    os.close(os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600))
    source = connect_read_only(good)
    try:
        dest = sqlite3.connect(db_path, timeout=30.0)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    fsync_dir(db_path.parent)
    return DatabaseCorrupt(
        f"{db_path} was damaged. The damaged file was kept as {aside}, and your data was "
        f"restored from the backup {good.name}; changes made after that backup are not in it.",
        set_aside=aside,
    )


def needs_quick_check(path: Path) -> bool:
    """Whether a writable open of the existing file ``path`` should quick-check it first.

    Why not always: the check reads every page (most of a second at company size), and a file
    cxcareer closed cleanly needs none — closing checkpoints and removes the ``-wal``, and SQLite
    itself refuses a damaged page when it meets one. It protects two cases, both cheap to see:

    * the last writer ended without closing (a crash, a power cut, a killed process): its
      ``-wal`` stays behind with frames in it (we hold the writer lock, so no other writer is
      adding to it; a reader leaves an empty one);
    * the file was not last written in cxcareer's WAL mode (header byte 18 is not 2): a copied
      or restored backup, or another tool's work, checked before the first open switches it.

    Backups are checked in full before they are kept, and ``db check`` checks on demand.
    """
    try:
        if Path(f"{path}-wal").stat().st_size > 0:
            return True
    except OSError:
        pass
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return True
    return len(header) < 20 or header[18] != 2
