"""Paths models: checked with qtmodeltester and with plain data() expectations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.formats import percent
from cxcareer.service.path_options import path_options
from cxcareer.service.readiness_words import readiness_label
from cxcareer.service.what_if_plan import evaluate
from cxcareer.ui.overview.missing_tree import ROLE_ID
from cxcareer.ui.paths.path_steps_model import PathStepsModel
from cxcareer.ui.paths.skills_model import SKILL_ID, SkillsModel
from cxcareer.ui.paths.what_if_changes_model import WhatIfChangesModel
from cxcareer.ui.paths.what_if_model import ROLE_ID as WHAT_IF_ROLE_ID
from cxcareer.ui.paths.what_if_model import WhatIfModel


def _view(app: CareerApp) -> PersonSnapshot:
    person = app.create_person(
        "Ana", current_role="support-representative", targets=["support-team-lead"]
    ).value
    app.rate(person.id, {"communication": 3, "problem-solving": 2})
    return app.person_snapshot(person.id)


def test_path_steps_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    outcome = path_options(view, "support-team-lead")
    two_steps = next(o for o in outcome.options if o.path.moves == 2)
    model = PathStepsModel()
    model.set_option(view, two_steps)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.index(r, 0).data(ROLE_ID) for r in range(2)] == list(two_steps.roles[1:])
    first = model.index(0, 0)
    assert first.data() == "1. Customer Support Specialist · about 1½ years"
    assert model.index(0, 1).data() == readiness_label(two_steps.steps[0], "en", short=True)
    assert model.rowCount(first) == len(two_steps.steps[0].missing)
    missing = two_steps.steps[0].missing[0]
    have = missing.have if missing.rated else "not rated"
    assert model.index(0, 1, first).data() == f"{have} → {missing.need}"
    assert "Promotion" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_lateral_steps_say_so(career_app: CareerApp) -> None:
    view = _view(career_app)
    outcome = path_options(view, "cx-analyst")
    option = next(o for o in outcome.options if o.steps[0].kind.value == "lateral")
    model = PathStepsModel()
    model.set_option(view, option)
    assert "lateral move, 6 months" in model.index(0, 0).data()


def test_skills_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    model = SkillsModel()
    model.set_view(view)
    qtmodeltester.check(model)
    assert model.rowCount() == len(view.framework.skills)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    row = model.row_of("communication")
    assert model.index(row, 0).data(SKILL_ID) == "communication"
    assert model.index(row, 0).data() == f"{view.skill_name('communication')} (today: 3)"


def test_what_if_models(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    result = evaluate(view, {"communication": 4, "escalation-management": 3})
    changes = WhatIfChangesModel()
    changes.set_changes(view, result.changes)
    qtmodeltester.check(changes)
    assert [[changes.index(r, c).data() for c in range(3)] for r in range(2)] == [
        [view.skill_name("communication"), "3", "4"],
        [view.skill_name("escalation-management"), "0", "3"],
    ]
    roles = WhatIfModel()
    roles.set_result(view, result)
    qtmodeltester.check(roles)
    assert roles.rowCount() == len(result.rows) > 0
    lead = next(
        r
        for r in range(roles.rowCount())
        if roles.index(r, 0).data(WHAT_IF_ROLE_ID) == "support-team-lead"
    )
    row = result.rows[lead]
    assert roles.index(lead, 1).data() == percent(row.before, "en")
    assert roles.index(lead, 2).data() == percent(row.after, "en")
    assert roles.index(lead, 3).data() == "a target, a next move"
    roles.set_result(view, None)
    assert roles.rowCount() == 0
