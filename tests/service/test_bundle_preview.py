"""The import preview: exact counts of the real merge, and a database left as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cxcareer.service.bundle_preview import (
    apply_bundle,
    bundle_file_name,
    export_person,
    preview_bundle,
    preview_file,
)
from cxcareer.service.career import CareerApp
from cxcareer.store.bundle import export_bundle
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.records import ActionStatus, Assessor
from cxcareer.store.services import actions, meetings


def _dump(database: Database) -> list[str]:
    """Every row of every table, as SQL text: the content to compare before and after."""
    path = database.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[CareerApp, CareerApp, str]]:
    """An employee's and a manager's database, each with its own history of the same person."""
    employee = CareerApp(open_database(resolve_location(str(tmp_path / "employee.db"))), user="Ana")
    manager = CareerApp(open_database(resolve_location(str(tmp_path / "manager.db"))), user="Bruno")
    ana = employee.create_person(
        "Ana Souza", current_role="support-representative", targets=["support-specialist"]
    ).value
    employee.rate(ana.id, {"communication": 3, "empathy-patience": 2}, assessor=Assessor.SELF)
    with employee.database.session() as session:
        action = actions.add_action(session, ana.id, "Shadow a lead", "Ana", skill="communication")
        actions.set_action_status(session, action.id, ActionStatus.DONE)
    # The manager starts from Ana's first bundle, then adds a rating and a one-to-one.
    with employee.database.session() as session:
        first = export_bundle(session, ana.id)
    apply_bundle(manager.database, first)
    manager.rate(ana.id, {"communication": 2}, assessor=Assessor.MANAGER)
    with manager.database.session() as session:
        meetings.record_meeting(
            session,
            ana.id,
            date(2026, 11, 20),
            "Bruno",
            shared_notes="growth",
            private_notes="psst",
        )
    employee.rate(ana.id, {"empathy-patience": 3}, assessor=Assessor.SELF)
    yield employee, manager, ana.id
    employee.database.close()
    manager.database.close()


def _bundle(app: CareerApp, person_id: str, *, private: bool = False) -> dict[str, Any]:
    with app.database.session() as session:
        return export_bundle(session, person_id, include_private=private)


def test_preview_counts_equal_the_real_import_and_write_nothing(
    laptops: tuple[CareerApp, CareerApp, str],
) -> None:
    employee, manager, person_id = laptops
    bundle = _bundle(manager, person_id)
    before = _dump(employee.database)

    preview = preview_bundle(employee.database, bundle)

    assert _dump(employee.database) == before
    assert not preview.person_is_new
    assert preview.local_name == "Ana Souza"
    assert not preview.framework_is_new
    assert preview.change("assessments").added == 1  # the manager's rating
    assert preview.change("meetings").added == 1
    assert preview.change("assessments").in_bundle == 2
    assert not preview.includes_private
    assert preview.private_authors == ()
    report = apply_bundle(employee.database, bundle)
    for change in preview.changes:
        assert report.added[change.kind] == change.added
        assert report.updated[change.kind] == change.updated
    assert preview.changed


def test_both_histories_whole_on_both_sides_and_twice_changes_nothing(
    laptops: tuple[CareerApp, CareerApp, str],
) -> None:
    employee, manager, person_id = laptops
    apply_bundle(employee.database, _bundle(manager, person_id))
    apply_bundle(manager.database, _bundle(employee, person_id))

    mine, theirs = _bundle(employee, person_id), _bundle(manager, person_id)
    for kind in ("assessments", "evidence", "actions", "meetings"):
        assert sorted(e["id"] for e in mine[kind]) == sorted(e["id"] for e in theirs[kind])
    assert len(mine["assessments"]) == 3
    assert {a["assessor"] for a in mine["assessments"]} == {"self", "manager"}
    assert mine["actions"][0]["status"] == theirs["actions"][0]["status"] == "done"

    before = _dump(manager.database)
    again = preview_bundle(manager.database, _bundle(employee, person_id))
    assert not again.changed
    assert not apply_bundle(manager.database, _bundle(employee, person_id)).changed
    assert _dump(manager.database) == before


def test_new_person_and_private_notes_named_by_author(
    laptops: tuple[CareerApp, CareerApp, str], tmp_path: Path
) -> None:
    _employee, manager, person_id = laptops
    fresh = open_database(resolve_location(str(tmp_path / "fresh.db")))
    try:
        summary = export_person(
            manager.database, person_id, tmp_path / "ana.cxbundle.json", include_private=True
        )
        assert summary.counts["meetings"] == 1
        assert summary.person_name == "Ana Souza"
        _bundle_read, preview = preview_file(fresh, summary.path)
        assert preview.person_is_new
        assert preview.local_name is None
        assert preview.framework_is_new
        assert preview.includes_private
        assert preview.private_authors == ("Bruno",)
        assert preview.change("assessments").added == 2
    finally:
        fresh.close()


def test_invalid_bundle_lists_problems_and_writes_nothing(
    laptops: tuple[CareerApp, CareerApp, str], tmp_path: Path
) -> None:
    employee, manager, person_id = laptops
    broken = tmp_path / "broken.cxbundle.json"
    broken.write_text("{not json", encoding="utf-8")
    before = _dump(employee.database)
    with pytest.raises(BundleInvalid) as raised:
        preview_file(employee.database, broken)
    assert "not valid JSON" in raised.value.problems[0]

    bundle = _bundle(manager, person_id)
    bundle["evidence"] = []
    bundle["assessments"][0]["items"][0]["skill"] = "no-such-skill"
    with pytest.raises(BundleInvalid) as raised:
        preview_bundle(employee.database, bundle)
    assert any("no-such-skill" in p for p in raised.value.problems)
    assert _dump(employee.database) == before


def test_bundle_file_name_is_safe() -> None:
    day = date(2026, 11, 23)
    assert bundle_file_name("Ana Souza", day) == "ana-souza-2026-11-23.cxbundle.json"
    assert bundle_file_name("João / Açaí", day) == "joao-acai-2026-11-23.cxbundle.json"
    assert bundle_file_name("???", day) == "person-2026-11-23.cxbundle.json"
