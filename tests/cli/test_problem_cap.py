"""At most 100 problems printed, then a count of the rest, in both languages (issue 13).

A generated framework file once printed 300,005 lines; ``framework check``, ``framework import``
and ``import`` of a bundle now print the first hundred and "… and N more problems".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cxcareer.framework import FrameworkInvalid, Problem
from cxcareer.framework.errors import SHOWN_PROBLEMS
from tests.cli.conftest import run_cli
from tests.framework.documents import as_yaml, valid


def _unknown_keys(path: Path, count: int) -> Path:
    """A framework file with ``count`` errors: one unknown top-level key each."""
    extra = "".join(f"k{i}: 1\n" for i in range(count))
    path.write_text(as_yaml(valid()) + extra, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "more"),
    [("en_US.UTF-8", "… and 299,900 more problems"), ("pt_BR.UTF-8", "… e mais 299.900 problemas")],
)
def test_check_of_a_300000_problem_file_prints_100_and_a_count(
    tmp_path: Path, lang: str, more: str
) -> None:
    path = _unknown_keys(tmp_path / "many.yaml", 300_000)
    result = run_cli("framework", "check", str(path), lang=lang)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    problems = [line for line in lines if re.match(rf"{re.escape(str(path))}:\d+: ", line)]
    assert len(problems) == SHOWN_PROBLEMS
    assert problems[0].endswith("unknown key 'k0'")
    assert problems[-1].endswith("unknown key 'k99'")
    assert more in lines
    assert len(lines) == SHOWN_PROBLEMS + 2  # the problems, the count, the verdict


def test_json_output_still_lists_every_problem(tmp_path: Path) -> None:
    path = _unknown_keys(tmp_path / "many.yaml", 150)
    result = run_cli("framework", "check", str(path), "--json")
    assert len(json.loads(result.stdout)["errors"]) == 150


def test_framework_import_prints_100_and_a_count(tmp_path: Path) -> None:
    path = _unknown_keys(tmp_path / "many.yaml", 130)
    result = run_cli("framework", "import", str(path), "--db", str(tmp_path / "a.db"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    problems = [line for line in lines if re.match(rf"{re.escape(str(path))}:\d+: ", line)]
    assert len(problems) == SHOWN_PROBLEMS
    assert "… and 30 more problems" in lines
    assert "Traceback" not in result.stderr


def test_bundle_import_prints_100_and_a_count_in_portuguese(tmp_path: Path) -> None:
    bundle = tmp_path / "x.json"
    doc = {"format": "cxcareer/bundle@1", **{f"extra-{i}": i for i in range(250)}}
    bundle.write_text(json.dumps(doc), encoding="utf-8")
    result = run_cli("import", str(bundle), "--db", str(tmp_path / "a.db"), lang="pt_BR.UTF-8")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len([line for line in lines if line.startswith(f"{bundle}: ")]) == SHOWN_PROBLEMS
    assert "… e mais 158 problemas" in lines  # 250 unknown keys and 8 missing ones


def test_the_exception_message_is_capped_too() -> None:
    problems = [Problem("f.yaml", i, "", f"problem {i}") for i in range(1, 1001)]
    lines = str(FrameworkInvalid(problems)).splitlines()
    assert len(lines) == SHOWN_PROBLEMS + 1
    assert lines[-1] == "… and 900 more"
