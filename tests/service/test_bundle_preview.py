"""The import preview: exact counts of the real merge, and a database left as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cxcareer.service.bundle_export import bundle_file_name, export_person
from cxcareer.service.bundle_preview import KeyStatus, preview_bundle, preview_file
from cxcareer.service.bundle_signing import sign_bundle
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.errors import BundleInvalid
from tests.signed_bundles import Side, dump, exchange


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Side, Side, str]]:
    """An employee's and a manager's database, each with its own history of the same person."""
    employee, manager, ana = exchange(tmp_path)
    yield employee, manager, ana
    employee.app.database.close()
    manager.app.database.close()


def test_preview_counts_equal_the_real_import_and_write_nothing(
    laptops: tuple[Side, Side, str],
) -> None:
    employee, manager, person_id = laptops
    bundle = manager.bundle(person_id)
    before = dump(employee.app.database)

    preview = preview_bundle(employee.app.database, bundle, keys=employee.keys)

    assert dump(employee.app.database) == before
    assert not preview.person_is_new
    assert preview.local_name == "Ana Souza"
    assert not preview.framework_is_new
    assert preview.change("assessments").added == 1  # the manager's rating
    assert preview.change("meetings").added == 1
    assert preview.change("assessments").in_bundle == 2
    assert not preview.includes_private
    assert preview.private_authors == ()
    assert preview.signer_name == "Bruno Lima"
    assert preview.key_status is KeyStatus.NEW
    assert preview.signer_fingerprint == manager.key.fingerprint
    report = employee.take(bundle)
    for change in preview.changes:
        assert report.added[change.kind] == change.added
        assert report.updated[change.kind] == change.updated
    assert preview.changed


def test_both_histories_whole_on_both_sides_and_twice_changes_nothing(
    laptops: tuple[Side, Side, str],
) -> None:
    employee, manager, person_id = laptops
    employee.take(manager.bundle(person_id))
    manager.take(employee.bundle(person_id))

    mine, theirs = employee.bundle(person_id), manager.bundle(person_id)
    for kind in ("assessments", "evidence", "actions", "meetings"):
        assert sorted(e["id"] for e in mine[kind]) == sorted(e["id"] for e in theirs[kind])
    assert len(mine["assessments"]) == 3
    assert {a["assessor"] for a in mine["assessments"]} == {"self", "manager"}
    assert mine["actions"][0]["status"] == theirs["actions"][0]["status"] == "done"

    before = [dump(manager.app.database), dump(employee.app.database)]
    again = preview_bundle(manager.app.database, employee.bundle(person_id), keys=manager.keys)
    assert not again.changed
    assert again.key_status is KeyStatus.KNOWN
    assert not manager.take(employee.bundle(person_id)).changed
    assert not employee.take(manager.bundle(person_id)).changed
    assert [dump(manager.app.database), dump(employee.app.database)] == before


def test_new_person_and_private_notes_named_by_author(
    laptops: tuple[Side, Side, str], tmp_path: Path
) -> None:
    _employee, manager, person_id = laptops
    fresh = open_database(resolve_location(str(tmp_path / "fresh.db")))
    try:
        summary = export_person(
            manager.app.database,
            person_id,
            tmp_path / "ana.cxbundle.json",
            include_private=True,
            signer=manager.me,
            keys=manager.keys,
        )
        assert summary.counts["meetings"] == 1
        assert summary.person_name == "Ana Souza"
        assert summary.signer_name == "Bruno Lima"
        assert summary.signer_fingerprint == manager.key.fingerprint
        with pytest.raises(BundleInvalid) as refused:  # Ana's self-ratings need her signature
            preview_file(fresh, summary.path, keys=tmp_path / "fresh-keys")
        needs = "self rating needs the signature of the person themself"
        assert any(needs in problem for problem in refused.value.problems)
        own = export_person(
            manager.app.database,
            person_id,
            tmp_path / "mine.cxbundle.json",
            include_private=True,
            keys=manager.keys,
        )
        assert own.signer_name == "Bruno Lima"  # as last time
        bundle = json.loads(summary.path.read_text(encoding="utf-8"))
        bundle["assessments"] = [a for a in bundle["assessments"] if a["assessor"] == "manager"]
        bundle = sign_bundle(bundle, manager.me, "Bruno Lima", manager.key)
        preview = preview_bundle(fresh, bundle, keys=tmp_path / "fresh-keys")
        assert preview.person_is_new
        assert preview.local_name is None
        assert preview.framework_is_new
        assert preview.includes_private
        assert preview.private_authors == ("Bruno",)
        assert preview.change("assessments").added == 1
    finally:
        fresh.close()


def test_invalid_bundle_lists_problems_and_writes_nothing(
    laptops: tuple[Side, Side, str], tmp_path: Path
) -> None:
    employee, manager, person_id = laptops
    broken = tmp_path / "broken.cxbundle.json"
    broken.write_text("{not json", encoding="utf-8")
    before = dump(employee.app.database)
    with pytest.raises(BundleInvalid) as raised:
        preview_file(employee.app.database, broken)
    assert "not valid JSON" in raised.value.problems[0]

    bundle = manager.unsigned(person_id)
    bundle["evidence"] = []
    bundle["assessments"][0]["items"][0]["skill"] = "no-such-skill"
    with pytest.raises(BundleInvalid) as raised:
        preview_bundle(employee.app.database, sign_bundle(bundle, manager.me, "B", manager.key))
    assert any("no-such-skill" in p for p in raised.value.problems)
    assert dump(employee.app.database) == before


def test_bundle_file_name_is_safe() -> None:
    day = date(2026, 11, 23)
    assert bundle_file_name("Ana Souza", day) == "ana-souza-2026-11-23.cxbundle.json"
    assert bundle_file_name("João / Açaí", day) == "joao-acai-2026-11-23.cxbundle.json"
    assert bundle_file_name("???", day) == "person-2026-11-23.cxbundle.json"
