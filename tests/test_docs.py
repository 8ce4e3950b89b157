"""The user documentation tells the truth: the format example is a valid framework, and the
security page shows the policies the server enforces."""

from __future__ import annotations

import re
from pathlib import Path

from cxcareer.framework.load import check_text
from cxcareer.store.server_guards import HISTORY_TABLES
from cxcareer.store.server_policies import POLICY_TABLE

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_format_example_is_valid_and_bilingual() -> None:
    text = (DOCS / "framework-format.md").read_text(encoding="utf-8")
    match = re.search(r"```yaml\n(.*?)```", text, re.S)
    assert match is not None
    report = check_text(match.group(1), "example.yaml")
    assert report.problems == ()
    assert report.framework is not None
    assert report.framework.role("team-lead").title.get("pt-BR") == "Líder de Equipe"


def _security_section(title: str) -> str:
    text = (DOCS / "security.md").read_text(encoding="utf-8")
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_security_policy_table_is_the_one_the_server_enforces() -> None:
    """docs/security.md shows POLICY_TABLE word for word, every table, no other."""
    section = _security_section("Who reads and writes what")
    rows = re.findall(r"^\| `([a-z_]+)` \| (.+?) \| (.+?) \| (.+?) \|$", section, re.M)
    shown = {table: {"employee": e, "manager": m, "hr": h} for table, e, m, h in rows}
    assert shown == {table: dict(kinds) for table, kinds in POLICY_TABLE.items()}


def test_security_page_names_every_history_table() -> None:
    section = _security_section("Who reads and writes what")
    paragraph = section.split("**History stays as written.**", 1)[1].split("\n- ", 1)[0]
    named = re.findall(r"`([a-z_]+)`", paragraph)
    assert sorted(named) == sorted(HISTORY_TABLES)
