"""``cxcareer framework check|show`` through the real process and in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxcareer.cli import main
from cxcareer.framework.builtin import load_builtin
from cxcareer.framework.load import check_file
from tests.cli.conftest import run_cli


def test_check_valid_file_exits_0_and_prints_warnings(small_framework: Path) -> None:
    result = run_cli("framework", "check", str(small_framework))
    assert result.returncode == 0, result.stderr
    assert "valid framework 'tiny'" in result.stdout
    warnings = check_file(small_framework).warnings
    assert any("island" in problem.where or "island" in problem.message for problem in warnings)
    for problem in warnings:
        assert str(problem) in result.stdout


def test_check_invalid_file_lists_every_problem(tmp_path: Path, small_framework: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = small_framework.read_text(encoding="utf-8")
    text = text.replace("requires: {talk: 1}", "requires: {talk: 1, coaching: 2}")
    text = text.replace("level: 3\n", "level: 9\n")
    broken.write_text(text, encoding="utf-8")
    result = run_cli("framework", "check", str(broken))
    assert result.returncode == 1
    errors = check_file(broken).errors
    assert len(errors) >= 2
    for problem in errors:
        assert f"{broken}:{problem.line}: {problem.where}: " in result.stderr
    assert "coaching" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cxcareer/framework@1", "id": "x", "version": "1"}', "utf-8")
    assert main(["framework", "check", str(bad), "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"file", "valid", "errors", "warnings"}
    assert payload["valid"] is False
    messages = " ".join(error["message"] for error in payload["errors"])
    assert "name" in messages
    assert "roles" in messages
    assert {"file", "line", "where", "message", "severity"} <= set(payload["errors"][0])


def test_check_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("framework", "check", str(tmp_path / "nope.yaml"))
    assert result.returncode == 1
    assert "nope.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_lists_every_builtin_role_by_track(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["framework", "show", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    framework = load_builtin()
    for role in framework.roles.values():
        assert f"{role.title.get('en')} ({role.id})" in out
    for track in framework.tracks.values():
        assert track.name.get("en") in out


def test_show_json_in_portuguese(capsys: pytest.CaptureFixture[str], small_framework: Path) -> None:
    assert (
        main(
            ["framework", "show", "--framework", str(small_framework), "--json", "--lang", "pt-BR"]
        )
        == 0
    )
    payload = json.loads(capsys.readouterr().out)
    assert payload["framework"] == "tiny"
    titles = {role["id"]: role["title"] for role in payload["roles"]}
    assert titles["senior-agent"] == "Agente sênior"
    senior = next(role for role in payload["roles"] if role["id"] == "senior-agent")
    assert senior["requires"] == {"talk": 2, "fix": 2}
    assert {"from": "agent", "to": "fixer", "kind": "lateral", "months": 3} in payload[
        "transitions"
    ]


def test_show_with_invalid_framework_lists_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: cxcareer/framework@1\nid: Bad Id\n", "utf-8")
    result = run_cli("framework", "show", "--framework", str(bad))
    assert result.returncode == 1
    assert f"{bad}:2: id:" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "framework" in result.stdout
    assert "next" in result.stdout
    assert "path" in result.stdout
