"""The example in the user documentation of the format must itself be a valid framework."""

from __future__ import annotations

import re
from pathlib import Path

from cxcareer.framework.load import check_text

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_format_example_is_valid_and_bilingual() -> None:
    text = (DOCS / "framework-format.md").read_text(encoding="utf-8")
    match = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert match is not None
    report = check_text(match.group(1), "example.yaml")
    assert report.problems == ()
    assert report.framework is not None
    assert report.framework.role("team-lead").title.get("pt-BR") == "Líder de Equipe"
