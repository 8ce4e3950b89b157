"""The confirmation before a switch of framework version says what it costs, and only that."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from cxcareer.service.framework_browse import SwitchImpact
from cxcareer.ui.frameworks.switch_question import switch_question


def _impact(**changes: object) -> SwitchImpact:
    fields: dict[str, object] = {
        "person_name": "Ana",
        "from_version": "cx 1",
        "to_version": "cx 2",
        "same_version": False,
        "orphaned_skills": (),
        "cleared_role": None,
        "cleared_targets": (),
    }
    fields.update(changes)
    return SwitchImpact(**fields)  # type: ignore[arg-type]


def test_only_skills_lost_says_nothing_about_roles(qapp: QApplication) -> None:
    text = switch_question(_impact(orphaned_skills=(("x", "Analytics"),)))
    assert "Analytics" in text
    assert "switching back makes them count again" in text
    assert "role" not in text.split("Analytics")[-1], "no role or target is cleared"


def test_a_cleared_role_is_named_and_the_way_back_explained(qapp: QApplication) -> None:
    text = switch_question(_impact(cleared_role=("lead", "Team Lead")))
    assert "The current role Team Lead does not exist there and will be cleared." in text
    assert "Switching back does not bring a cleared role or target back" in text
    assert "No rating is deleted." in text


def test_nothing_lost_is_said_plainly(qapp: QApplication) -> None:
    text = switch_question(_impact())
    assert "Every rated skill exists in cx 2." in text
    assert text.endswith("No rating is deleted.")
