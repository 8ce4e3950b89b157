"""Cost of a start when nothing changed since the newest backup (target: <= 50 ms).

Run ``python -m bench.bench_backup_due [PATH]``. PATH is a SQLite profile database to measure (a
copy is used, so it is left as it was; generate a company-size one once and reuse it); without
it, :func:`bench.bench_store.build` fills a temporary file (1,000 people with full history).
Opens it as every writing command and the app do (:func:`cxcareer.service.opening.open_for_use`:
the writer lock, the quick check when one is needed, the start-of-use backup decision), once to
take the first backup, then five more times with nothing changed in between, and prints the
median of those and of the decision alone (:func:`cxcareer.store.retention.backup_due`). Before
the change mark, both read every row of the database (seconds at company size).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cxcareer.service.opening import open_for_use
from cxcareer.store import backup, retention
from cxcareer.store.database import open_database, resolve_location

__all__ = ["main"]

TARGET_MS = 50.0
RUNS = 5


def _median_ms(call: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        call()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _fill(path: Path) -> None:
    from bench.bench_store import build

    database = open_database(resolve_location(str(path)))
    try:
        build(database)
    finally:
        database.close()


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        if args:
            shutil.copyfile(args[0], path)
        else:
            _fill(path)
        location = resolve_location(str(path))
        began = time.perf_counter()
        open_for_use(location).close()
        first = time.perf_counter() - began
        opened = _median_ms(lambda: open_for_use(location).close())
        folder = backup.backup_dir_for(path)
        decided = _median_ms(lambda: retention.backup_due(path, folder, datetime.now(UTC)))
        size_mb = path.stat().st_size / 1e6
    verdict = "ok" if opened <= TARGET_MS else "OVER TARGET"
    print(f"{size_mb:.0f} MB; first open with its backup {first:.2f} s")
    print(
        f"open unchanged: median {opened:.1f} ms, decision alone {decided:.1f} ms "
        f"(n={RUNS}, target <= {TARGET_MS:.0f} ms: {verdict})"
    )


if __name__ == "__main__":
    main()
