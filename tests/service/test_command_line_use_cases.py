"""The use cases the command line needed from the service: defaults, partial edits, exports.

Each runs on a real SQLite file through the same functions the app calls, so a default or a
refusal decided here holds for both faces.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from cxcareer.service import development
from cxcareer.service.career import CareerApp
from cxcareer.service.history_export import HISTORY_COLUMNS, export_history_csv
from cxcareer.service.meeting_rows import record_meeting
from cxcareer.service.person_summary import summarise_person
from cxcareer.service.rules import Refused
from cxcareer.store.records import ActionStatus, Assessor, Basis

ROLE = "support-representative"


@pytest.fixture
def team(career_app: CareerApp) -> tuple[CareerApp, str, str]:
    """An app without a user name, Ana reporting to Bruno."""
    app = CareerApp(career_app.database, lang="pt-BR")
    bruno = app.create_person("Bruno Lima", current_role="support-team-lead").value
    ana = app.create_person("Ana Souza", current_role=ROLE, manager_id="Bruno Lima").value
    return app, ana.id, bruno.id


def test_create_person_by_framework_id_or_refused(career_app: CareerApp) -> None:
    person = career_app.create_person("Eva", current_role=ROLE, framework_version_id="cx-support")
    assert person.value.framework_version_id == career_app.builtin_version().id
    with pytest.raises(Refused) as refused:
        career_app.create_person("Eva", framework_version_id="nope")
    assert refused.value.key == "unknown_framework"
    assert "cx-support" in str(refused.value)
    with pytest.raises(Refused, match="needs a name"):
        career_app.create_person("   ")


def test_edit_person_changes_only_what_is_given(team: tuple[CareerApp, str, str]) -> None:
    app, ana, _bruno = team
    before = app.person(ana)
    edited = app.edit_person(ana, email=" ana@example.org ", targets=["support-specialist"])
    after = edited.value
    assert (after.name, after.current_role, after.manager_id) == (
        before.name,
        before.current_role,
        before.manager_id,
    )
    assert after.email == "ana@example.org"
    assert after.targets == ("support-specialist",)
    assert app.edit_person(ana, manager_id=None).value.manager_id is None
    with pytest.raises(Refused, match="removed"):
        app.edit_person(ana, current_role=None)


def test_default_names_come_from_the_people(team: tuple[CareerApp, str, str]) -> None:
    app, ana, _bruno = team
    self_rating = app.rate(ana, {"communication": 2}).value
    manager_rating = app.rate(ana, {"communication": 1}, assessor=Assessor.MANAGER).value
    assert (self_rating.assessor_name, manager_rating.assessor_name) == ("Ana Souza", "Bruno Lima")
    action = development.add_action(app, "Ana Souza", "Shadow a lead").value
    assert action.owner == "Ana Souza"
    meeting = record_meeting(app, ana, date(2026, 3, 2), shared_notes="growth").value
    assert meeting.author == "Bruno Lima"
    with pytest.raises(Refused, match="owner"):
        development.add_action(app, ana, "Shadow a lead", "   ")
    with pytest.raises(Refused, match="author"):
        record_meeting(app, ana, date(2026, 3, 2), "")
    development.set_action_status(app, action.id, ActionStatus.DONE)
    assert development.list_actions(app, ana, status=ActionStatus.OPEN) == []
    assert [a.id for a in development.list_actions(app, ana)] == [action.id]


def test_summary_and_history_csv(team: tuple[CareerApp, str, str], tmp_path: Path) -> None:
    app, ana, bruno = team
    app.rate(ana, {"communication": 3}, comments={"communication": "=1+1"})
    summary = summarise_person(app, "ana souza", basis=Basis.SELF)
    assert summary.manager is not None
    assert summary.manager.id == bruno
    assert summary.counts.assessments == 1
    assert summary.snapshot.levels == {"communication": 3}

    written = export_history_csv(app, ana, tmp_path / "ana.csv")
    assert (written.rows, written.person_name) == (1, "Ana Souza")
    with (tmp_path / "ana.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HISTORY_COLUMNS)
    assert rows[1][HISTORY_COLUMNS.index("skill_name")] == "Comunicação"
    assert rows[1][-1] == "'=1+1"
