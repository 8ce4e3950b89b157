"""A real writer process is killed with SIGKILL at random moments; nothing confirmed is lost.

The writer uses the store's SQLite settings (WAL, ``synchronous=FULL``, a busy timeout and
``BEGIN IMMEDIATE``, as in :func:`cxcareer.store.database.sqlite_engine`) with the plain sqlite3
driver: a process running ``open_database`` takes about a second to start (Alembic, SQLAlchemy),
which would make 50+ kills far too slow for the suite. What is under test is SQLite's durability
with those settings, and that is the same either way.

Each transaction writes a batch of three rows, and the writer prints the batch number only after
``COMMIT`` returned: a printed number is a save the app would have confirmed to the person.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cxcareer.store.recovery import quick_check

SEED = 20261122
TRIALS = 60
ROWS_PER_BATCH = 3
WRITER = f"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=FULL")
conn.execute("PRAGMA busy_timeout=10000")
conn.execute(
    "CREATE TABLE IF NOT EXISTS item (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, body TEXT)"
)
n = (conn.execute("SELECT max(batch) FROM item").fetchone()[0] or 0) + 1
while True:
    conn.execute("BEGIN IMMEDIATE")
    for part in range({ROWS_PER_BATCH}):
        conn.execute("INSERT INTO item (batch, body) VALUES (?, ?)", (n, "x" * (200 + 97 * part)))
    conn.execute("COMMIT")
    print(n, flush=True)
    n += 1
"""


def confirmed_numbers(output: bytes) -> set[int]:
    """Batch numbers from complete lines only (a line cut by the kill is not a confirmation)."""
    lines = output.split(b"\n")
    return {int(line) for line in lines[:-1] if line.strip()}


def kill_one_writer(db: Path, rng: random.Random) -> tuple[set[int], bool]:
    """Start a writer, SIGKILL it at a random moment; return what it confirmed, and if mid-write."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    output = b""
    mid_write = rng.random() > 0.1  # now and then, kill it while it is still starting
    try:
        if mid_write:
            ready, _, _ = select.select([proc.stdout], [], [], 15)
            assert ready, "the writer never committed anything"
            output = os.read(proc.stdout.fileno(), 65536)
            time.sleep(rng.uniform(0, 0.03))
        else:
            time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        rest, errors = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, errors.decode()
    return confirmed_numbers(output + rest), mid_write


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_confirmed_write(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(SEED)
    confirmed: set[int] = set()
    mid_write_kills = 0
    started = time.monotonic()
    for _ in range(TRIALS):
        numbers, mid_write = kill_one_writer(db, rng)
        confirmed |= numbers
        mid_write_kills += mid_write
    elapsed = time.monotonic() - started

    assert mid_write_kills >= 50
    assert elapsed < 30, f"{TRIALS} kills took {elapsed:.1f}s"
    assert quick_check(db) == []
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sizes = dict(conn.execute("SELECT batch, count(*) FROM item GROUP BY batch").fetchall())
    finally:
        conn.close()
    assert confirmed, "no writer got as far as a commit"
    missing = confirmed - set(sizes)
    assert not missing, f"confirmed batches lost: {sorted(missing)[:10]}"
    half = {batch: n for batch, n in sizes.items() if n != ROWS_PER_BATCH}
    assert not half, f"half-written batches: {half}"
