"""Running a command with one folder on a read-only medium, the honest read-only test.

Why a medium and not ``chmod``: the tests run as root, and root ignores file modes, so a
``chmod 0444`` database is still written. A bind mount remounted ``ro`` inside a private mount
namespace (``unshare -m``) refuses every write, root's included, and disappears with the
process; nothing outside the command sees it.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests.mount_namespace import with_own_mount

__all__ = ["on_read_only_medium"]


def on_read_only_medium(
    folder: Path, command: Sequence[str], *, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` while ``folder`` is mounted read-only (only for that command).

    Skips the calling test, saying why, when ``unshare`` or the mount is not possible here.
    """
    mount = f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder}"
    return with_own_mount(mount, command, what="read-only medium", env=env)
