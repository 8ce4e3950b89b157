"""Running a command with one folder on a small file system of its own, the honest full-disk test.

Why a real file system: a full disk shows up as ``SQLITE_FULL`` from SQLite and ``ENOSPC``
from the OS in places no stand-in reaches (the WAL, the backup copy, a temp file). A ``tmpfs``
of a few megabytes mounted inside a private mount namespace (``unshare -m``) fills up for real
and disappears with the process; nothing outside the command sees it. Everything the command
wants to keep must be written outside ``folder``.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from tests.mount_namespace import with_own_mount

__all__ = ["on_small_disk"]


def on_small_disk(
    folder: Path, size: str, command: Sequence[str]
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` while ``folder`` is a fresh ``tmpfs`` of ``size`` (e.g. ``"2m"``).

    Skips the calling test, saying why, when ``unshare`` or the mount is not possible here.
    """
    mount = f"mount -t tmpfs -o size={size} tmpfs {folder}"
    return with_own_mount(mount, command, what="small disk")
