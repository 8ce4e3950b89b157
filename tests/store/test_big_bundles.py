"""Big bundles: what export writes re-imports, quickly, with progress; two imports at once agree.

The 60,000-assessment person (the size that was refused by its own limit, 24.7 MB) is written
with bulk inserts by :mod:`bench.big_history`, exported through the real export and imported
into a second database through the service, as the CLI and the app do.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from bench.big_history import add_long_history
from cxcareer.service.bundle_export import export_person
from cxcareer.service.bundle_preview import apply_bundle
from cxcareer.service.bundle_signing import sign_bundle, signing_key
from cxcareer.store.bundle import MAX_BUNDLE_BYTES, read_bundle
from cxcareer.store.database import Database, Location, open_database, resolve_location
from cxcareer.store.orm import Assessment, AssessmentItem, Evidence, Person

ROOT = Path(__file__).resolve().parents[2]


def _exported(tmp_path: Path, assessments: int, evidence: int = 0) -> Path:
    source = open_database(resolve_location(str(tmp_path / "source.db")))
    try:
        person = add_long_history(source, assessments, evidence=evidence)
        return export_person(source, person, tmp_path / "big.cxbundle.json", signer=person).path
    finally:
        source.close()


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Assessment, AssessmentItem, Evidence)
        }


def test_a_60k_assessment_export_reimports_in_seconds(tmp_path: Path) -> None:
    path = _exported(tmp_path, 60_000)
    assert 20 * 1024 * 1024 < path.stat().st_size <= MAX_BUNDLE_BYTES
    target = open_database(resolve_location(str(tmp_path / "target.db")))
    try:
        began = time.perf_counter()
        report = apply_bundle(target, read_bundle(path))
        seconds = time.perf_counter() - began
        assert report.added["assessments"] == 60_000
        assert _counts(target) == {
            "people": 1,
            "assessments": 60_000,
            "assessment_items": 60_000,
            "evidence": 0,
        }
        assert seconds < 30, f"the merge took {seconds:.1f} s"
        assert not apply_bundle(target, read_bundle(path)).changed
    finally:
        target.close()


def test_progress_is_reported_in_order_and_ends_at_the_total(tmp_path: Path) -> None:
    path = _exported(tmp_path, 2_300, evidence=700)
    target = open_database(resolve_location(str(tmp_path / "target.db")))
    calls: list[tuple[int, int]] = []
    try:
        apply_bundle(target, read_bundle(path), lambda done, total: calls.append((done, total)))
        assert {total for _, total in calls} == {3_000}
        done = [d for d, _ in calls]
        assert done == sorted(done)
        assert len(set(done)) == len(done)
        assert len(calls) >= 5  # it moves while the work is done, not only at the end
        assert calls[-1] == (3_000, 3_000)
        # Nothing new the second time: progress still runs to the end.
        calls.clear()
        apply_bundle(target, read_bundle(path), lambda done, total: calls.append((done, total)))
        assert calls[-1] == (3_000, 3_000)
    finally:
        target.close()


#: One import in its own process, started when the file ``go`` appears (both start together).
IMPORTER = (
    "import sys, time, pathlib\n"
    "from cxcareer.cli import main\n"
    "go = pathlib.Path(sys.argv[1])\n"
    "while not go.exists():\n"
    "    time.sleep(0.005)\n"
    "sys.exit(main(['import', sys.argv[2], '--db', sys.argv[3], '--lang', 'en']))\n"
)


def test_two_imports_at_once_end_as_one(location: Location, tmp_path: Path) -> None:
    path = _exported(tmp_path, 3_000)
    target = location.url if location.path is None else str(location.path)
    open_database(location).close()  # created and migrated before the race
    go = tmp_path / "go"
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(go), str(path), target],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(1.5)  # both imported cxcareer and wait for the signal
    go.touch()
    outcomes = [racer.communicate(timeout=300) for racer in racers]
    codes = [racer.returncode for racer in racers]
    for (_out, err), code in zip(outcomes, codes, strict=True):
        assert "Traceback" not in err
        assert "duplicate" not in err.lower(), err
        assert "unique" not in err.lower(), err
        if code != 0:  # SQLite: the second finds the first holding the writer lock
            assert location.path is not None
            assert err.startswith(f"cxcareer: {location.path} is open for writing in process")
    assert 0 in codes
    db = open_database(location)
    try:
        assert _counts(db) == {
            "people": 1,
            "assessments": 3_000,
            "assessment_items": 3_000,
            "evidence": 0,
        }
        assert not apply_bundle(db, read_bundle(path)).changed
    finally:
        db.close()


def test_a_status_moves_forward_in_bulk_and_never_back(tmp_path: Path) -> None:
    path = _exported(tmp_path, 1_200)
    target = open_database(resolve_location(str(tmp_path / "target.db")))
    try:
        drafts = read_bundle(path)
        for entry in drafts["assessments"][::2]:
            entry["status"] = "draft"
        drafts = sign_bundle(drafts, drafts["person"]["id"], "Ana Souza", signing_key())
        apply_bundle(target, drafts)
        report = apply_bundle(target, read_bundle(path))
        assert report.updated["assessments"] == 600
        assert report.added["assessments"] == 0
        assert apply_bundle(target, drafts).updated["assessments"] == 0
        with target.session() as s:
            statuses = s.scalars(select(Assessment.status).distinct()).all()
        assert statuses == ["final"]
    finally:
        target.close()
