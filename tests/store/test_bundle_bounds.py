"""Bundles built as bombs are refused as :class:`BundleInvalid` naming the place, quickly.

Issue 13: a deeply nested bundle reached the internal-error path (RecursionError), as did an
integer of 4,400+ digits; NaN was taken as a level; a framework with a scale of a billion levels
could arrive inside a bundle.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cxcareer.store.bundle import export_bundle, parse_bundle
from cxcareer.store.bundle_merge import import_bundle
from cxcareer.store.bundle_schema import MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_WHOLE, TEXT_LIMITS
from cxcareer.store.database import Database, open_database, resolve_location
from cxcareer.store.errors import BundleInvalid
from cxcareer.store.records import AssessmentItemRecord, Assessor
from cxcareer.store.services import assessments, people


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(resolve_location(str(tmp_path / "a.db")))
    yield db
    db.close()


@pytest.fixture
def bundle(database: Database) -> dict[str, Any]:
    """A real exported bundle with one assessment of one item."""
    with database.session() as s:
        person = people.create_person(s, "Ana", current_role="support-representative")
        assessments.add_assessment(
            s, person.id, Assessor.SELF, "Ana", [AssessmentItemRecord("communication", 3)]
        )
    with database.session() as s:
        return export_bundle(s, person.id)


def _refusal(data: bytes) -> list[str]:
    started = time.monotonic()
    with pytest.raises(BundleInvalid) as caught:
        parse_bundle(data)
    assert time.monotonic() - started < 5
    return caught.value.problems


def _text(bundle: dict[str, Any]) -> str:
    return json.dumps(bundle, indent=2)


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_the_exported_bundle_parses(bundle: dict[str, Any]) -> None:
    assert parse_bundle(_text(bundle).encode()) == bundle


@pytest.mark.parametrize("depth", [100, 5_000, 500_000])
def test_deep_nesting_is_refused_with_its_line(bundle: dict[str, Any], depth: int) -> None:
    bundle["assessments"][0]["items"][0]["comment"] = "BOMB"
    text = _text(bundle).replace('"BOMB"', "[" * depth + "]" * depth)
    problems = _refusal(text.encode())
    if depth > 1000:  # beyond what json itself reads: refused while reading, with the line
        line = _line_of(text, "[[[")
        assert problems == [f"bundle: line {line}: nested more than 64 levels deep"]
    else:  # read, then refused by the shape check, naming the place
        assert problems == ["assessments[0].items[0].comment: expected text, got a list"]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("9" * 4400, "a number written with more than 40 characters"),
        ("NaN", "NaN is not a number JSON allows"),
        ("-Infinity", "-Infinity is not a number JSON allows"),
        ("1e999", "the number 1e999 is too large"),
    ],
)
def test_numeric_bombs_are_refused_with_their_line(
    bundle: dict[str, Any], written: str, message: str
) -> None:
    text = _text(bundle).replace('"level": 3', f'"level": {written}')
    assert _refusal(text.encode()) == [f"bundle: line {_line_of(text, written)}: {message}"]


def test_a_level_of_two_to_the_63_is_out_of_bounds(bundle: dict[str, Any]) -> None:
    bundle["assessments"][0]["items"][0]["level"] = 2**63
    assert _refusal(_text(bundle).encode()) == [
        f"assessments[0].items[0].level: expected a whole number between -{MAX_WHOLE} "
        f"and {MAX_WHOLE}"
    ]


def test_texts_beyond_their_limits_are_refused(bundle: dict[str, Any]) -> None:
    bundle["person"]["name"] = "N" * (MAX_TEXT_CHARS + 1)
    bundle["assessments"][0]["items"][0]["comment"] = "C" * (TEXT_LIMITS["comment"] + 1)
    problems = _refusal(_text(bundle).encode())
    assert problems == [
        f"person.name: expected text of at most {MAX_TEXT_CHARS:,} characters, "
        f"got {MAX_TEXT_CHARS + 1:,}",
        f"assessments[0].items[0].comment: expected text of at most "
        f"{TEXT_LIMITS['comment']:,} characters, got {TEXT_LIMITS['comment'] + 1:,}",
    ]


def test_texts_at_their_limits_pass(bundle: dict[str, Any]) -> None:
    bundle["person"]["name"] = "N" * MAX_TEXT_CHARS
    bundle["assessments"][0]["items"][0]["comment"] = "C" * TEXT_LIMITS["comment"]
    assert parse_bundle(_text(bundle).encode()) == bundle


def test_a_list_beyond_its_limit_is_refused_once(bundle: dict[str, Any]) -> None:
    bundle["person"]["targets"] = ["x"] * (MAX_LIST_ITEMS + 1)
    assert _refusal(json.dumps(bundle).encode()) == [
        f"person.targets: more than {MAX_LIST_ITEMS:,} items ({MAX_LIST_ITEMS + 1:,})"
    ]


def test_a_bundle_carrying_a_scale_bomb_is_refused_fast(
    database: Database, bundle: dict[str, Any]
) -> None:
    content = bundle["framework"]["content"]
    assert "\n  max: 7\n" in content
    bombed = content.replace("\n  max: 7\n", "\n  max: 1000000000\n")
    bundle["framework"]["content"] = bombed
    bundle["framework"]["content_hash"] = hashlib.sha256(bombed.encode()).hexdigest()
    started = time.monotonic()
    with pytest.raises(BundleInvalid) as caught, database.session() as s:
        import_bundle(s, parse_bundle(_text(bundle).encode()), signer=bundle["person"]["id"])
    assert time.monotonic() - started < 5
    line = _line_of(bombed, "max: 1000000000")
    assert [p for p in caught.value.problems if "scale.max" in p] == [
        f"framework.content: {bundle['framework']['filename']}:{line}: scale.max: "
        "the scale can go up to level 10 at most, found 1000000000"
    ]
