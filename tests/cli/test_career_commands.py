"""``cxcareer next`` and ``cxcareer path``: JSON shapes, agreement with the engine, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxcareer.cli import main
from cxcareer.framework.builtin import load_builtin
from cxcareer.framework.load import load_file
from cxcareer.graph import build_graph, next_moves, paths
from tests.cli.conftest import run_cli


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(argv) == 0
    payload: dict[str, object] = json.loads(capsys.readouterr().out)
    return payload


def test_next_json_matches_the_engine(
    capsys: pytest.CaptureFixture[str], small_framework: Path
) -> None:
    payload = _json(
        capsys,
        [
            "next",
            "--role",
            "agent",
            "--framework",
            str(small_framework),
            "--skill",
            "talk=2",
            "--skill",
            "fix=1",
            "--json",
            "--lang",
            "en",
        ],
    )
    framework = load_file(small_framework)
    expected = next_moves(build_graph(framework), "agent", {"talk": 2, "fix": 1})
    assert payload["framework"] == "tiny"
    assert payload["role"] == "agent"
    moves = payload["next"]
    assert isinstance(moves, list)
    assert [move["role"] for move in moves] == [step.role for step in expected]
    for move, step in zip(moves, expected, strict=True):
        assert set(move) == {
            "role", "title", "kind", "readiness", "months", "missing", "requirements", "unrated",
        }  # fmt: skip
        assert move["readiness"] == round(step.readiness, 4)
        assert (move["requirements"], move["unrated"]) == (step.requirements, step.unrated)
        assert move["kind"] == step.kind.value
        assert move["months"] == step.months
        assert [(m["skill"], m["have"], m["need"], m["rated"]) for m in move["missing"]] == [
            (m.skill, m.have, m.need, m.rated) for m in step.missing
        ]
    senior = next(move for move in moves if move["role"] == "senior-agent")
    # talk 2 of 2 (w1) and fix 1 of 2 (w3): (2 + 3*1) / (2 + 3*2) = 5/8
    assert senior["readiness"] == 0.625
    assert senior["missing"] == [
        {"skill": "fix", "name": "Fixing", "have": 1, "need": 2, "rated": True}
    ]


def test_next_text_shows_percent_formula_and_missing(small_framework: Path) -> None:
    result = run_cli(
        "next",
        "--role",
        "agent",
        "--framework",
        str(small_framework),
        "--skill",
        "talk=2",
        "--skill",
        "fix=1",
    )
    assert result.returncode == 0, result.stderr
    assert "62%" in result.stdout or "63%" in result.stdout
    assert "Fixing 1 → 2" in result.stdout
    assert "sum(w * min(have, need)) / sum(w * need)" in result.stdout


def test_next_says_not_rated_instead_of_a_zero_nobody_gave(small_framework: Path) -> None:
    result = run_cli(
        "next", "--role", "agent", "--framework", str(small_framework), "--skill", "talk=2"
    )
    assert result.returncode == 0, result.stderr
    assert "Fixing not rated → 2" in result.stdout
    assert "Fixing 0 → 2" not in result.stdout
    assert "1 not rated" in result.stdout


def test_path_json_matches_the_engine(
    capsys: pytest.CaptureFixture[str], small_framework: Path
) -> None:
    payload = _json(
        capsys,
        [
            "path",
            "--from",
            "agent",
            "--to",
            "lead",
            "--framework",
            str(small_framework),
            "--skill",
            "fix=2",
            "--json",
        ],
    )
    framework = load_file(small_framework)
    expected = paths(build_graph(framework), "agent", "lead", {"fix": 2}, k=3)
    assert payload["from"] == "agent"
    assert payload["to"] == "lead"
    found = payload["paths"]
    assert isinstance(found, list)
    assert [tuple(p["roles"]) for p in found] == [p.roles for p in expected]
    assert [p["gap"] for p in found] == [p.gap for p in expected]
    assert [p["months"] for p in found] == [p.months for p in expected]
    assert all(set(p) == {"roles", "gap", "months", "missing"} for p in found)


def test_alternatives_limits_the_count(
    capsys: pytest.CaptureFixture[str], small_framework: Path
) -> None:
    payload = _json(
        capsys,
        [
            "path",
            "--from",
            "agent",
            "--to",
            "lead",
            "--framework",
            str(small_framework),
            "--alternatives",
            "0",
            "--json",
        ],
    )
    found = payload["paths"]
    assert isinstance(found, list)
    assert len(found) == 1


def test_no_path_is_an_answer(small_framework: Path) -> None:
    result = run_cli(
        "path", "--from", "lead", "--to", "agent", "--framework", str(small_framework), "--json"
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["paths"] == []
    text = run_cli("path", "--from", "lead", "--to", "agent", "--framework", str(small_framework))
    assert text.returncode == 0
    assert "There is no path from Lead to Agent" in text.stdout


def test_unknown_role_names_closest_ids() -> None:
    result = run_cli("next", "--role", "support-specialst")
    assert result.returncode == 1
    assert "support-specialst" in result.stderr
    assert "support-specialist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_skill_and_bad_level(small_framework: Path) -> None:
    unknown = run_cli(
        "next", "--role", "agent", "--framework", str(small_framework), "--skill", "tlak=2"
    )
    assert unknown.returncode == 1
    assert "tlak" in unknown.stderr
    assert "talk" in unknown.stderr
    too_high = run_cli(
        "next", "--role", "agent", "--framework", str(small_framework), "--skill", "talk=12"
    )
    assert too_high.returncode == 1
    assert "12" in too_high.stderr
    assert "0 to 7" in too_high.stderr
    for result in (unknown, too_high):
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["talk", "talk=high", "=2"])
def test_malformed_skill_is_a_usage_error(
    value: str, small_framework: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["next", "--role", "agent", "--framework", str(small_framework), "--skill", value])
    assert code == 2
    assert "SKILL=LEVEL" in capsys.readouterr().err


def test_missing_role_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["next"]) == 2
    assert "--role" in capsys.readouterr().err


def test_portuguese_from_flag_and_from_locale() -> None:
    framework = load_builtin()
    title_pt = framework.role("support-team-lead").title.get("pt-BR")
    by_flag = run_cli("next", "--role", "support-specialist", "--lang", "pt-BR")
    by_locale = run_cli("next", "--role", "support-specialist", lang="pt_BR.UTF-8")
    english = run_cli("next", "--role", "support-specialist", lang="en_GB.UTF-8")
    for result in (by_flag, by_locale):
        assert result.returncode == 0, result.stderr
        assert title_pt in result.stdout
        assert "Próximos passos" in result.stdout
    assert framework.role("support-team-lead").title.get("en") in english.stdout
    assert "Next moves" in english.stdout
