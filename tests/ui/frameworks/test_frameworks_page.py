"""The Frameworks screen on a real database: imports (bad and good), switching, browsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.store.backup import backup_dir_for, list_backups
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.frameworks.page import FrameworksPage
from cxcareer.ui.frameworks.problems_model import LINE, MESSAGE, SEVERITY
from cxcareer.ui.main_window import MainWindow

BAD = """format: cxcareer/framework@1
id: tiny
version: '2'
name: Tiny
skills:
  - id: communication
    name: Communication
roles:
  - id: agent
    title: Agent
    level: 2
    entry: true
    requires: {coaching: 2}
  - id: lead
    title: Lead
    level: 9
"""

WITH_WARNING = """format: cxcareer/framework@1
id: tiny
version: '3'
name: {en: Tiny ladder, pt-BR: Trilha mínima}
skills:
  - id: communication
    name: {en: Communication, pt-BR: Comunicação}
roles:
  - id: agent
    title: {en: Agent, pt-BR: Agente}
    level: 2
    entry: true
    requires: {communication: 2}
"""


@pytest.fixture
def page(qtbot: QtBot, controller: ProfileController) -> FrameworksPage:
    widget = FrameworksPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _import(qtbot: QtBot, page: FrameworksPage, path: Path) -> None:
    page.import_path(path)
    qtbot.waitUntil(lambda: not page._busy, timeout=10_000)


def test_lists_the_builtin_version_and_its_users(page: FrameworksPage) -> None:
    assert page.versions.rowCount() == 1
    row = page.versions.version(0)
    assert row is not None
    assert row.framework_id == "cx-support"
    assert row.people == 1
    assert page.versions.index(0, 4).data() == "1"
    assert "(built in)" in page.versions.index(0, 0).data()
    assert page.selected_version_id() == row.version_id
    assert not page.switch_button.isEnabled()  # Ana is already on it
    assert page.browser.roles_model.rowCount() == 4  # the built-in tracks


def test_invalid_file_lists_errors_with_lines_and_changes_nothing(
    qtbot: QtBot, page: FrameworksPage, controller: ProfileController, tmp_path: Path
) -> None:
    before = controller.app.framework_versions()
    _import(qtbot, page, _write(tmp_path, "bad.yaml", BAD))

    assert page.problems_box.isVisible()
    assert page.problems.rowCount() == 2
    lines = [page.problems.index(row, LINE).data() for row in range(2)]
    assert lines == ["13", "16"]
    assert page.problems.index(0, SEVERITY).data() == "Error"
    assert "coaching" in page.problems.index(0, MESSAGE).data()
    assert "Nothing was changed" in page.notice.text()
    assert controller.app.framework_versions() == before
    assert page.versions.rowCount() == 1
    assert list_backups(backup_dir_for(_db_path(controller))) == []


def test_valid_import_adds_a_version_and_shows_warnings(
    qtbot: QtBot, page: FrameworksPage, controller: ProfileController, tmp_path: Path
) -> None:
    _import(qtbot, page, _write(tmp_path, "tiny.yaml", WITH_WARNING))

    versions = controller.app.framework_versions()
    assert [v.framework_id for v in versions] == ["cx-support", "tiny"]
    assert page.versions.rowCount() == 2
    assert page.selected_version_id() == versions[1].id
    assert page.problems.rowCount() == 1
    assert page.problems.index(0, SEVERITY).data() == "Warning"
    assert page.problems.index(0, LINE).data() == "13"
    assert "Imported Tiny ladder · v3 from tiny.yaml." in page.notice.text()
    # Browsing follows the selection: the tiny framework has one role and no tracks.
    assert page.browser.roles_model.rowCount() == 1
    group = page.browser.roles_model.index(0, 0)
    assert page.browser.roles_model.index(0, 0, group).data() == "Agent"
    assert page.switch_button.isEnabled()
    # The data was backed up before the import changed anything.
    reasons = [b.reason for b in list_backups(backup_dir_for(_db_path(controller)))]
    assert reasons == ["before-import"]

    # The same file again adds nothing.
    _import(qtbot, page, _write(tmp_path, "again.yaml", WITH_WARNING))
    assert len(controller.app.framework_versions()) == 2
    assert "already stored" in page.notice.text()


def test_switching_a_person_after_confirmation(
    qtbot: QtBot,
    page: FrameworksPage,
    controller: ProfileController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.rate({"communication": 3, "empathy-patience": 2})
    _import(qtbot, page, _write(tmp_path, "tiny.yaml", WITH_WARNING))
    tiny = controller.app.framework_versions()[1].id
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not page.switch_person()
    assert controller.app.person(controller.person_id or "").framework_version_id != tiny

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert page.switch_person()
    person = controller.app.person(controller.person_id or "")
    assert person.framework_version_id == tiny
    assert person.current_role is None
    assert controller.snapshot is not None
    assert controller.snapshot.framework.id == "tiny"
    text = asked[-1]
    assert "Ana Souza" in text
    assert "Tiny ladder · v3" in text
    assert "tiny 3" not in text
    assert "Empathy and patience" in text
    assert "stay in the history" in text
    assert "Customer Support Representative" in text
    assert "Customer Support Specialist" in text
    assert page.versions.index(page.versions.row_of(tiny), 4).data() == "1"
    assert not page.switch_button.isEnabled()


def test_browsing_filters_and_follows_the_language(
    page: FrameworksPage, controller: ProfileController
) -> None:
    page.browser.filter.setText("Empathy")
    skills = page.browser.skills_proxy
    names = [
        skills.index(row, 0, skills.index(group, 0)).data()
        for group in range(skills.rowCount())
        for row in range(skills.rowCount(skills.index(group, 0)))
    ]
    assert names == ["Empathy and patience"]
    page.browser.filter.clear()

    page.browser.tabs.setCurrentIndex(1)
    category = page.browser.skills_proxy.index(0, 0)
    skill = page.browser.skills_proxy.index(0, 0, category)
    page.browser.skills_tree.setCurrentIndex(page.browser.skills_proxy.index(1, 0, skill))
    assert page.browser.detail.toPlainText().startswith(
        "Strategic vision: Ensure and advise (level 5)"
    )

    controller.set_language("pt-BR")
    framework = controller.app.framework(page.selected_version_id() or "")
    first_track = next(iter(framework.tracks.values()))
    assert page.browser.roles_model.index(0, 0).data() == first_track.name.get("pt-BR")
    model = page.browser.skills_model
    strategic = model.index(0, 0, model.index(0, 0))
    assert model.index(1, 0, strategic).data() == "Garante e aconselha"


def _db_path(controller: ProfileController) -> Path:
    path = controller.app.database.location.path
    assert path is not None
    return path


def test_every_focusable_control_has_an_accessible_name(page: FrameworksPage) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    unnamed = [
        type(widget).__name__
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisibleTo(page)
        and not widget.accessibleName()
    ]
    assert unnamed == []


def test_the_main_window_shows_the_page(main_window: object) -> None:
    from cxcareer.ui.main_window import MainWindow

    assert isinstance(main_window, MainWindow)
    assert isinstance(main_window.show_page("frameworks"), FrameworksPage)


def test_versions_keep_two_whole_rows_while_problems_show(
    qtbot: QtBot, small_window: MainWindow, tmp_path: Path
) -> None:
    page = small_window.show_page("frameworks")
    assert isinstance(page, FrameworksPage)
    _import(qtbot, page, _write(tmp_path, "bad.yaml", BAD))
    qtbot.wait(20)
    assert page.problems_box.isVisible()
    table = page.versions_table
    needed = table.horizontalHeader().height() + 2 * table.rowHeight(0)
    assert table.viewport().height() >= needed - table.horizontalHeader().height()
