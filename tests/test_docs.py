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


def test_the_limits_table_shows_the_limits_the_checker_keeps() -> None:
    """docs/framework-format.md states each limit of cxcareer.framework.limits as it is."""
    from cxcareer.framework import limits
    from cxcareer.framework.load import MAX_FILE_BYTES

    text = (DOCS / "framework-format.md").read_text(encoding="utf-8")
    section = text.split("### Limits\n", 1)[1].split("\n### ", 1)[0]
    rows = dict(re.findall(r"^\| (.+?) \| ([\d,]+(?: MB)?) \|$", section, re.M))
    expected = {
        "Highest level of the scale": limits.MAX_LEVEL,
        "`months` of a move": limits.MAX_MONTHS,
        "`weight` of a requirement": limits.MAX_WEIGHT,
        "Characters of an id": limits.MAX_ID_CHARS,
        "Characters of the `version`": limits.MAX_VERSION_CHARS,
        "Characters of a name": limits.MAX_TEXT_CHARS,
        "Characters of a `description`": limits.MAX_LONG_TEXT_CHARS,
        "Roles": limits.MAX_ROLES,
        "Skills": limits.MAX_SKILLS,
        "Tracks": limits.MAX_TRACKS,
        "Transitions": limits.MAX_TRANSITIONS,
        "Requirements of one role": limits.MAX_REQUIREMENTS,
        "Responsibilities of one role": limits.MAX_RESPONSIBILITIES,
        "Nesting of maps and lists": limits.MAX_DEPTH,
        "Characters of one written number": limits.MAX_NUMBER_CHARS,
    }
    shown = {
        start: next(value for what, value in rows.items() if what.startswith(start))
        for start in expected
    }
    assert shown == {start: f"{value:,}" for start, value in expected.items()}
    assert rows["Size of the file"] == f"{MAX_FILE_BYTES // 2**20} MB"
    assert len(rows) == len(expected) + 1  # no limit shown that the checker does not keep


def test_the_bundle_limits_are_the_ones_the_import_keeps() -> None:
    from cxcareer.store.bundle_schema import MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_WHOLE, TEXT_LIMITS

    text = (DOCS / "framework-format.md").read_text(encoding="utf-8")
    paragraph = " ".join(
        text.split("The bundle itself has\nlimits", 1)[1].split("\n\n", 1)[0].split()
    )
    assert f"texts of at most {MAX_TEXT_CHARS:,} characters" in paragraph
    assert f"notes, evidence and comments {TEXT_LIMITS['text']:,}" in paragraph
    assert {TEXT_LIMITS[key] for key in ("shared_notes", "private_notes", "comment")} == {
        TEXT_LIMITS["text"]
    }
    assert f"at most {MAX_LIST_ITEMS:,} items in any list" in paragraph
    assert f"within ±{MAX_WHOLE:,}" in paragraph
