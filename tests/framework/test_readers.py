"""The YAML and JSON readers: odd but legal input is read, dangerous or broken input is refused
with its line, and nothing raises."""

from __future__ import annotations

import pytest

from cxcareer.framework.json_located import parse_json
from cxcareer.framework.load import check_text
from cxcareer.framework.yamlsafe import parse_yaml
from tests.framework.documents import as_json, as_yaml, valid


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: 1\nb: !!bool maybe\n", "cannot be read as !!bool"),
        ("a: 1\nb: !!int x\n", "cannot be read as !!int"),
        ("a: 1\nb: !!float x\n", "cannot be read as !!float"),
        ("a: 1\nb: !!map x\n", "!!map does not fit a single value"),
        ("a: 1\nb: !!str {c: 1}\n", "!!str does not fit a map"),
        ("a: 1\nb: !!map [1]\n", "!!map does not fit a list"),
        ("a: 1\nb: !!binary aGVsbG8=\n", "custom YAML tag !!binary"),
        ("a: 1\nb: !!python/object:os.system x\n", "custom YAML tag"),
        ("a: 1\nb: !secret x\n", "custom YAML tag !secret"),
        ("a: 1\nb: !!set {x, y}\n", "custom YAML tag !!set"),
        ("a: 1\nb: &anchor x\n", "anchors (&anchor)"),
        ("a: 1\nb: *nothing\n", "aliases"),
        ("a: 1\nb: \x07\n", "U+0007"),
        ("a: 1\nb: [1\n", "YAML syntax error"),
        ("a: 1\n---\nb: 2\n", "one YAML document"),
    ],
)
def test_yaml_refusals_name_the_second_line(text: str, fragment: str) -> None:
    parsed = parse_yaml(text)
    assert parsed.problems, text
    line, message = parsed.problems[0]
    assert fragment in message
    assert line in (2, 3)  # the problem is on line 2 (a syntax error may show at line 3)
    report = check_text(text, "odd.yaml")
    assert report.framework is None
    assert report.errors[0].line == line


def test_yaml_specials_stay_text() -> None:
    """Merge keys, ``=`` and dates are not turned into something surprising."""
    parsed = parse_yaml("<<: x\nv: =\nd: 2026-11-01\nn: ~\nt: yes\no: 017\n")
    assert parsed.problems == []
    assert parsed.value == {"<<": "x", "v": "=", "d": "2026-11-01", "n": None, "t": True, "o": 15}


def test_yaml_keys_of_every_type_get_lines() -> None:
    parsed = parse_yaml("a:\n  1: x\n  true: y\n  ~: z\n  1.5: w\n")
    assert parsed.problems == []
    assert parsed.lines[("a", "1")] == 2
    assert parsed.lines[("a", "true")] == 3
    assert parsed.lines[("a", "null")] == 4
    assert parsed.lines[("a", "1.5")] == 5


def test_equal_keys_written_differently_are_duplicates() -> None:
    (problem,) = parse_yaml("a: 1\ntrue: 2\nTrue: 3\n").problems
    assert problem[0] == 3
    assert "first written on line 2" in problem[1]
    assert parse_yaml("1: a\n0x1: b\n").problems[0][0] == 2


def test_a_level_described_twice_is_an_error() -> None:
    text = as_yaml(valid()).replace("    1: basic\n", "    1: basic\n    '1': again\n", 1)
    report = check_text(text, "team.yaml")
    (problem,) = report.errors
    assert problem.where == "skills[0].levels.1"
    assert "described twice" in problem.message
    assert problem.line == text.splitlines().index("    '1': again") + 1


def test_integer_keys_where_ids_belong_get_lines() -> None:
    text = as_yaml(valid()).replace("    talk: 1\n", "    talk: 1\n    42: 1\n", 1)
    report = check_text(text, "team.yaml")
    (problem,) = report.errors
    assert problem.where == "roles[0].requires.42"
    assert problem.line == text.splitlines().index("    42: 1") + 1


def test_json_accepts_tabs_escapes_and_unicode() -> None:
    doc = valid()
    doc["description"] = 'tab\there, quote " and é'
    text = as_json(doc).replace("  ", "\t")  # tab indentation too
    text = text.replace("\\t", "\t")  # and a raw tab inside a string
    report = check_text(text, "team.json")
    assert report.ok, [str(p) for p in report.problems]
    assert report.framework is not None
    assert report.framework.description.get() == 'tab\there, quote " and é'
    assert check_text(text, "team.yaml").ok  # JSON in a .yaml file is detected too


def test_json_lines_follow_multiline_strings() -> None:
    text = '{\n"a": "one\ntwo\nthree",\n"b": [\n1,\n"x\\ny"\n],\n"c": null\n}'
    parsed = parse_json(text)
    assert parsed.problems == []
    assert parsed.lines[("a",)] == 2
    assert parsed.lines[("b",)] == 5
    assert parsed.lines[("b", 1)] == 7
    assert parsed.lines[("c",)] == 9
    assert parsed.value == {"a": "one\ntwo\nthree", "b": [1, "x\ny"], "c": None}


def test_json_refuses_nan_and_reports_syntax_lines() -> None:
    assert "NaN" in parse_json('{"a":\n NaN}').problems[0][1]
    line, message = parse_json('{\n"a": 1,\n"b": }').problems[0]
    assert (line, message.startswith("JSON syntax error")) == (3, True)


def test_bom_in_text_and_bytes() -> None:
    for name in ("team.json", "team.yaml"):
        text = as_json(valid()) if name.endswith("json") else as_yaml(valid())
        assert check_text("\ufeff" + text, name).ok
        assert check_text(b"\xef\xbb\xbf" + text.encode(), name).ok


def test_huge_numbers_are_errors_not_crashes() -> None:
    text = as_yaml(valid()).replace("  level: 1\n", f"  level: {10**400}\n", 1)
    (problem,) = check_text(text, "big.yaml").errors
    assert problem.line == text.splitlines().index(f"  level: {10**400}") + 1
    assert "more than 40 characters" in problem.message
    text = as_yaml(valid()).replace("      weight: 2\n", "      weight: 1e400\n", 1)
    (problem,) = check_text(text, "big.yaml").errors
    assert problem.where == "roles[1].requires.fix.weight"
