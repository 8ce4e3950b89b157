"""The single-writer lock, held by a real other process and released by a real SIGKILL."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cxcareer.store.errors import DatabaseInUse
from cxcareer.store.lock import WriterLock, lock_path_for, read_holder

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from pathlib import Path
from cxcareer.store.lock import WriterLock
lock = WriterLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
sys.stdin.readline()  # hold until told (or killed)
lock.release()
print("released", flush=True)
"""


@contextmanager
def holder_process(db: Path) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()


def test_a_second_process_is_refused_and_told_who_holds_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    with holder_process(db) as proc:
        with pytest.raises(DatabaseInUse) as caught:
            WriterLock(db).acquire()
        error = caught.value
        assert error.pid == proc.pid
        assert error.host == socket.gethostname()
        assert error.location == str(db)
        assert f"process {proc.pid}" in str(error)
        assert "read-only" in str(error)
        assert read_holder(db)["started"]
        assert lock_path_for(db).stat().st_mode & 0o777 == 0o600


def test_the_lock_is_released_when_the_holder_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    with holder_process(db) as proc:
        with pytest.raises(DatabaseInUse):
            WriterLock(db).acquire()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        with WriterLock(db) as lock:  # taken over at once: no stale lock
            assert lock.held
            assert read_holder(db)["pid"] == os.getpid()


def test_the_lock_is_released_when_the_holder_lets_go(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    with holder_process(db) as proc:
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "released"
        lock = WriterLock(db).acquire()
        lock.release()


def test_context_manager_release_and_reacquire_in_one_process(tmp_path: Path) -> None:
    db = tmp_path / "profiles.db"
    lock = WriterLock(db)
    with lock:
        assert lock.held
        assert lock.acquire() is lock  # idempotent for the holder
        with pytest.raises(DatabaseInUse):  # another open of the file is another holder
            WriterLock(db).acquire()
    assert not lock.held
    assert read_holder(db) == {}  # details cleared; the file itself stays
    assert lock_path_for(db).exists()
    lock.release()  # harmless when not held
    with WriterLock(db):
        pass
