"""The backup schedule: when a backup is due, and which backups to keep.

**Which to keep** (:func:`backups_to_keep`, pure, so it is tested with fixed clocks): always the
newest backup; every backup of the last 24 hours; the newest backup of each of the last
``daily`` *days that have backups*, the last ``weekly`` ISO weeks that have backups and the last
``monthly`` months that have backups (UTC calendar). Counting days *with* backups rather than
calendar days (the restic/borg rule) means a gap — holidays, a laptop left in a drawer — does not
wipe history: after three idle months the old dailies are still there. Backups stamped *after*
``now`` (the clock went backwards, or a laptop came back from another time zone setting) are all
kept: their age cannot be judged, and deleting the newest data is the one mistake to avoid.

**When one is due** (:func:`backup_due`): at start when the data changed since the last backup
(call with ``interval=timedelta(0)``), then every ``interval`` while the data keeps changing.

"Changed" is decided in O(1), without reading a data row, by the database's change mark
(:mod:`cxcareer.store.change_mark`: random bytes that triggers replace on every write). After each
backup a small state file records the mark *of the backup copy*; the live mark equal to it means
no row changed since. Without the state file the newest backup's own mark is read (one row too).

A file without a mark (opened only read-only since before this build, or not readable) falls back
to the old evidence, which holds up in WAL mode too:

1. the state file's ``(mtime_ns, size, inode)`` of the database and its ``-wal`` *taken before
   the copy*: unchanged (and settled for two seconds, against coarse file-system clocks) means
   nothing was written;
2. otherwise a sha256 of the schema, ``user_version`` and every row of every table
   (:func:`content_fingerprint`) of the live file and of the backup are compared. It reads the
   whole database, which is what the mark exists to avoid.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Hashable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cxcareer.store.backup import connect_read_only, list_backups
from cxcareer.store.change_mark import read_mark

__all__ = [
    "STATE_FILE",
    "backup_due",
    "backups_to_keep",
    "content_fingerprint",
    "prune_backups",
    "record_backup_state",
    "stat_signature",
]

STATE_FILE = ".cxcareer-backup-state.json"
_SETTLE_NS = 2_000_000_000


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def backups_to_keep(
    timestamps: Iterable[datetime],
    now: datetime,
    daily: int = 12,
    weekly: int = 10,
    monthly: int = 9,
) -> set[datetime]:
    """The subset of ``timestamps`` to keep (the same objects that were passed in)."""
    now = _utc(now)
    by_moment: dict[datetime, list[datetime]] = {}
    for original in timestamps:
        by_moment.setdefault(_utc(original), []).append(original)
    if not by_moment:
        return set()
    moments = sorted(by_moment, reverse=True)
    keep = {moments[0]}
    keep.update(m for m in moments if m > now or now - m < timedelta(hours=24))
    past = [m for m in moments if m <= now]

    def newest_per(key: Callable[[datetime], Hashable], count: int) -> None:
        seen: set[Hashable] = set()
        for moment in past:  # newest first, so the first of each bucket is its newest
            bucket = key(moment)
            if bucket in seen:
                continue
            if len(seen) == count:
                return
            seen.add(bucket)
            keep.add(moment)

    newest_per(lambda m: m.date(), daily)
    newest_per(lambda m: m.isocalendar()[:2], weekly)
    newest_per(lambda m: (m.year, m.month), monthly)
    return {original for moment in keep for original in by_moment[moment]}


def prune_backups(backup_dir: Path, now: datetime) -> list[Path]:
    """Delete the backups :func:`backups_to_keep` lets go; return what was deleted.

    Only files named like the backups this app makes are considered, and the newest one is never
    deleted whatever the clock says.
    """
    backups = list_backups(backup_dir)
    if not backups:
        return []
    keep = backups_to_keep([info.taken_at for info in backups], now)
    deleted: list[Path] = []
    for info in backups[1:]:
        if info.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                deleted.append(info.path)
    return deleted


def stat_signature(db_path: Path) -> dict[str, Any]:
    """Cheap evidence of writes: stats of the database and its ``-wal``, and if they settled."""
    files: list[list[int] | None] = []
    newest = 0
    for path in (db_path, Path(f"{db_path}-wal")):
        try:
            st = path.stat()
        except FileNotFoundError:
            files.append(None)
            continue
        files.append([st.st_mtime_ns, st.st_size, st.st_ino])
        newest = max(newest, st.st_mtime_ns)
    return {"files": files, "settled": time.time_ns() - newest > _SETTLE_NS}


def content_fingerprint(db_path: Path) -> str:
    """sha256 of the logical content: schema, ``user_version`` and every row of every table."""
    digest = hashlib.sha256()
    conn = connect_read_only(db_path)
    try:
        digest.update(repr(conn.execute("PRAGMA user_version").fetchone()).encode())
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        for kind, name, table, sql in schema:
            digest.update(repr((kind, name, table, sql)).encode())
            if kind != "table":
                continue
            quoted = '"' + str(name).replace('"', '""') + '"'
            for row in conn.execute(f"SELECT * FROM {quoted}"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


def _read_state(backup_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((backup_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_state(backup_dir: Path, state: dict[str, Any]) -> None:
    """Atomically replace the state file; failing to write it only costs a fingerprint later."""
    tmp = backup_dir / f"{STATE_FILE}.{os.getpid()}.tmp"
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(state, out)
        os.replace(tmp, backup_dir / STATE_FILE)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


def record_backup_state(backup_dir: Path, backup: Path, before: dict[str, Any]) -> None:
    """Called by ``make_backup``: ``before`` is the :func:`stat_signature` taken before copying.

    Records the backup copy's change mark (O(1)); only a copy without one is fingerprinted.
    """
    mark = read_mark(backup)
    state: dict[str, Any] = {"backup": backup.name, "stat": before}
    if mark is not None:
        state["mark"] = mark
    else:
        state["fingerprint"] = content_fingerprint(backup)
    _write_state(backup_dir, state)


def backup_due(
    db_path: Path,
    backup_dir: Path,
    now: datetime,
    *,
    interval: timedelta = timedelta(minutes=30),
) -> bool:
    """Whether ``db_path`` changed since its newest backup and that backup is ``interval`` old.

    Use ``interval=timedelta(0)`` at start. A missing database is never due; one without any
    backup always is. If the newest backup is stamped in the future (clock went back) and the data
    changed, a backup is due: the elapsed time cannot be trusted.
    """
    if not db_path.is_file():
        return False
    backups = list_backups(backup_dir)
    if not backups:
        return True
    newest = backups[0]
    state = _read_state(backup_dir)
    if state is not None and state.get("backup") != newest.path.name:
        state = None
    live_mark = read_mark(db_path)
    if live_mark is not None:
        recorded = state.get("mark") if state is not None else None
        if recorded is None:
            recorded = read_mark(newest.path)
        changed = live_mark != recorded
    else:
        changed = _changed_by_content(db_path, newest.path, state)
    if not changed:
        return False
    elapsed = _utc(now) - newest.taken_at
    return elapsed < timedelta(0) or elapsed >= interval


def _changed_by_content(db_path: Path, newest: Path, state: dict[str, Any] | None) -> bool:
    """The fallback for a database without a change mark: file stats, then fingerprints."""
    signature = stat_signature(db_path)
    if state is not None:
        recorded = state.get("stat")
        if (
            isinstance(recorded, dict)
            and recorded.get("settled")
            and recorded.get("files") == signature["files"]
        ):
            return False
    expected = state.get("fingerprint") if state is not None else None
    if expected is None:
        expected = content_fingerprint(newest)
    if content_fingerprint(db_path) == expected:
        # Unchanged after all (a checkpoint, say): remember the new stats to stay cheap.
        remembered = {"backup": newest.name, "stat": signature, "fingerprint": expected}
        _write_state(newest.parent, remembered)
        return False
    return True
