"""Every kind of error lands on the line and place a user would look at, in YAML and JSON alike.

Each case breaks the valid document in one way and names the line (by its text in the dumped
file) the problem must point at; the line number itself is computed from the dumped text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from cxcareer.framework.load import check_text
from tests.framework.documents import as_json, as_yaml, valid

Doc = dict[str, Any]


def _set(*steps: Any) -> Callable[[Doc], None]:
    """A mutation writing ``steps[-1]`` at the path ``steps[:-1]``."""

    def apply(doc: Doc) -> None:
        target: Any = doc
        for step in steps[:-2]:
            target = target[step]
        target[steps[-2]] = steps[-1]

    return apply


def _drop(*steps: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        target: Any = doc
        for step in steps[:-1]:
            target = target[step]
        del target[steps[-1]]

    return apply


def _append_move(move: Doc) -> Callable[[Doc], None]:
    return lambda doc: doc["transitions"].append(move)


# (mutation, where, message fragment, text of the line in YAML, which occurrence of that text)
CASES: list[tuple[Callable[[Doc], None], str, str, str, int]] = [
    (_set("colour", "red"), "colour", "unknown key 'colour'", "colour: red", 1),
    (_set("roles", 0, "titel", "X"), "roles[0].titel", "did you mean 'title'", "  titel: X", 1),
    (_drop("roles", 2, "title"), "roles[2]", "missing required key 'title'", "- id: lead", 1),
    (_set("roles", 0, "level", True), "roles[0].level", "true/false", "  level: true", 1),
    (_set("version", 2026.11), "version", "write it in quotes", "version: 2026.11", 1),
    (
        _set("skills", 0, "id", "Talk Skill"),
        "skills[0].id",
        "not a valid id",
        "- id: Talk Skill",
        1,
    ),
    (_set("skills", 1, "id", "talk"), "skills[1].id", "duplicate skill id 'talk'", "- id: talk", 2),
    (
        _set("roles", 2, "requires", {"tlak": 3}),
        "roles[2].requires.tlak",
        "unknown skill 'tlak'; did you mean 'talk'?",
        "    tlak: 3",
        1,
    ),
    (_set("roles", 1, "track", "suport"), "roles[1].track", "unknown track", "  track: suport", 1),
    (_set("transitions", 1, "to", "leed"), "transitions[1].to", "'lead'", "  to: leed", 1),
    (_set("roles", 2, "level", 6), "roles[2].level", "outside the scale 1..5", "  level: 6", 1),
    (
        _set("roles", 0, "requires", {"talk": 0}),
        "roles[0].requires.talk",
        "outside the scale",
        "    talk: 0",
        1,
    ),
    (
        _set("roles", 1, "requires", "fix", "level", 9),
        "roles[1].requires.fix.level",
        "outside the scale",
        "      level: 9",
        1,
    ),
    (_set("skills", 1, "levels", {7: "x"}), "skills[1].levels.7", "outside", "    7: x", 1),
    (_set("scale", "names", {9: "x"}), "scale.names.9", "outside the scale", "    9: x", 1),
    (_set("scale", "max", "high"), "scale.max", "whole number", "  max: high", 1),
    (
        _set("roles", 1, "requires", "fix", "weight", -1),
        "roles[1].requires.fix.weight",
        "positive number",
        "      weight: -1",
        1,
    ),
    (_set("transitions", 0, "months", -2), "transitions[0].months", "negative", "  months: -2", 1),
    (_set("transitions", 1, "months", True), "transitions[1].months", "whole", "  months: true", 1),
    (_set("transitions", 2, "to", "lead"), "transitions[2]", "to itself", "- from: lead", 1),
    (
        _append_move({"from": "agent", "to": "senior"}),
        "transitions[3]",
        "duplicate move from 'agent' to 'senior'",
        "- from: agent",
        2,
    ),
    (_set("roles", 0, "title", ""), "roles[0].title", "text is empty", "  title: ''", 1),
    (_set("roles", 0, "tier", "top"), "roles[0].tier", "operational, tactical", "  tier: top", 1),
    (_set("transitions", 2, "kind", "up"), "transitions[2].kind", "promotion or", "  kind: up", 1),
    (_set("format", "x/y@2"), "format", "expected 'cxcareer/framework@1'", "format: x/y@2", 1),
    (_set("name", {"en": 5}), "name.en", "non-empty text", "  en: 5", 1),
    (_set("roles", 0, "entry", "yes"), "roles[0].entry", "true or false", "  entry: 'yes'", 1),
    (
        _set("roles", 1, "responsibilities", "x"),
        "roles[1].responsibilities",
        "expected a list",
        "  responsibilities: x",
        1,
    ),
    (
        _drop("transitions", 0, "to"),
        "transitions[0]",
        "missing required key 'to'",
        "- from: agent",
        1,
    ),
]


def _unlined(message: str) -> str:
    """A message without the line numbers it quotes, which differ between YAML and JSON."""
    return re.sub(r"line \d+", "line N", message)


def _line(text: str, needle: str, occurrence: int) -> int:
    hits = [number for number, line in enumerate(text.splitlines(), 1) if line == needle]
    assert len(hits) >= occurrence, (needle, text)
    return hits[occurrence - 1]


@pytest.mark.parametrize(("mutate", "where", "fragment", "needle", "occurrence"), CASES)
def test_each_error_kind_has_its_line_and_place(
    mutate: Callable[[Doc], None], where: str, fragment: str, needle: str, occurrence: int
) -> None:
    doc = valid()
    mutate(doc)
    text = as_yaml(doc)
    report = check_text(text, "team.yaml")
    assert report.framework is None
    matching = [p for p in report.errors if p.where == where and fragment in p.message]
    assert matching, [str(p) for p in report.problems]
    problem = matching[0]
    assert problem.file == "team.yaml"
    assert problem.line == _line(text, needle, occurrence)
    assert str(problem).startswith(f"team.yaml:{problem.line}: {where}: ")
    first = re.search(r"first (?:\w+ )?on line (\d+)", problem.message)
    if first:  # duplicates name the line of the first one
        assert int(first.group(1)) == _line(text, needle, 1)


@pytest.mark.parametrize(("mutate", "where", "fragment", "needle", "occurrence"), CASES)
def test_json_reports_the_same_problems_on_the_key_line(
    mutate: Callable[[Doc], None], where: str, fragment: str, needle: str, occurrence: int
) -> None:
    doc = valid()
    mutate(doc)
    text = as_json(doc)
    from_json = check_text(text, "team.json")
    from_yaml = check_text(as_yaml(doc), "team.yaml")
    assert {(p.where, _unlined(p.message)) for p in from_json.problems} == {
        (p.where, _unlined(p.message)) for p in from_yaml.problems
    }
    lines = text.splitlines()
    problem = next(p for p in from_json.errors if p.where == where and fragment in p.message)
    last = re.split(r"[.\[]", where)[-1]
    if not last.endswith("]"):  # a key: its line in the JSON text names it
        assert f'"{last}"' in lines[problem.line - 1]


def test_promotion_cycle_points_at_one_of_its_moves() -> None:
    doc = valid()
    doc["transitions"].append({"from": "lead", "to": "agent", "kind": "promotion"})
    text = as_yaml(doc)
    (problem,) = check_text(text, "team.yaml").errors
    index = int(problem.where.removeprefix("transitions[").removesuffix("]"))
    move = doc["transitions"][index]
    assert move.get("kind", "promotion") == "promotion"
    assert problem.line == _line(
        text,
        f"- from: {move['from']}",
        1 + sum(1 for m in doc["transitions"][:index] if m["from"] == move["from"]),
    )
    shown = problem.message.split(": ", 1)[1].split(" → ")
    assert sorted(shown[:-1]) == ["agent", "lead", "senior"]
    assert shown[0] == shown[-1]
    assert (move["from"], move["to"]) == (shown[0], shown[1])


def test_warnings_have_their_lines() -> None:
    doc = valid()
    doc["roles"][2]["requires"] = {"talk": 3, "fix": 3}
    doc["roles"][0]["entry"] = False
    text = as_yaml(doc)
    report = check_text(text, "team.yaml")
    assert report.ok
    by_where = {w.where: w for w in report.warnings}
    assert set(by_where) == {"roles", "roles[2].requires.fix"}
    assert by_where["roles"].line == _line(text, "roles:", 1)
    assert by_where["roles[2].requires.fix"].line == _line(text, "    fix: 3", 1)
    assert "no descriptor for level 3" in by_where["roles[2].requires.fix"].message
