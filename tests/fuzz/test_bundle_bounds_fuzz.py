"""400 bundles carrying bombs: each refused as :class:`BundleInvalid`, quickly, nothing changed.

Issue 13, "done when": bundles with scale bombs, deep nesting and huge numbers never reach the
internal-error path and finish within 5 s each. Every bundle here is a real export with one to
two bombs, each certain to make it unimportable: a bombed framework inside (any bomb of
:mod:`tests.fuzz.bombs`, with its hash made to match), numbers the JSON reader refuses, levels out
of bounds, deep nesting, texts and lists past their limits, wrong types, a right-to-left override
in the framework's version. Each goes through the import's own path (read, check, preview).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cxcareer.service.bundle_preview import preview_bundle
from cxcareer.service.bundle_signing import SigningKey, sign_bundle, signing_key
from cxcareer.service.career import CareerApp
from cxcareer.store.bundle import export_bundle, parse_bundle
from cxcareer.store.bundle_schema import MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_WHOLE, TEXT_LIMITS
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.orm import Assessment, Evidence, Meeting, Person
from cxcareer.store.records import (
    AssessmentItemRecord,
    Assessor,
    EvidenceKind,
    EvidenceStrength,
)
from cxcareer.store.services import assessments, evidence, people
from tests.fuzz.bombs import HIDDEN, bombed_framework

BUNDLES = 400
PER_BUNDLE_SECONDS = 5.0

Bundle = dict[str, Any]


@pytest.fixture
def exported(tmp_path: Path) -> Bundle:
    """A real bundle from another laptop: Ana's own ratings and evidence (what she may sign)."""
    db = open_database(resolve_location(str(tmp_path / "sender.db")))
    try:
        with db.session() as s:
            person = people.create_person(s, "Ana", current_role="support-representative")
            items = [AssessmentItemRecord("communication", 3, "clear")]
            assessments.add_assessment(s, person.id, Assessor.SELF, "Ana", items)
            evidence.add_evidence(
                s,
                person.id,
                "communication",
                3,
                date(2026, 11, 2),
                EvidenceKind.WORK,
                EvidenceStrength.EXAMPLE,
                "Ran the weekly review",
            )
        with db.session() as s:
            bundle: Bundle = export_bundle(s, person.id)
    finally:
        db.close()
    return bundle


