"""Bundles on both backends: round trip, idempotent merge, newest edit wins, privacy, bad input."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cxcareer.store.bundle import (
    MAX_BUNDLE_BYTES,
    export_bundle,
    parse_bundle,
    read_bundle,
    write_bundle,
)
from cxcareer.store.bundle_merge import import_bundle
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.orm import Assessment, Person
from cxcareer.store.records import ActionStatus, AssessmentItemRecord, Assessor, Basis
from cxcareer.store.services import actions, assessments, meetings, people


def _fill(db: Database, *, meeting: bool = True) -> str:
    """Ana's history; with ``meeting``, a one-to-one only her manager's bundle may carry."""
    with db.session() as s:
        person = people.create_person(
            s, "Ana Souza", current_role="support-representative", targets=["support-specialist"]
        )
        assessments.add_assessment(
            s,
            person.id,
            Assessor.SELF,
            "Ana",
            [AssessmentItemRecord("communication", 4, '=HYPERLINK("x")')],
        )
        action = actions.add_action(s, person.id, "Shadow a lead", "Ana", skill="communication")
        actions.set_action_status(s, action.id, ActionStatus.DONE)
        if meeting:
            meetings.record_meeting(
                s,
                person.id,
                date(2026, 11, 20),
                "Bruno",
                shared_notes="growth",
                private_notes="psst",
            )
    return person.id


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    """A second, independent SQLite database: the other laptop."""
    database = open_database(resolve_location(str(tmp_path / "other" / "b.db")))
    yield database
    database.close()


def test_round_trip_and_idempotent(db: Database, other: Database, tmp_path: Path) -> None:
    pid = _fill(db, meeting=False)
    with db.session() as s:
        bundle = export_bundle(s, pid)
    path = write_bundle(tmp_path / "ana.json", bundle)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with other.session() as s:
        first = import_bundle(s, read_bundle(path), signer=pid)
    assert first.added["person"] == 1
    assert first.added["assessments"] == 1
    assert first.added["actions"] == 1
    with other.session() as s:
        second = import_bundle(s, read_bundle(path), signer=pid)
        again = export_bundle(s, pid)
    assert not second.changed
    for kind in ("person", "assessments", "actions"):
        assert again[kind] == bundle[kind]
    assert [h["new_status"] for h in again["actions"][0]["history"]] == ["open", "done"]


def test_both_sides_merge_into_whole_history(db: Database, other: Database) -> None:
    pid = _fill(db, meeting=False)
    with db.session() as s:
        out = export_bundle(s, pid)
    with other.session() as s:
        import_bundle(s, parse_bundle(json.dumps(out).encode()), signer=pid)
        bruno = people.create_person(s, "Bruno Lima").id
        people.set_manager(s, pid, bruno)
        assessments.add_assessment(
            s, pid, Assessor.MANAGER, "Bruno", [AssessmentItemRecord("communication", 2)]
        )
        back = export_bundle(s, pid)
    with db.session() as s:
        report = import_bundle(s, parse_bundle(json.dumps(back).encode()), signer=bruno)
        levels = assessments.current_levels(s, pid, Basis.MIN)
        total = s.scalar(select(func.count()).select_from(Assessment))
    assert report.added["assessments"] == 1
    assert total == 2
    assert levels["communication"].level == 2


def test_newest_profile_edit_wins(db: Database, other: Database) -> None:
    pid = _fill(db, meeting=False)
    with db.session() as s:
        out = export_bundle(s, pid)
    with other.session() as s:
        import_bundle(s, out, signer=pid)
    newer = dict(out["person"], name="Ana S. Lima")
    newer["updated_at"] = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    older = dict(out["person"], name="Old Name")
    older["updated_at"] = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    with other.session() as s:
        assert import_bundle(s, dict(out, person=newer), signer=pid).updated["person"] == 1
        assert not import_bundle(s, dict(out, person=older), signer=pid).changed
        assert people.find_person(s, pid).name == "Ana S. Lima"


def test_private_notes_only_when_asked(db: Database) -> None:
    pid = _fill(db)
    with db.session() as s:
        plain = export_bundle(s, pid)
        private = export_bundle(s, pid, include_private=True)
    assert "psst" not in json.dumps(plain)
    assert "private_notes" not in plain["meetings"][0]
    assert private["meetings"][0]["private_notes"] == "psst"


def _bad_cases(good: dict[str, Any]) -> list[tuple[bytes, str]]:
    missing = json.loads(json.dumps(good))
    del missing["person"]["name"]
    missing["assessments"][0]["extra"] = 1
    wrong = json.loads(json.dumps(good))
    wrong["assessments"][0]["items"][0]["level"] = "4"
    wrong["exported_at"] = "yesterday"
    skill = json.loads(json.dumps(good))
    skill["assessments"][0]["items"][0]["skill"] = "telepathy"
    return [
        (b"{not json", "not valid JSON"),
        (json.dumps(dict(good, format="cxcareer/bundle@9")).encode(), "format"),
        (json.dumps(missing).encode(), "person.name: missing"),
        (json.dumps(wrong).encode(), "assessments[0].items[0].level: expected a whole number"),
        (json.dumps(skill).encode(), "unknown skill 'telepathy'"),
        (b" " * (MAX_BUNDLE_BYTES + 1), "larger than 64 MB"),
    ]


def test_invalid_bundles_change_nothing(db: Database, other: Database, tmp_path: Path) -> None:
    pid = _fill(db, meeting=False)
    with db.session() as s:
        good = export_bundle(s, pid)
    for data, expected in _bad_cases(good):
        path = tmp_path / "bad.json"
        path.write_bytes(data)
        with pytest.raises(BundleInvalid) as caught, other.session() as s:
            import_bundle(s, read_bundle(path), signer=pid)
        assert any(expected in problem for problem in caught.value.problems), caught.value
        with other.session() as s:
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    wrong_types = json.loads(json.dumps(good))
    wrong_types["assessments"][0]["items"][0]["level"] = "4"
    wrong_types["exported_at"] = "yesterday"
    with pytest.raises(BundleInvalid) as caught:
        parse_bundle(json.dumps(wrong_types).encode())
    assert len(caught.value.problems) == 2  # every problem at once
