"""Fuzz: 1,200 generated bundles try to speak for someone else; nobody else's rows ever change.

Why a fuzz on top of the rule tests: the rules are many (signatures, pinned keys, authorship,
links, private notes, dates) and an attacker combines them. Each case starts from Ana's real
bundle and applies one to three seeded mutations — forged, missing or garbage signatures,
other keys (changed — sometimes accepted, for Ana — or a first key for someone already here), ids of
other people's entries, cross-person links and corrections, smuggled private notes, takeovers
of other people's profiles, dates in 2099, ratings and one-to-ones only a manager may add —
and imports it on the manager's laptop, after a preview half of the time. Asserted per case:

* only the plain refusals (:class:`BundleInvalid`, :class:`Refused`) or success — never any
  other exception (the internal-error path);
* every row of every person other than Ana, and of everything hanging off them, is identical
  before and after (a snapshot of those rows);
* a case carrying a mutation that must be refused is refused;
* the case takes under 5 s.

Bounds (scale bombs, nesting, huge numbers) are fuzzed in another file; not repeated here.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cxcareer.service.bundle_preview import pin_me, preview_bundle
from cxcareer.service.bundle_signing import SigningKey, sign_bundle, signing_key
from cxcareer.service.bundle_trust import TRUST_FILE
from cxcareer.service.rules import Refused
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.records import ActionStatus, AssessmentItemRecord, Assessor
from cxcareer.store.services import actions, assessments, meetings, people
from tests.signed_bundles import Side, exchange

CASES = 1200
SEED = 20261202
PER_CASE_SECONDS = 5.0

#: Mutations that must make the import refused, whoever signed.
MUST_REFUSE = {
    "unsigned",
    "garbage_signature",
    "forged_after_signing",
    "old_format",
    "foreign_id",
    "cross_link",
    "correct_other",
    "smuggled_private",
    "future_date",
}


@dataclass
class World:
    """The manager's laptop (receiver) and what the cases reach for."""

    receiver: Side
    ana: str
    ana_key: SigningKey
    eve_key: SigningKey
    protected: tuple[str, ...]
    """Everyone but Ana: Bruno (the receiver's user), Carla (his report), Dora (not his)."""
    foreign: dict[str, list[str]]
    """Entry ids of protected people, by kind."""
    base: dict[str, Any]
    """Ana's unsigned bundle with something new for the receiver."""