def _framework_bomb(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    kind = "json" if bundle["framework"]["filename"].endswith(".json") else "yaml"
    content, _ = bombed_framework(rng, kind)
    _set_content(bundle, content)


def _set_content(bundle: Bundle, content: str) -> None:
    bundle["framework"]["content"] = content
    bundle["framework"]["content_hash"] = hashlib.sha256(content.encode()).hexdigest()


def _hidden_version(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    char = rng.choice(HIDDEN)
    version = f"2026{char}.11"
    content = bundle["framework"]["content"].replace(
        'version: "2026.11"', f"version: {json.dumps(version)}", 1
    )
    bundle["framework"]["version"] = version
    _set_content(bundle, content)


def _placeholder(raw: dict[str, str], token: str) -> str:
    key = f"BOMB{len(raw):04d}X"
    raw[key] = token
    return key


def _level_places(bundle: Bundle) -> list[dict[str, Any]]:
    return [item for a in bundle["assessments"] for item in a["items"]] + bundle["evidence"]


def _numeric_bomb(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    token = rng.choice(
        ["9" * rng.choice([41, 4_400, 100_000]), "NaN", "Infinity", "-Infinity", "1e999"]
    )
    rng.choice(_level_places(bundle))["level"] = _placeholder(raw, token)


def _level_out_of_bounds(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    value = rng.choice([MAX_WHOLE + 1, 2**63, -(2**63), 10**39])
    rng.choice(_level_places(bundle))["level"] = value


def _deep(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    depth = rng.choice([65, 900, 5_000, 500_000])
    opening, closing = rng.choice([("[", "]"), ('{"a":', "}")])
    token = _placeholder(raw, opening * depth + "1" + closing * depth)
    place = rng.randrange(4)
    if place == 0:
        bundle["person"]["name"] = token
    elif place == 1:
        rng.choice(bundle["assessments"])["items"][0]["comment"] = token
    elif place == 2:
        bundle["person"]["targets"] = [token]
    else:
        bundle["meetings"][0]["shared_notes"] = token


def _long_text(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    place = rng.randrange(5)
    if place == 0:
        bundle["person"]["name"] = "N" * (MAX_TEXT_CHARS + 1)
    elif place == 1:
        bundle["evidence"][0]["text"] = "E" * (TEXT_LIMITS["text"] + 1)
    elif place == 2:
        bundle["meetings"][0]["shared_notes"] = "M" * (TEXT_LIMITS["shared_notes"] + 1)
    elif place == 3:
        bundle["assessments"][0]["assessor_name"] = "A" * (MAX_TEXT_CHARS * 10)
    else:
        bundle["framework"]["filename"] = "f" * (MAX_TEXT_CHARS + 1) + ".yaml"


def _huge_list(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    bundle["person"]["targets"] = ["x"] * (MAX_LIST_ITEMS + 1)


def _wrong_type(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    place = rng.randrange(6)
    wrong: Any = rng.choice([None, "x", 3, 1.5, True, [], {}])
    if place == 0:
        bundle[rng.choice(["assessments", "evidence", "meetings", "person"])] = wrong
    elif place == 1:
        bundle["person"]["archived"] = rng.choice(["yes", 1, None])
    elif place == 2:
        rng.choice(_level_places(bundle))["level"] = rng.choice(["3", 3.0, None, True])
    elif place == 3:
        bundle["exported_at"] = rng.choice(["yesterday", "2026-13-45T00:00:00+00:00", 0])
    elif place == 4:
        bundle["assessments"][0]["assessor"] = rng.choice(["boss", "", None])
    else:
        bundle["framework"] = wrong


def _unknown_skill(bundle: Bundle, rng: random.Random, raw: dict[str, str]) -> None:
    rng.choice(_level_places(bundle))["skill"] = f"ghost-{rng.randrange(1000)}"


MUTATIONS: list[Callable[[Bundle, random.Random, dict[str, str]], None]] = [
    _framework_bomb,
    _framework_bomb,  # the bomb the issue names first: twice as often
    _hidden_version,
    _numeric_bomb,
    _level_out_of_bounds,
    _deep,
    _long_text,
    _wrong_type,
    _unknown_skill,
]


def _bombed(base: Bundle, rng: random.Random) -> tuple[bytes, list[str]]:
    bundle = json.loads(json.dumps(base))
    raw: dict[str, str] = {}
    names = []
    mutations = [rng.choice(MUTATIONS) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.02:
        mutations.append(_huge_list)
    for mutation in mutations:
        names.append(mutation.__name__.lstrip("_"))
        try:
            mutation(bundle, rng, raw)
        except (KeyError, TypeError, IndexError, AttributeError):
            bundle["format"] = None  # an earlier bomb replaced the target: still certain
    text = json.dumps(bundle, ensure_ascii=False, indent=1)
    for key, token in raw.items():
        text = text.replace(f'"{key}"', token)
    return text.encode(), names


def _signed(bundle: Bundle, key: SigningKey) -> Bundle:
    """``bundle`` signed by Ana again after its bombs, so that the checks past the signature run."""
    return sign_bundle(bundle, bundle["person"]["id"], "Ana", key)


def _counts(database: Database) -> tuple[int, ...]:
    with database.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Assessment, Evidence, Meeting)
        )


@pytest.mark.slow
def test_bombed_bundles_are_refused_within_5_s_each_and_change_nothing(
    career_app: CareerApp, exported: Bundle, tmp_path: Path
) -> None:
    database = career_app.database  # the receiving laptop
    sender = signing_key(tmp_path / "sender-keys")
    receiver = tmp_path / "receiver-keys"
    base = _signed(parse_bundle(json.dumps(exported).encode()), sender)
    preview_bundle(database, base, keys=receiver)  # the base is fine
    before = _counts(database)
    rng = random.Random(1302)
    slowest = 0.0
    refused_while_reading = 0
    for index in range(BUNDLES):
        data, names = _bombed(exported, rng)
        started = time.monotonic()
        read = False
        try:
            bundle = parse_bundle(data)
            read = True
            preview_bundle(database, _signed(bundle, sender), keys=receiver)
        except BundleInvalid as invalid:
            problems = invalid.problems
        else:
            pytest.fail(f"bundle {index} with {names} was accepted")
        refused_while_reading += not read
        elapsed = time.monotonic() - started
        slowest = max(slowest, elapsed)
        assert elapsed < PER_BUNDLE_SECONDS, (index, names, elapsed)
        assert problems, (index, names)
        for problem in problems:
            assert len(problem) < 600, (index, names, problem[:300])
    assert _counts(database) == before
    assert 0 < refused_while_reading < BUNDLES  # both the reader and the import refused some
    print(f"{BUNDLES} bundles, slowest {slowest:.2f} s, {refused_while_reading} while reading")
