"""Loading: YAML and JSON alike, exact lines, refusals, and the LoadReport contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxcareer.framework import FrameworkInvalid, MoveKind, Severity, Text, Tier
from cxcareer.framework.load import (
    MAX_FILE_BYTES,
    check_file,
    check_text,
    content_hash,
    load_file,
    load_text,
)
from tests.framework.documents import as_json, as_yaml, valid


def test_valid_document_builds_the_framework() -> None:
    framework = load_text(as_yaml(valid()), "team.yaml")
    assert framework.id == "team"
    assert framework.version == "2026.11"
    assert framework.name.get("pt-BR") == "Trilha da equipe"
    assert list(framework.roles) == ["agent", "senior", "lead"]
    senior = framework.role("senior")
    fix = senior.requirement("fix")
    assert fix is not None
    assert fix.weight == 2.0
    assert senior.responsibilities[1].get("pt-BR") == "Own escalations"  # fallback to English
    assert framework.role("lead").tier is Tier.TACTICAL
    assert framework.transitions[1].kind is MoveKind.PROMOTION  # the default kind
    assert framework.transitions[2].months is None
    assert framework.scale.name(5, "pt-BR") == "Lidera"
    assert framework.scale.name(3) == "3"
    assert framework.skill("talk").descriptor(2) == "good"


def test_yaml_and_json_give_equal_frameworks() -> None:
    from_yaml = load_text(as_yaml(valid()), "team.yaml")
    from_json = load_text(as_json(valid()), "team.json")
    assert from_yaml == from_json


def test_json_is_detected_without_an_extension() -> None:
    assert load_text(as_json(valid()), "team.txt").id == "team"


def test_warnings_do_not_make_a_file_invalid() -> None:
    report = check_text(as_yaml(valid()), "team.yaml")
    assert report.ok
    # 'lead' needs talk 3 (described) and 'senior' needs fix 2 (described): no warnings...
    assert report.warnings == ()
    doc = valid()
    doc["roles"][2]["requires"] = {"talk": 3, "fix": 3}
    warned = check_text(as_yaml(doc), "team.yaml")
    assert warned.ok
    assert [w.where for w in warned.warnings] == ["roles[2].requires.fix"]
    assert warned.warnings[0].severity is Severity.WARNING


def test_load_raises_with_every_error(tmp_path: Path) -> None:
    doc = valid()
    doc["roles"][0]["requires"] = {"coaching": 2}
    doc["roles"][1]["level"] = 9
    path = tmp_path / "team.yaml"
    path.write_text(as_yaml(doc), encoding="utf-8")
    with pytest.raises(FrameworkInvalid) as raised:
        load_file(path)
    wheres = {problem.where for problem in raised.value.errors}
    assert wheres == {"roles[0].requires.coaching", "roles[1].level"}
    assert str(path) in str(raised.value)


def test_content_hash_is_the_sha256_of_the_bytes() -> None:
    import hashlib

    data = as_yaml(valid()).encode()
    assert content_hash(data) == hashlib.sha256(data).hexdigest()
    assert content_hash(data) != content_hash(data + b"\n")


def test_size_cap_refuses_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    report = check_file(big)
    assert not report.ok
    assert "larger than 5 MB" in report.problems[0].message
    assert not check_text(b" " * (MAX_FILE_BYTES + 1), "big.yaml").ok


def test_unreadable_paths_are_problems(tmp_path: Path) -> None:
    missing = check_file(tmp_path / "none.yaml")
    assert missing.problems[0].message == "no such file"
    folder = check_file(tmp_path)
    assert "folder" in folder.problems[0].message


def test_non_utf8_bytes_name_the_line() -> None:
    report = check_text(b"format: x\nname: caf\xe9\n", "latin.yaml")
    assert not report.ok
    assert report.problems[0].line == 2
    assert "UTF-8" in report.problems[0].message


def test_utf8_bom_is_accepted() -> None:
    assert check_text(b"\xef\xbb\xbf" + as_yaml(valid()).encode(), "bom.yaml").ok


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a0: &a0 "lol"']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]")
    report = check_text("\n".join(lines), "laughs.yaml")
    assert not report.ok
    assert "anchors" in report.problems[0].message
    assert report.problems[0].line == 1


def test_alias_alone_is_refused() -> None:
    report = check_text("a: *x\n", "alias.yaml")
    assert not report.ok


def test_custom_tags_are_refused() -> None:
    report = check_text("format: !!python/object:os.system x\n", "tag.yaml")
    assert not report.ok
    assert "tag" in report.problems[0].message
    assert not check_text("name: !secret x\n", "tag.yaml").ok


def test_core_tags_are_allowed() -> None:
    doc = as_yaml(valid()).replace("version: 2026.11", "version: !!str 2026.11")
    assert check_text(doc, "t.yaml").ok


def test_yaml_syntax_error_has_its_line() -> None:
    text = as_yaml(valid()) + "extra: [oops\n"
    report = check_text(text, "broken.yaml")
    assert not report.ok
    (problem,) = report.problems
    assert "syntax" in problem.message
    assert problem.line == len(text.splitlines()) + 1


def test_json_syntax_error_has_its_line() -> None:
    text = as_json(valid()).replace('"id": "team"', '"id": "team",,', 1)
    report = check_text(text, "broken.json")
    bad_line = next(i for i, line in enumerate(text.splitlines(), 1) if ",," in line)
    assert report.problems[0].line == bad_line


def test_duplicate_keys_are_errors_in_both_formats() -> None:
    yaml_text = as_yaml(valid()).replace("id: team\n", "id: team\nid: other\n", 1)
    report = check_text(yaml_text, "dup.yaml")
    assert not report.ok
    assert "duplicate key 'id'" in report.problems[0].message
    json_text = '{"format": "cxcareer/framework@1", "id": "a", "id": "b"}'
    assert "duplicate key 'id'" in check_text(json_text, "dup.json").problems[0].message


def test_deep_nesting_is_refused() -> None:
    assert not check_text("a: " + "[" * 200 + "]" * 200, "deep.yaml").ok
    assert not check_text('{"a": ' + "[" * 5000 + "]" * 5000 + "}", "deep.json").ok


def test_only_one_document() -> None:
    report = check_text(as_yaml(valid()) + "---\nid: x\n", "two.yaml")
    assert "one YAML document" in report.problems[0].message


def test_one_language_frameworks_fall_back() -> None:
    doc = valid()
    doc["name"] = "Equipe"
    framework = load_text(as_yaml(doc), "pt.yaml")
    assert framework.name.get("en") == "Equipe"
    assert framework.name.get("pt-BR") == "Equipe"
    assert Text({"pt-BR": "Só"}).get("en") == "Só"
