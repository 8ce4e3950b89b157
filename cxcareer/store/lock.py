"""One writer per SQLite database, across processes.

Why: SQLite itself copes with two writers (one waits), but two cxcareer windows editing the same
profiles would silently overwrite each other's plans. So the process that writes holds an
exclusive ``fcntl.flock`` on ``<db>.lock``; a second one is told who holds it
(:class:`DatabaseInUse`) and can open the database read-only instead.

``flock`` locks belong to the open file, and the kernel drops them when the holder exits *or is
killed* — a SIGKILLed app never leaves a stale lock behind, unlike pid files. The pid, host and
start time written into the file are only for the message; the lock itself is the truth. The lock
file is created ``0600`` and never deleted (deleting a lock file races with a process that just
opened it); on release its content is cleared. Not for network file systems, where flock may be
advisory-only or local; cxcareer keeps its data on a local disk.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from cxcareer.store.errors import DatabaseInUse, StoreError
from cxcareer.store.sqlite_errors import translate

__all__ = ["WriterLock", "lock_path_for", "read_holder"]


def lock_path_for(db_path: Path) -> Path:
    """``<db>.lock`` next to the database."""
    return db_path.with_name(db_path.name + ".lock")


def read_holder(db_path: Path) -> dict[str, Any]:
    """What the current (or last) holder wrote: ``pid``, ``host``, ``started``; {} if unknown."""
    try:
        data = json.loads(lock_path_for(db_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class WriterLock:
    """Exclusive, process-wide write lock of one database; usable as a context manager."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object currently holds the lock."""
        return self._fd is not None

    def acquire(self) -> WriterLock:
        """Take the lock without waiting, or raise :class:`DatabaseInUse` naming the holder."""
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise self._translate(exc) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            holder = read_holder(self.db_path)
            pid = holder.get("pid")
            host = holder.get("host")
            raise DatabaseInUse(
                str(self.db_path),
                pid if isinstance(pid, int) else None,
                host if isinstance(host, str) else None,
            ) from None
        except OSError as exc:
            os.close(fd)
            raise self._translate(exc) from exc
        self._fd = fd
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):  # the message is a courtesy; the lock is held
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(info).encode(), 0)
        return self

    def release(self) -> None:
        """Clear the holder details and let go; harmless when not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _translate(self, exc: OSError) -> BaseException:
        error: StoreError | None = translate(exc, str(self.db_path))
        return error if error is not None else exc

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
