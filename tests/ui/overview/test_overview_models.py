"""Overview models: checked with qtmodeltester and with plain data() expectations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from cxcareer.service.career import CareerApp, PersonSnapshot
from cxcareer.service.formats import percent
from cxcareer.service.overview_rows import recommended_move
from cxcareer.service.readiness_terms import explain_readiness
from cxcareer.store.services import actions as action_services
from cxcareer.ui.overview.actions_model import ActionsModel
from cxcareer.ui.overview.moves_model import ROLE_ID, MovesModel
from cxcareer.ui.overview.readiness_terms_model import ReadinessTermsModel
from cxcareer.ui.overview.roles_model import ROLE_ID as ROLES_ROLE_ID
from cxcareer.ui.overview.roles_model import RolesModel


def _view(app: CareerApp) -> PersonSnapshot:
    person = app.create_person(
        "Ana",
        current_role="support-representative",
        targets=["support-specialist", "support-team-lead"],
    ).value
    app.rate(person.id, {"communication": 3, "problem-solving": 2, "crm-tools": 1})
    return app.person_snapshot(person.id)


def test_moves_model_lists_other_targets_then_moves_once(
    qtmodeltester: ModelTester, career_app: CareerApp
) -> None:
    view = _view(career_app)
    leading = recommended_move(view)
    assert leading is not None
    assert leading.role == "support-specialist"
    model = MovesModel()
    model.set_view(view, leading)
    qtmodeltester.check(model)
    roles = [model.index(r, 0).data(ROLE_ID) for r in range(model.rowCount())]
    # The card's role is not repeated; the other target comes first, then the moves.
    assert roles[0] == "support-team-lead"
    assert "support-specialist" not in roles
    assert len(roles) == len(set(roles))
    lead = view.gaps["support-team-lead"]
    assert model.index(0, 0).data() == view.role_title("support-team-lead")
    assert model.index(0, 1).data() == (
        f"{percent(lead.readiness, 'en')} · {lead.unrated} not rated"
    )
    assert model.index(0, 2).data().startswith("Target · ")
    lateral = next(s for s in view.next_moves if s.kind.value == "lateral")
    row = roles.index(lateral.role)
    assert model.index(row, 2).data() == "Lateral move · 6 months"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Readiness"
    model.set_view(None, None)
    assert model.rowCount() == 0


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
    # A skill nobody rated counts as 0 in the sum, and the table says why rather than "0".
    unrated = [str(t.skill) for t in explanation.terms].index("analytical-capacity")
    assert model.index(unrated, 2).data() == "not rated (0)"
    assert "counts as 0" in model.index(unrated, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(unrated, 4).data() == "0"


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
