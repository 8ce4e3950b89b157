"""What a signed bundle may change: each way a file used to speak for someone else, refused.

Every test imports through the service with real signatures and real pins (two laptops, each
user with their own keys, :mod:`tests.signed_bundles`), and checks that a refusal names the
problem and its place and leaves the database exactly as it was.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cxcareer.service.bundle_preview import KeyStatus, pin_me, preview_bundle
from cxcareer.service.bundle_signing import (
    canonical_bytes,
    sign_bundle,
    signing_key,
    verify_bundle,
)
from cxcareer.service.rules import Refused
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.records import AssessmentItemRecord, Assessor
from cxcareer.store.services import actions, assessments, people
from tests.signed_bundles import Side, dump, exchange


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Side, Side, str]]:
    """Ana's laptop and her manager Bruno's, after one exchange each way."""
    employee, manager, ana = exchange(tmp_path)
    employee.take(manager.bundle(ana))
    manager.take(employee.bundle(ana))
    pin_me(employee.app.database, employee.me, employee.keys)
    pin_me(manager.app.database, manager.me, manager.keys)
    yield employee, manager, ana
    employee.app.database.close()
    manager.app.database.close()


def _resign(side: Side, bundle: dict[str, Any], as_person: str | None = None) -> dict[str, Any]:
    """``bundle`` (edited) signed again by ``side``'s key, as ``as_person`` (default: its user)."""
    unsigned = {k: v for k, v in bundle.items() if k != "signed_by"}
    person = as_person or side.me
    return sign_bundle(unsigned, person, "whoever", side.key)


def _refused(side: Side, bundle: dict[str, Any], *expected: str) -> list[str]:
    """Import ``bundle`` on ``side``: refused naming each of ``expected``; nothing written."""
    before = dump(side.app.database)
    with pytest.raises(BundleInvalid) as caught:
        side.take(bundle)
    problems = caught.value.problems
    for text in expected:
        assert any(text in problem for problem in problems), (text, problems)
    assert dump(side.app.database) == before
    return problems


# -- the signature ------------------------------------------------------------------------------
def test_signature_covers_a_canonical_form_and_every_value(laptops: tuple[Side, Side, str]) -> None:
    employee, _manager, ana = laptops
    bundle = employee.bundle(ana)
    reread = json.loads(json.dumps(bundle, indent=3))
    shuffled = dict(reversed(list(reread.items())))
    assert canonical_bytes(shuffled) == canonical_bytes(bundle)  # order and spacing free
    assert verify_bundle(shuffled).person_id == ana
    tiny = {"b": 1, "a": "ç", "signed_by": {"signature": "x", "name": "N"}}
    expected = 'cxcareer bundle signature 1\n{"a":"ç","b":1,"signed_by":{"name":"N"}}'
    assert canonical_bytes(tiny) == expected.encode("utf-8")  # the specified form, byte for byte
    for path, value in (
        (("assessments", 0, "items", 0, "level"), 1),
        (("person", "name"), "Someone"),
        (("signed_by", "name"), "Bruno Lima"),
        (("signed_by", "person_id"), str(uuid.uuid4())),
        (("includes_private",), True),
    ):
        changed = copy.deepcopy(bundle)
        target: Any = changed
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        with pytest.raises(BundleInvalid) as caught:
            verify_bundle(changed)
        assert "export it again" in caught.value.problems[0]


def test_key_is_made_once_kept_private_and_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    first = signing_key(folder)
    assert signing_key(folder) == first
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert ((folder / "bundle-signing.ed25519").stat().st_mode & 0o777) == 0o600
    groups = first.fingerprint.split(" ")
    assert len(groups) == 8
    assert all(len(g) == 4 and all(c in "0123456789ABCDEF" for c in g) for g in groups)
    assert signing_key(tmp_path / "other").fingerprint != first.fingerprint


def test_unsigned_bundle_is_refused_with_what_to_do(laptops: tuple[Side, Side, str]) -> None:
    employee, manager, ana = laptops
    _refused(employee, manager.unsigned(ana), "not signed", "export it again")


def test_changed_key_refused_unless_accepted(
    laptops: tuple[Side, Side, str], tmp_path: Path
) -> None:
    employee, manager, ana = laptops
    eve = Side(manager.app, tmp_path / "eve-keys", manager.me)  # Bruno's data, Eve's key
    forged = eve.bundle(ana)
    preview = preview_bundle(employee.app.database, forged, keys=employee.keys)
    assert preview.key_status is KeyStatus.CHANGED
    assert preview.pinned_fingerprint == manager.key.fingerprint
    assert preview.signer_fingerprint == eve.key.fingerprint
    before = dump(employee.app.database)
    with pytest.raises(Refused) as caught:
        employee.take(forged)
    assert caught.value.key == "signer_key_changed"
    assert manager.key.fingerprint in str(caught.value)
    assert dump(employee.app.database) == before
    employee.take(forged, trust_new_key=True)
    later = preview_bundle(employee.app.database, eve.bundle(ana), keys=employee.keys)
    assert later.key_status is KeyStatus.KNOWN  # the accepted key is pinned now
    old = preview_bundle(employee.app.database, manager.bundle(ana), keys=employee.keys)
    assert old.key_status is KeyStatus.CHANGED


