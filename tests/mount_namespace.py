"""Running one command with a mount of its own (``unshare -m``), seen by nothing else.

Why: the honest tests of a read-only medium and of a full disk need a real mount (root ignores
file modes; only a real file system fills up), and a private mount namespace gives one that
disappears with the command. :mod:`tests.read_only_medium` and :mod:`tests.small_disk` say
which mount.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence

import pytest

__all__ = ["with_own_mount"]


def with_own_mount(
    mount: str, command: Sequence[str], *, what: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` after the shell line ``mount``, inside a private mount namespace.

    Skips the calling test, naming ``what`` could not be made, when ``unshare`` or the mount is
    not possible here.
    """
    if shutil.which("unshare") is None:
        pytest.skip(f"unshare(1) is not installed, so no {what} can be made")
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh", *command],
        capture_output=True,
        text=True,
        env=dict(os.environ if env is None else env),
        timeout=300,
        check=False,
    )
    if done.returncode != 0 and "mount" in done.stderr and not done.stdout:
        pytest.skip(f"cannot mount a {what} here: {done.stderr.strip()}")
    return done
