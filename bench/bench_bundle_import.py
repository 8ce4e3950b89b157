"""Speed of importing a 25 MB bundle (60,000 assessments), as a ratio to the floor.

Run ``python -m bench.bench_bundle_import``. A person with 60,000 one-skill assessments is written
in bulk (:mod:`bench.big_history`), exported through the real export (24.7 MB), then imported into
a fresh SQLite file through :func:`cxcareer.service.bundle_preview.apply_bundle` (read, check
the signature and the signer's rights, merge, one transaction), and imported again (nothing
new: the idempotent path).

The floor is what no import can avoid: parsing the same JSON and inserting the same rows with
the standard library's ``sqlite3`` ``executemany`` in one transaction. The import is judged by its
ratio to that floor (target: at most ``TARGET_RATIO``), so the figure means the same on a slow or
a fast machine. The target says "seconds, not a minute": the floor is about 0.7 s here, and the
import also checks every entry against the framework and matches ids against the database
(before the bulk merge it took over 60 s, about 80x).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.big_history import add_long_history
from cxcareer.service.bundle_export import export_person
from cxcareer.service.bundle_preview import apply_bundle
from cxcareer.store.bundle import read_bundle
from cxcareer.store.database import open_database, resolve_location

__all__ = ["main"]

ASSESSMENTS = 60_000
TARGET_RATIO = 10.0


def _floor(path: Path, db: Path) -> float:
    """Parse the bundle and insert its assessments and items with plain executemany."""
    began = time.perf_counter()
    bundle = json.loads(path.read_bytes())
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE a (id TEXT PRIMARY KEY, person TEXT, kind TEXT, at TEXT)")
        conn.execute("CREATE TABLE i (id INTEGER PRIMARY KEY, a TEXT, skill TEXT, level INT)")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO a VALUES (?, ?, ?, ?)",
            [(a["id"], "p", a["assessor"], a["assessed_at"]) for a in bundle["assessments"]],
        )
        conn.executemany(
            "INSERT INTO i (a, skill, level) VALUES (?, ?, ?)",
            [
                (a["id"], item["skill"], item["level"])
                for a in bundle["assessments"]
                for item in a["items"]
            ],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return time.perf_counter() - began


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = open_database(resolve_location(str(folder / "source.db")))
        person = add_long_history(source, ASSESSMENTS)
        path = export_person(
            source, person, folder / "big.cxbundle.json", signer=person, keys=folder / "sender"
        ).path
        source.close()
        size = path.stat().st_size / 1e6
        print(f"bundle: {ASSESSMENTS:,} assessments, {size:.1f} MB")

        floor = _floor(path, folder / "floor.db")
        target = open_database(resolve_location(str(folder / "target.db")))
        began = time.perf_counter()
        report = apply_bundle(target, read_bundle(path), keys=folder / "receiver")
        first = time.perf_counter() - began
        began = time.perf_counter()
        again = apply_bundle(target, read_bundle(path), keys=folder / "receiver")
        second = time.perf_counter() - began
        target.close()
        assert report.added["assessments"] == ASSESSMENTS
        assert not again.changed

        ratio = first / floor
        verdict = "ok" if ratio <= TARGET_RATIO else "MISSED"
        print(f"  floor (json.loads + sqlite3 executemany)  {floor:7.2f} s")
        print(f"  cxcareer import (read, check, merge)      {first:7.2f} s  {ratio:4.2f}x floor")
        again_ratio = second / floor
        print(f"  cxcareer import again (nothing new)       {second:7.2f} s  {again_ratio:4.2f}x")
        print(f"  target: at most {TARGET_RATIO:.0f}x the floor: {verdict}")


if __name__ == "__main__":
    main()
