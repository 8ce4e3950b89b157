"""Overview models: checked with qtmodeltester and with plain data() expectations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.formats import percent
from cxcareer.service.readiness_terms import explain_readiness
from cxcareer.store.services import actions as action_services
from cxcareer.ui.overview.actions_model import ActionsModel
from cxcareer.ui.overview.missing_tree import ROLE_ID, SKILL_ID
from cxcareer.ui.overview.next_moves_model import NextMovesModel
from cxcareer.ui.overview.readiness_terms_model import ReadinessTermsModel
from cxcareer.ui.overview.roles_model import ROLE_ID as ROLES_ROLE_ID
from cxcareer.ui.overview.roles_model import RolesModel
from cxcareer.ui.overview.targets_model import TargetsModel


def _view(app: CareerApp) -> PersonSnapshot:
    person = app.create_person(
        "Ana",
        current_role="support-representative",
        targets=["support-specialist", "support-team-lead"],
    ).value
    app.rate(person.id, {"communication": 3, "problem-solving": 2, "crm-tools": 1})
    return app.person_snapshot(person.id)


def test_targets_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    model = TargetsModel()
    model.set_view(view)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert first.data() == view.role_title("support-specialist")
    assert first.data(ROLE_ID) == "support-specialist"
    assert model.index(0, 1).data() == percent(view.readiness["support-specialist"], "en")
    assert model.index(0, 2).data() == str(view.gaps["support-specialist"].points)
    assert model.index(0, 3).data() == "1 move, about 1½ years"
    assert model.rowCount(first) == len(view.gaps["support-specialist"].missing)
    skill = model.index(0, 0, first)
    missing = view.gaps["support-specialist"].missing[0]
    assert skill.data() == view.skill_name(missing.skill)
    assert skill.data(SKILL_ID) == missing.skill
    assert skill.data(ROLE_ID) == "support-specialist"
    assert model.index(0, 1, first).data() == f"{missing.have} → {missing.need}"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Readiness"
    model.set_view(None)
    assert model.rowCount() == 0


def test_next_moves_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    model = NextMovesModel()
    model.set_view(view)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(ROLE_ID) for r in range(model.rowCount())] == [
        step.role for step in view.next_moves
    ]
    lateral = next(r for r, s in enumerate(view.next_moves) if s.kind.value == "lateral")
    assert model.index(lateral, 2).data() == "Lateral move"
    assert model.index(lateral, 3).data() == "6 months"
    assert model.rowCount(model.index(0, 1)) == 0, "only column 0 has children"


def test_actions_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    person = career_app.create_person("Bia", current_role="support-representative").value
    with career_app.database.session() as session:
        action_services.add_action(
            session,
            person.id,
            "Shadow a specialist",
            "Bia",
            skill="problem-solving",
            target_role="support-specialist",
            due_on=date(2024, 5, 30),
        )
        action_services.add_action(session, person.id, "Read the guide", "Bia")
    view = career_app.person_snapshot(person.id)
    model = ActionsModel()
    model.set_view(view, today=date(2024, 6, 1))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Shadow a specialist"
    assert model.index(0, 1).data() == view.skill_name("problem-solving")
    assert model.index(0, 2).data() == view.role_title("support-specialist")
    assert model.index(0, 3).data() == "30 May 2024 (2 days late)"
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 3).data() == "no date"


def test_readiness_terms_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    explanation = explain_readiness(view.framework, "support-specialist", view.levels)
    model = ReadinessTermsModel()
    model.set_explanation(view, explanation)
    qtmodeltester.check(model)
    assert model.rowCount() == len(explanation.terms)
    row = [str(t.skill) for t in explanation.terms].index("communication")
    assert [model.index(row, c).data() for c in range(6)] == [
        f"{view.skill_name('communication')} ✓",
        "2",
        "3",
        "3",
        "6",
        "6",
    ]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "w × min(have, need)"


def test_roles_model(qtmodeltester: ModelTester, career_app: CareerApp) -> None:
    view = _view(career_app)
    model = RolesModel()
    model.set_view(view, exclude=["support-representative"])
    qtmodeltester.check(model)
    assert model.rowCount() == len(view.framework.roles) - 1
    assert model.row_of("support-representative") == -1
    row = model.row_of("support-specialist")
    assert model.index(row, 0).data(ROLES_ROLE_ID) == "support-specialist"
    assert model.index(row, 0).data().startswith(view.role_title("support-specialist"))
    assert "level 3" in model.index(row, 0).data()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
