"""The demo team read from resources/demo/team.yaml: the recorded team, clear refusals."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from cxcareer.service.career import CareerApp
from cxcareer.service.demo import create_demo
from cxcareer.service.demo_team import (
    DemoDataError,
    demo_team_path,
    load_demo_team,
    parse_demo_team,
)
from cxcareer.store.database import open_database, resolve_location
from cxcareer.store.records import EvidenceKind
from tests.service.demo_dump import dump_digest

#: dump_digest of the demo built on 2 June 2025 from the team file with Mariana's own director,
#: one-to-ones and flagged disagreement (issue 11): a change to the stored story is deliberate.
SCRIPT_DIGESTS = {
    "en": "eed6c11650f3bcbf1f67d6efe48676560f8855c2c5facbf04cdc61dae109bd7c",
    "pt-BR": "ce6b80732906581bb61466f795641473050f716aab8740d22aa8e96145b8d997",
}


@pytest.mark.parametrize("lang", sorted(SCRIPT_DIGESTS))
def test_the_demo_database_is_the_recorded_one(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "demo.db"
    database = open_database(resolve_location(str(path)))
    try:
        create_demo(CareerApp(database, lang=lang), today=date(2025, 6, 2))
    finally:
        database.close()
    assert dump_digest(path) == SCRIPT_DIGESTS[lang], (
        "the demo team changed; if that was meant, record the new digest here"
    )


def test_the_shipped_file_loads_typed() -> None:
    team = load_demo_team()
    assert team.manager.name == "Mariana Albuquerque"
    assert len(team.members) == 4
    assert team.director is not None
    assert team.director.targets == ()
    assert team.manager.manager_days, "her own manager rates her too"
    evidence = [item for person in team.members for item in person.evidence]
    assert evidence
    assert all(isinstance(item.kind, EvidenceKind) for item in evidence)
    assert all(set(item.text.languages()) == {"en", "pt-BR"} for item in evidence)
    assert load_demo_team() is team, "read once"


def _document() -> dict[str, Any]:
    loaded = yaml.safe_load(demo_team_path().read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return copy.deepcopy(loaded)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["manager"].pop("email"), "manager: missing email"),
        (lambda d: d["manager"].update(nickname="Mari"), "manager: unknown field(s) nickname"),
        (lambda d: d["director"].pop("role"), "director: missing role"),
        (
            lambda d: d["members"][0]["actions"][0].update(due_in="soon"),
            "members[0].actions[0].due_in: expected a whole number, got 'soon'",
        ),
        (
            lambda d: d["members"][0]["evidence"][0].update(kind="gossip"),
            "members[0].evidence[0].kind: expected one of work, training, feedback, "
            "certification, got 'gossip'",
        ),
        (
            lambda d: d["members"][0]["evidence"][0]["text"].pop("pt-BR"),
            "members[0].evidence[0].text: missing pt-BR",
        ),
        (
            lambda d: d["members"][0]["meetings"][0].update(agreed=[7]),
            "members[0].meetings[0].agreed: no action 7",
        ),
        (lambda d: d.update(members={"a": 1}), "members: expected a list, got dict"),
        (lambda d: d["members"][1]["start"].update(empathy="high"), "start.empathy"),
    ],
)
def test_a_wrong_document_is_refused_saying_where(change: Any, message: str) -> None:
    document = _document()
    change(document)
    with pytest.raises(DemoDataError, match="demo") as caught:
        parse_demo_team(document, source="demo team")
    assert message in str(caught.value)


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "team.yaml"
    broken.write_text("manager: [unclosed\n", encoding="utf-8")
    with pytest.raises(DemoDataError, match="cannot be read"):
        load_demo_team(broken)
    with pytest.raises(DemoDataError, match="cannot be read"):
        load_demo_team(tmp_path / "missing.yaml")
