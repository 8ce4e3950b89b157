"""Start-of-use and before-change backups, shared by the CLI and the desktop app.

Why one function: both front ends must back up the same way — when the data changed since the
newest backup and that backup is half an hour old, and *always* (when anything changed) before
an import, a restore or a deletion, so a bad step can be undone — and then thin old backups.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cxcareer.store.database import Location

__all__ = ["EVERYDAY_INTERVAL", "backup_now"]

#: How old the newest backup may get while data keeps changing.
EVERYDAY_INTERVAL = timedelta(minutes=30)


def backup_now(
    location: Location,
    reason: str,
    *,
    only_if_changed: bool = True,
    now: datetime | None = None,
) -> Path | None:
    """Back a SQLite database up and prune old backups; the new backup's path, or None.

    ``before-*`` reasons back up whenever the data changed at all; other reasons only when it
    changed and the newest backup is :data:`EVERYDAY_INTERVAL` old. PostgreSQL databases are
    backed up by their server's tools, so nothing happens for them.
    """
    from cxcareer.store import backup, retention

    path = location.path
    if path is None or not path.is_file():
        return None
    folder = backup.backup_dir_for(path)
    now = now or datetime.now(UTC)
    interval = timedelta(0) if reason.startswith("before") else EVERYDAY_INTERVAL
    if only_if_changed and not retention.backup_due(path, folder, now, interval=interval):
        return None
    made = backup.make_backup(path, folder, reason=reason, now=now)
    retention.prune_backups(folder, now)
    return made
