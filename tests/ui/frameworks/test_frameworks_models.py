"""The Frameworks screen's models: qtmodeltester and plain ``data()`` checks."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester

from cxcareer.framework import Problem, Severity
from cxcareer.framework.builtin import load_builtin
from cxcareer.service.framework_browse import VersionRow, role_outline, skill_outline
from cxcareer.ui.frameworks.outline_model import KEY_ROLE, KIND_ROLE, TEXT_ROLE, OutlineModel
from cxcareer.ui.frameworks.problems_model import ProblemsModel
from cxcareer.ui.frameworks.versions_model import SORT_ROLE, VERSION_ID_ROLE, VersionsModel

ROWS = [
    VersionRow(
        "v1",
        "cx-support",
        "CX careers",
        "2026.11",
        "cx-support.yaml",
        datetime(2026, 11, 1, 9, tzinfo=UTC),
        3,
        True,
    ),
    VersionRow(
        "v2", "tiny", "Tiny", "1", "tiny.yaml", datetime(2026, 11, 2, 9, tzinfo=UTC), 0, False
    ),
]


def test_versions_model(qtmodeltester: ModelTester) -> None:
    model = VersionsModel()
    model.set_rows(ROWS, "v2", "en")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.columnCount() == 5
    assert model.index(0, 0).data() == "CX careers (built in)"
    assert model.index(1, 0).data() == "Tiny"
    assert model.index(1, 1).data() == "tiny"
    assert model.index(1, 2).data() == "1"
    assert model.index(0, 4).data() == "3"
    assert model.index(0, 4).data(SORT_ROLE) == 3
    assert model.index(1, 3).data(SORT_ROLE) > model.index(0, 3).data(SORT_ROLE)
    assert model.index(1, 0).data(VERSION_ID_ROLE) == "v2"
    font = model.index(1, 0).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "tiny.yaml" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "People"
    assert model.row_of("v2") == 1
    assert model.row_of("nope") == -1


def test_problems_model_puts_errors_first(qtmodeltester: ModelTester) -> None:
    model = ProblemsModel()
    model.set_problems(
        [
            Problem("/x/f.yaml", 3, "skills[0]", "no descriptor", Severity.WARNING),
            Problem("/x/f.yaml", 9, "roles[1].level", "level 9 is outside the scale"),
            Problem("/x/f.yaml", 0, "", "not a mapping"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, 2).data() for r in range(3)] == ["whole file", "9", "3"]
    assert [model.index(r, 0).data() for r in range(3)] == ["Error", "Error", "Warning"]
    assert model.index(1, 1).data() == "f.yaml"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "/x/f.yaml"
    assert model.index(1, 3).data() == "roles[1].level"
    assert model.index(1, 4).data() == "level 9 is outside the scale"


def test_outline_model_roles_and_skills(qtmodeltester: ModelTester) -> None:
    framework = load_builtin()
    roles = OutlineModel()
    roles.set_outline(role_outline(framework, "en"))
    qtmodeltester.check(roles)
    track = roles.index(0, 0)
    assert track.data() == "Customer support"
    assert track.data(KIND_ROLE) == "track"
    role = roles.index(0, 0, track)
    assert role.data(KEY_ROLE) == "support-representative"
    assert roles.index(0, 1, track).data() == "2"
    requirement = roles.index(0, 0, role)
    assert requirement.data(KIND_ROLE) == "requirement"
    assert roles.parent(requirement) == role.siblingAtColumn(0)
    assert roles.rowCount(role) == len(framework.role("support-representative").requires)

    skills = OutlineModel()
    skills.set_outline(skill_outline(framework, "en"))
    qtmodeltester.check(skills)
    skill = skills.index(0, 0, skills.index(0, 0))
    assert skill.data(KEY_ROLE) == "strategic-vision"
    assert skills.rowCount(skill) == 4  # the levels the skill describes
    level = skills.index(1, 0, skill)
    assert level.data() == "Ensure and advise"
    assert skills.index(1, 1, skill).data() == "5"
    descriptor = framework.skill("strategic-vision").descriptor(5, "en")
    assert level.data(TEXT_ROLE) == descriptor
    shown = skills.index(1, 2, skill).data()
    assert shown == descriptor or (shown.endswith("…") and descriptor.startswith(shown[:-1]))


def test_outline_names_groups_without_a_name() -> None:
    from cxcareer.framework.load import load_text

    tiny = load_text(
        "format: cxcareer/framework@1\nid: t\nversion: '1'\nname: T\n"
        "skills: [{id: s, name: S}]\nroles: [{id: a, title: A, level: 2, entry: true}]\n"
    )
    model = OutlineModel()
    model.set_outline(role_outline(tiny, "en"))
    assert model.index(0, 0).data() == "Roles of no track"
    model.set_outline(skill_outline(tiny, "en"))
    assert model.index(0, 0).data() == "Skills of no category"