def _protected_rows(database_path: Path, ids: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Every row belonging to the people ``ids``, directly or through their entries."""
    marks = ",".join("?" * len(ids))
    queries = [
        f"SELECT 'p', * FROM people WHERE id IN ({marks})",
        f"SELECT 't', * FROM person_targets WHERE person_id IN ({marks})",
        f"SELECT 'a', * FROM assessments WHERE person_id IN ({marks})",
        "SELECT 'ai', * FROM assessment_items WHERE assessment_id IN "
        f"(SELECT id FROM assessments WHERE person_id IN ({marks}))",
        f"SELECT 'e', * FROM evidence WHERE person_id IN ({marks})",
        f"SELECT 'ac', * FROM actions WHERE person_id IN ({marks})",
        "SELECT 'h', * FROM action_status_changes WHERE action_id IN "
        f"(SELECT id FROM actions WHERE person_id IN ({marks}))",
        f"SELECT 'm', * FROM meetings WHERE person_id IN ({marks})",
        "SELECT 'n', * FROM private_notes WHERE meeting_id IN "
        f"(SELECT id FROM meetings WHERE person_id IN ({marks}))",
        "SELECT 'ma', * FROM meeting_actions WHERE meeting_id IN "
        f"(SELECT id FROM meetings WHERE person_id IN ({marks})) OR action_id IN "
        f"(SELECT id FROM actions WHERE person_id IN ({marks}))",
    ]
    rows: list[tuple[Any, ...]] = []
    with sqlite3.connect(database_path) as connection:
        for query in queries:
            params = ids * query.count(marks)
            rows += sorted(connection.execute(query, params).fetchall(), key=repr)
    return rows


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    employee, manager, ana = exchange(tmp_path)
    employee.take(manager.bundle(ana))
    manager.take(employee.bundle(ana))
    pin_me(manager.app.database, manager.me, manager.keys)
    with manager.app.database.session() as session:
        carla = people.create_person(session, "Carla", current_role="support-representative")
        people.set_manager(session, carla.id, manager.me)
        dora = people.create_person(session, "Dora", current_role="support-representative")
        rated = [
            assessments.add_assessment(
                session, who, Assessor.SELF, "x", [AssessmentItemRecord("communication", 2)]
            ).id
            for who in (carla.id, dora.id)
        ]
        act = actions.add_action(session, carla.id, "Her plan", "Carla")
        actions.set_action_status(session, act.id, ActionStatus.DONE)
        met = meetings.record_meeting(
            session, carla.id, datetime.now(UTC).date(), "Bruno", private_notes="hers"
        )
    employee.app.rate(ana, {"communication": 4}, assessor=Assessor.SELF)
    foreign = {"assessments": rated, "actions": [act.id], "meetings": [met.id]}
    yield World(
        receiver=manager,
        ana=ana,
        ana_key=employee.key,
        eve_key=signing_key(tmp_path / "eve-keys"),
        protected=(manager.me, carla.id, dora.id),
        foreign=foreign,
        base=employee.unsigned(ana),
    )
    employee.app.database.close()
    manager.app.database.close()


# -- mutations before signing --------------------------------------------------------------
Mutation = Callable[[dict[str, Any], random.Random, World], None]


def _some(b: dict[str, Any], kind: str, w: World) -> list[dict[str, Any]]:
    """The bundle's entries of ``kind``, one of Ana's put back if a takeover emptied them."""
    if not b[kind]:
        b[kind].append(copy.deepcopy(w.base[kind][0]))
    entries: list[dict[str, Any]] = b[kind]
    return entries


def _foreign_id(b: dict[str, Any], rng: random.Random, w: World) -> None:
    kind = rng.choice(["assessments", "actions"])
    pool = w.foreign[kind] + w.foreign["meetings"] + w.foreign["assessments"]
    rng.choice(_some(b, kind, w))["id"] = rng.choice(pool)


def _cross_link(b: dict[str, Any], rng: random.Random, w: World) -> None:
    meeting = _some(b, "meetings", w)[0]
    meeting["actions"].append({"action_id": w.foreign["actions"][0], "relation": "agreed"})


def _correct_other(b: dict[str, Any], rng: random.Random, w: World) -> None:
    fix = copy.deepcopy(rng.choice(_some(b, "assessments", w)))
    fix |= {"id": str(uuid.uuid4()), "corrects_id": rng.choice(w.foreign["assessments"])}
    b["assessments"].append(fix)


def _smuggled_private(b: dict[str, Any], rng: random.Random, w: World) -> None:
    b["includes_private"] = False
    rng.choice(_some(b, "meetings", w))["private_notes"] = rng.choice(["", "psst", "x" * 50])


def _future_date(b: dict[str, Any], rng: random.Random, w: World) -> None:
    far = f"{rng.randint(2030, 2099)}-01-01"
    places: list[tuple[dict[str, Any], str, bool]] = [
        (b["person"], "updated_at", False),
        (b, "exported_at", False),
        *((a, "assessed_at", False) for a in b["assessments"]),
        *((m, "held_on", True) for m in b["meetings"]),
        *((h, "changed_at", False) for act in b["actions"] for h in act["history"]),
    ]
    entry, key, day = rng.choice(places)
    entry[key] = far if day else f"{far}T00:00:00+00:00"


def _takeover(b: dict[str, Any], rng: random.Random, w: World) -> None:
    later = datetime.now(UTC) + timedelta(minutes=rng.randint(1, 60))
    b["person"] |= {
        "id": rng.choice(w.protected),
        "name": "Pwned",
        "archived": rng.random() < 0.5,
        "manager_id": rng.choice([None, w.ana, *w.protected]),
        "updated_at": later.isoformat(),
    }
    if rng.random() < 0.5:
        for kind in ("assessments", "evidence", "actions", "meetings"):
            b[kind] = []


def _new_ids(b: dict[str, Any], rng: random.Random, w: World) -> None:
    for kind in ("assessments", "actions", "meetings"):
        for entry in b[kind]:
            entry["id"] = str(uuid.uuid4())
        for act in b["actions"]:
            for h in act["history"]:
                h["id"] = str(uuid.uuid4())


def _manager_rating(b: dict[str, Any], rng: random.Random, w: World) -> None:
    fake = copy.deepcopy(rng.choice(_some(b, "assessments", w)))
    fake |= {"id": str(uuid.uuid4()), "assessor": "manager", "corrects_id": None}
    b["assessments"].append(fake)


def _new_meeting(b: dict[str, Any], rng: random.Random, w: World) -> None:
    meeting = copy.deepcopy(w.base["meetings"][0])
    meeting |= {"id": str(uuid.uuid4()), "actions": []}
    b["meetings"].append(meeting)


def _manager_claim(b: dict[str, Any], rng: random.Random, w: World) -> None:
    b["person"]["manager_id"] = rng.choice([None, *w.protected])


BEFORE_SIGNING: dict[str, Mutation] = {
    "foreign_id": _foreign_id,
    "cross_link": _cross_link,
    "correct_other": _correct_other,
    "smuggled_private": _smuggled_private,
    "future_date": _future_date,
    "takeover": _takeover,
    "new_ids": _new_ids,
    "manager_rating": _manager_rating,
    "new_meeting": _new_meeting,
    "manager_claim": _manager_claim,
}


ORDER = (
    "takeover",
    "manager_claim",
    "new_ids",
    *sorted(set(BEFORE_SIGNING) - {"takeover", "manager_claim", "new_ids"}),
)


def _after_signing(name: str, b: dict[str, Any], rng: random.Random) -> None:
    if name == "unsigned":
        del b["signed_by"]
    elif name == "garbage_signature":
        b["signed_by"]["signature"] = base64.b64encode(rng.randbytes(64)).decode("ascii")
    elif name == "forged_after_signing":
        b["exported_at"] = "2001-01-01T00:00:00+00:00"
    elif name == "old_format":
        b["format"] = "cxcareer/bundle@1"
        del b["signed_by"]


def _case(rng: random.Random, w: World) -> tuple[dict[str, Any], set[str], bool]:
    bundle = copy.deepcopy(w.base)
    chosen = set(rng.sample(sorted(BEFORE_SIGNING), rng.randint(0, 3)))
    for name in ORDER:  # who the bundle is about first, then what it carries
        if name in chosen:
            BEFORE_SIGNING[name](bundle, rng, w)
    signer, key = rng.choice(
        [
            (w.ana, w.ana_key),  # the real Ana
            (w.ana, w.eve_key),  # a CHANGED key for Ana
            (rng.choice(w.protected), w.eve_key),  # as Bruno (CHANGED) or Carla/Dora (unvouched)
            (str(uuid.uuid4()), w.eve_key),  # a stranger (new key)
        ]
    )
    signed = sign_bundle(bundle, signer, rng.choice(["Ana Souza", "Bruno Lima", "x"]), key)
    if rng.random() < 0.3:
        late = rng.choice(["unsigned", "garbage_signature", "forged_after_signing", "old_format"])
        _after_signing(late, signed, rng)
        chosen.add(late)
    # Accepting a key is the user vouching for that person, so it is only tried for Ana's.
    accept = signer == w.ana and rng.random() < 0.25
    return json.loads(json.dumps(signed)), chosen, accept


def test_no_bundle_changes_anyone_else(world: World) -> None:
    rng = random.Random(SEED)
    path = world.receiver.app.database.location.path
    assert path is not None
    trust = world.receiver.keys / TRUST_FILE
    pins = trust.read_bytes()
    before = _protected_rows(Path(path), world.protected)
    assert len(before) > 10
    outcomes = {"imported": 0, "refused": 0}
    slowest = 0.0
    for number in range(CASES):
        bundle, mutations, trust_new_key = _case(rng, world)
        started = time.perf_counter()
        try:
            if rng.random() < 0.5:
                preview_bundle(world.receiver.app.database, bundle, keys=world.receiver.keys)
            world.receiver.take(bundle, trust_new_key=trust_new_key)
            outcomes["imported"] += 1
            imported = True
        except (BundleInvalid, Refused):
            outcomes["refused"] += 1
            imported = False
        took = time.perf_counter() - started
        slowest = max(slowest, took)
        label = f"case {number}: {sorted(mutations)} trust={trust_new_key}"
        assert took < PER_CASE_SECONDS, label
        assert not (imported and mutations & MUST_REFUSE), label
        assert _protected_rows(Path(path), world.protected) == before, label
        trust.write_bytes(pins)  # an accepted key is undone: every case meets the same pins
    assert outcomes["imported"] > 50  # the legitimate paths were exercised too
    assert outcomes["refused"] > CASES // 2
    print(f"\n{CASES} bundles: {outcomes}, slowest {slowest:.3f} s")
