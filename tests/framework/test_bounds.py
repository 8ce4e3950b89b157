"""Bounds on every value of a framework file: each refused with the line it is written on.

Issue 13: a scale of a billion levels passed validation (the Ladder then grew to 24 GB); bombs
(a 4,400-digit integer, a level of 2^63, NaN, deep nesting) reached the internal-error path or
were reported at line 0; a cycle went unreported beside other errors; a right-to-left override
was accepted in a version.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from cxcareer.framework import check_text, load_builtin
from cxcareer.framework.limits import (
    MAX_DEPTH,
    MAX_ID_CHARS,
    MAX_LEVEL,
    MAX_LONG_TEXT_CHARS,
    MAX_MONTHS,
    MAX_REQUIREMENTS,
    MAX_ROLES,
    MAX_TEXT_CHARS,
)
from tests.framework.documents import as_json, as_yaml, valid

FORMATS = ("yaml", "json")


def _text(doc: dict[str, Any], kind: str) -> str:
    return as_yaml(doc) if kind == "yaml" else as_json(doc)


def _line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line containing ``needle``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _only_error(text: str, name: str) -> Any:
    report = check_text(text, name)
    assert report.framework is None
    (problem,) = report.errors
    return problem


@pytest.mark.parametrize("kind", FORMATS)
def test_a_scale_of_a_billion_levels_is_refused_on_its_line(kind: str) -> None:
    doc = valid()
    doc["scale"]["max"] = 1_000_000_000
    text = _text(doc, kind)
    problem = _only_error(text, f"team.{kind}")
    assert problem.where == "scale.max"
    assert problem.line == _line_of(text, "1000000000")
    assert f"up to level {MAX_LEVEL}" in problem.message


def test_the_largest_scale_allowed_is_valid_and_the_builtin_fits() -> None:
    doc = valid()
    doc["scale"]["max"] = MAX_LEVEL
    assert check_text(as_yaml(doc), "team.yaml").ok
    assert load_builtin().scale.max <= MAX_LEVEL


@pytest.mark.parametrize("kind", FORMATS)
def test_a_level_of_two_to_the_63_on_a_huge_scale_is_two_errors_not_a_crash(kind: str) -> None:
    doc = valid()
    doc["scale"]["max"] = 2**64
    doc["roles"][0]["level"] = 2**63
    text = _text(doc, kind)
    report = check_text(text, f"team.{kind}")
    lines = {(p.where, p.line) for p in report.errors}
    assert lines == {
        ("scale.max", _line_of(text, str(2**64))),
        ("roles[0].level", _line_of(text, str(2**63))),
    }


def test_a_4400_digit_integer_is_refused_on_its_line_in_yaml_and_json() -> None:
    huge = "9" * 4400
    yaml_text = as_yaml(valid()).replace("level: 3", f"level: {huge}")
    problem = _only_error(yaml_text, "team.yaml")
    assert problem.line == _line_of(yaml_text, huge)
    assert "more than 40 characters" in problem.message
    assert huge not in str(problem)  # the bomb is not repeated in the message
    json_text = as_json(valid()).replace('"level": 3', f'"level": {huge}')
    problem = _only_error(json_text, "team.json")
    assert problem.line == _line_of(json_text, huge)
    assert "more than 40 characters" in problem.message


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("NaN", "NaN is not a number JSON allows"),
        ("Infinity", "Infinity is not a number JSON allows"),
        ("-Infinity", "-Infinity is not a number JSON allows"),
        ("1e999", "the number 1e999 is too large"),
    ],
)
def test_json_nan_and_infinity_are_refused_on_their_line(written: str, message: str) -> None:
    text = as_json(valid()).replace('"weight": 2', f'"weight": {written}')
    problem = _only_error(text, "team.json")
    assert (problem.line, problem.message) == (_line_of(text, written), message)


@pytest.mark.parametrize("written", [".nan", ".inf", "-.inf", "2.5"])
def test_yaml_nan_infinity_and_fractions_are_refused_as_levels_on_their_line(
    written: str,
) -> None:
    text = as_yaml(valid()).replace("level: 3", f"level: {written}")
    problem = _only_error(text, "team.yaml")
    assert problem.where == "roles[2].level"
    assert problem.line == _line_of(text, f"level: {written}")


def test_a_number_yaml_cannot_read_is_refused_on_its_line() -> None:
    text = as_yaml(valid()).replace("level: 3", "level: 0x_")
    problem = _only_error(text, "team.yaml")
    assert problem.line == _line_of(text, "0x_")
    assert "cannot be read as !!int" in problem.message


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_deep_nesting_is_refused_on_its_line(kind: str, depth: int) -> None:
    doc = valid()
    doc["roles"][2]["requires"] = "BOMB"
    text = _text(doc, kind)
    text = text.replace('"BOMB"' if kind == "json" else "BOMB", "[" * depth + "]" * depth)
    started = time.monotonic()
    problem = _only_error(text, f"team.{kind}")
    assert time.monotonic() - started < 5
    assert problem.line == _line_of(text, "[[[")
    assert "nest" in problem.message


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("version", ["2026\u202e11", "2026.11\u200b", "2026\n11", "v" * 101])
def test_versions_with_hidden_characters_or_too_long_are_refused(kind: str, version: str) -> None:
    doc = valid()
    doc["version"] = version
    problem = _only_error(_text(doc, kind), f"team.{kind}")
    assert (problem.where, problem.line) == ("version", 3 if kind == "yaml" else 4)


@pytest.mark.parametrize("kind", FORMATS)
def test_a_promotion_cycle_is_reported_beside_other_errors(kind: str) -> None:
    doc = valid()
    doc["transitions"].append({"from": "lead", "to": "agent"})
    doc["roles"][0]["title"] = ""
    doc["skills"][0]["levels"] = {1: "ok", 99: "off the scale"}
    report = check_text(_text(doc, kind), f"team.{kind}")
    messages = [p.message for p in report.errors]
    assert "text is empty" in messages
    assert any("outside the scale" in m for m in messages)
    assert any(m.startswith("promotions form a cycle: ") for m in messages), messages


def test_a_cycle_among_roles_that_are_themselves_broken_is_still_reported() -> None:
    doc = valid()
    doc["transitions"].append({"from": "lead", "to": "agent"})
    for role in doc["roles"]:
        role["level"] = "high"
    report = check_text(as_yaml(doc), "team.yaml")
    assert sum("cycle" in p.message for p in report.errors) == 1
    assert sum("expected a level" in p.message for p in report.errors) == 3


def _with(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    doc = valid()
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "where", "fragment"),
    [
        (("id",), "a" * (MAX_ID_CHARS + 1), "id", "longer than 100 characters"),
        (("roles", 0, "id"), "r" * 5000, "roles[0].id", "longer than 100"),
        (("roles", 0, "title"), "T" * (MAX_TEXT_CHARS + 1), "roles[0].title", "longer than 2,000"),
        (("name",), {"en": "ok", "pt-BR": "N" * 9000}, "name.pt-BR", "longer than 2,000"),
        (
            ("roles", 0, "description"),
            "D" * (MAX_LONG_TEXT_CHARS + 1),
            "roles[0].description",
            "longer than 20,000",
        ),
        (("transitions", 0, "months"), MAX_MONTHS + 1, "transitions[0].months", "at most 600"),
        (("transitions", 0, "months"), -1, "transitions[0].months", "cannot be negative"),
        (
            ("roles", 1, "requires", "fix", "weight"),
            10**6,
            "roles[1].requires.fix.weight",
            "positive number up to 1000",
        ),
        (
            ("roles", 0, "responsibilities"),
            ["duty"] * 201,
            "roles[0].responsibilities",
            "more than 200 items",
        ),
    ],
)
@pytest.mark.parametrize("kind", FORMATS)
def test_texts_numbers_and_lists_beyond_their_limits_are_refused(
    kind: str, path: tuple[str | int, ...], value: Any, where: str, fragment: str
) -> None:
    report = check_text(_text(_with(path, value), kind), f"team.{kind}")
    (problem,) = [p for p in report.errors if p.where == where]
    assert fragment in problem.message
    assert problem.line > 0


def test_texts_at_their_limits_are_valid() -> None:
    doc = valid()
    doc["roles"][0]["title"] = "T" * MAX_TEXT_CHARS
    doc["roles"][0]["description"] = "D" * MAX_LONG_TEXT_CHARS
    doc["transitions"][0]["months"] = MAX_MONTHS
    assert check_text(as_yaml(doc), "team.yaml").ok


def test_too_many_requirements_and_roles_are_refused_quickly() -> None:
    doc = valid()
    doc["roles"][1]["requires"] = {f"ghost-{i}": 1 for i in range(MAX_REQUIREMENTS + 1)}
    report = check_text(as_json(doc), "team.json")
    assert any(
        p.where == "roles[1].requires" and "more than 500 skills" in p.message
        for p in report.errors
    )
    doc = valid()
    doc["roles"] = [
        {"id": f"r{i}", "title": "R", "level": 1, "entry": True} for i in range(MAX_ROLES + 1)
    ]
    doc["transitions"] = []
    started = time.monotonic()
    report = check_text(as_json(doc), "team.json")
    assert time.monotonic() - started < 5
    assert [p.message for p in report.errors] == ["more than 10,000 items (10,001)"]
