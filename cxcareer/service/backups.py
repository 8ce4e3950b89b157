"""Start-of-use and before-change backups, shared by the CLI and the desktop app.

Why one function: both front ends must back up the same way — when the data changed since the
newest backup and that backup is half an hour old, and *always* (when anything changed) before
an import, a restore or a deletion, so a bad step can be undone — and then thin old backups.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cxcareer.store.database import Location
from cxcareer.store.errors import NoRoomForBackup

__all__ = ["EVERYDAY_INTERVAL", "backup_now"]

log = logging.getLogger(__name__)

#: How old the newest backup may get while data keeps changing.
EVERYDAY_INTERVAL = timedelta(minutes=30)


def backup_now(
    location: Location,
    reason: str,
    *,
    only_if_changed: bool = True,
    now: datetime | None = None,
    put_off: Callable[[NoRoomForBackup], None] | None = None,
) -> Path | None:
    """Back a SQLite database up and prune old backups; the new backup's path, or None.

    ``before-*`` reasons back up whenever the data changed at all; other reasons only when it
    changed and the newest backup is :data:`EVERYDAY_INTERVAL` old. PostgreSQL databases are
    backed up by their server's tools, so nothing happens for them.

    Why a routine backup that does not fit is put off (None, logged) rather than refused: it
    copies the whole database, while the change that follows needs a few pages; refusing it
    kept every write refused after space was freed on a full disk. It is still due, so it is
    taken the first time there is room; ``put_off`` is told, to say so. A backup before an
    import, a restore or a removal (``before-*``, or not ``only_if_changed``) is what makes that
    step undoable, so it is never put off: ``NoRoomForBackup`` says how much room to free.
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
    try:
        made = backup.make_backup(path, folder, reason=reason, now=now)
    except NoRoomForBackup as no_room:
        if reason.startswith("before") or not only_if_changed:
            raise
        log.info("routine backup put off: %s", no_room)
        if put_off is not None:
            put_off(no_room)
        return None
    retention.prune_backups(folder, now)
    return made