def test_nobody_else_signs_as_me(laptops: tuple[Side, Side, str], tmp_path: Path) -> None:
    employee, _manager, ana = laptops
    mallory = Side(employee.app, tmp_path / "mallory-keys", employee.me)
    with pytest.raises(Refused):
        employee.take(mallory.bundle(ana))


# -- item 3: taking over another person ---------------------------------------------------------
def test_bundle_cannot_take_over_another_person(laptops: tuple[Side, Side, str]) -> None:
    employee, manager, ana = laptops
    bruno = manager.me
    with manager.app.database.session() as session:
        row_before = people.find_person(session, bruno)
    takeover = employee.unsigned(ana)
    takeover["person"] |= {
        "id": bruno,
        "name": "Hacked",
        "archived": True,
        "manager_id": ana,
        "updated_at": (datetime.now(UTC) + timedelta(hours=1)).isoformat(),
    }
    # Ana's history is not attached to Bruno: each entry is named.
    _refused(
        manager,
        _resign(employee, takeover),
        "assessments[0]: its id belongs to another person",
        "actions[0]: its id belongs to another person",
    )
    fresh = copy.deepcopy(takeover)  # new ids: still not Ana's to add to Bruno
    for entry in fresh["assessments"]:
        entry["id"] = str(uuid.uuid4())
    fresh["actions"] = []
    _refused(
        manager,
        _resign(employee, fresh),
        "assessments[0]: a self rating needs the signature of the person themself",
    )
    # Even with nothing attached, the profile of someone else is never changed.
    takeover |= {"assessments": [], "evidence": [], "actions": [], "meetings": []}
    manager.take(_resign(employee, takeover))
    with manager.app.database.session() as session:
        assert people.find_person(session, bruno) == row_before
        assert people.find_person(session, ana).manager_id == bruno


def test_manager_bundle_never_edits_the_profile(laptops: tuple[Side, Side, str]) -> None:
    employee, manager, ana = laptops
    manager.app.update_person(ana, name="Renamed By Bruno")
    report = employee.take(manager.bundle(ana))
    assert not report.changed
    assert employee.app.person(ana).name == "Ana Souza"


def test_employee_cannot_add_a_manager_rating_from_the_future(
    laptops: tuple[Side, Side, str],
) -> None:
    employee, manager, ana = laptops
    bundle = employee.unsigned(ana)
    fake = copy.deepcopy(bundle["assessments"][0])
    fake |= {
        "id": str(uuid.uuid4()),
        "assessor": "manager",
        "assessor_name": "Bruno",
        "assessed_at": "2099-01-01T00:00:00+00:00",
        "items": [{"skill": "communication", "level": 5, "comment": None}],
    }
    bundle["assessments"].append(fake)
    place = f"assessments[{len(bundle['assessments']) - 1}]"
    _refused(
        manager,
        _resign(employee, bundle),
        f"{place}: a manager rating needs the signature of the person's manager",
        f"{place}.assessed_at: 2099-01-01T00:00:00+00:00 is in the future",
    )


def test_nobody_else_adds_entries(laptops: tuple[Side, Side, str], tmp_path: Path) -> None:
    employee, manager, ana = laptops
    with employee.app.database.session() as session:
        carla = people.create_person(session, "Carla", current_role="support-representative")
    carla_side = Side(employee.app, tmp_path / "carla-keys", carla.id)
    assessments_before = len(manager.unsigned(ana)["assessments"])
    employee.app.rate(ana, {"communication": 4}, assessor=Assessor.SELF)
    _refused(
        manager,
        carla_side.bundle(ana),
        f"assessments[{assessments_before}]: a self rating needs the signature of the person",
    )


# -- item 4: smuggled notes and cross-person links ----------------------------------------------
def test_private_notes_not_declared_are_refused(laptops: tuple[Side, Side, str]) -> None:
    employee, manager, ana = laptops
    bundle = manager.unsigned(ana)
    assert bundle["includes_private"] is False
    bundle["meetings"][0]["private_notes"] = "smuggled"
    _refused(
        employee,
        _resign(manager, bundle),
        "meetings[0].private_notes: private notes in a bundle that says it has none",
    )


def test_links_and_corrections_to_another_person_are_refused(
    laptops: tuple[Side, Side, str],
) -> None:
    employee, manager, ana = laptops
    with employee.app.database.session() as session:
        carla = people.create_person(session, "Carla", current_role="support-representative")
        her_action = actions.add_action(session, carla.id, "Her plan", "Carla")
    with manager.app.database.session() as session:
        dora = people.create_person(session, "Dora", current_role="support-representative")
        her_rating = assessments.add_assessment(
            session, dora.id, Assessor.SELF, "Dora", [AssessmentItemRecord("communication", 2)]
        )
    linked = manager.unsigned(ana)
    linked["meetings"][0]["actions"].append({"action_id": her_action.id, "relation": "agreed"})
    _refused(
        employee,
        _resign(manager, linked),
        "meetings[0].actions[0]: links another person's action to this one-to-one",
    )
    correcting = employee.unsigned(ana)
    fix = copy.deepcopy(correcting["assessments"][0])
    fix |= {"id": str(uuid.uuid4()), "corrects_id": her_rating.id}
    correcting["assessments"].append(fix)
    place = f"assessments[{len(correcting['assessments']) - 1}]"
    _refused(
        manager,
        _resign(employee, correcting),
        f"{place}.corrects_id: corrects a rating of another person",
    )
    # Reaching into Carla's rows from the other side: the ids are hers on this laptop.
    foreign = employee.unsigned(ana)
    foreign["actions"][0]["history"][0]["id"] = _history_id_of(employee, her_action.id)
    _refused(employee, _resign(employee, foreign), "its id belongs to another action")


def _history_id_of(side: Side, action_id: str) -> str:
    with side.app.database.session() as session:
        from cxcareer.store.orm import ActionStatusChange

        row = session.query(ActionStatusChange).filter_by(action_id=action_id).first()
        assert row is not None
        return row.id


# -- the framework is its content ---------------------------------------------------------------
def test_framework_is_identified_by_its_content(laptops: tuple[Side, Side, str]) -> None:
    employee, manager, ana = laptops
    bundle = manager.unsigned(ana)
    claimed = copy.deepcopy(bundle)
    claimed["framework"]["version"] = "9999.1"
    _refused(employee, _resign(manager, claimed), "framework.version: says '9999.1'")

    other = copy.deepcopy(bundle)
    content = other["framework"]["content"]
    assert "name:" in content
    other["framework"]["content"] = content.replace("name:", "name:  ", 1) + "\n# edited\n"
    raw = other["framework"]["content"].encode("utf-8")
    other["framework"]["content_hash"] = hashlib.sha256(raw).hexdigest()
    _refused(employee, _resign(manager, other), "with different content")


def test_first_key_for_someone_already_here_needs_acceptance(
    laptops: tuple[Side, Side, str], tmp_path: Path
) -> None:
    _employee, manager, _ana = laptops
    with manager.app.database.session() as session:
        carla = people.create_person(session, "Carla", current_role="support-representative")
    manager.app.rate(carla.id, {"communication": 1}, assessor=Assessor.SELF)
    eve = Side(manager.app, tmp_path / "eve-keys", carla.id)  # a copy of Carla's history
    forged = eve.bundle(carla.id)
    forged = _resign(eve, forged | {"person": forged["person"] | {"name": "Eve"}}, carla.id)
    preview = preview_bundle(manager.app.database, forged, keys=manager.keys)
    assert preview.key_status is KeyStatus.UNVOUCHED
    before = dump(manager.app.database)
    with pytest.raises(Refused) as caught:
        manager.take(forged)
    assert caught.value.key == "signer_key_unvouched"
    assert "no key was ever trusted" in str(caught.value)
    assert dump(manager.app.database) == before


def test_damaged_key_files_are_said_plainly_and_never_replaced(
    laptops: tuple[Side, Side, str], tmp_path: Path
) -> None:
    employee, manager, ana = laptops
    pins = employee.keys / "trusted-signers.json"
    pins.write_text("not json", encoding="utf-8")
    with pytest.raises(Refused) as caught:
        preview_bundle(employee.app.database, manager.bundle(ana), keys=employee.keys)
    assert caught.value.key == "signing_file_bad"
    assert "move it aside" in str(caught.value)
    assert pins.read_text(encoding="utf-8") == "not json"
    broken = tmp_path / "broken-keys"
    broken.mkdir()
    (broken / "bundle-signing.ed25519").write_text("cxcareer-signing-key-1 abc\n", "ascii")
    with pytest.raises(Refused) as caught:
        signing_key(broken)
    assert caught.value.key == "signing_file_bad"
