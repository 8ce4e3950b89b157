"""Through the main window: a person with history moves to another framework version and back.

Every screen must then show the framework the person is measured on — its name, its role
titles, its skills — with no error dialog (the suite's guard fails on any message box) and no
raw id where a name belongs; switching back must restore the old view.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cxcareer.framework import UnknownIdError
from cxcareer.framework.builtin import builtin_bytes
from cxcareer.service import development
from cxcareer.service.meeting_rows import NewAction, record_meeting
from cxcareer.store.records import Assessor
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow

DROPPED_SKILL = "analytical-capacity"
RENAMED_ROLE = "support-specialist"
NEW_NAME = "CX careers, 2027 edition"
NEW_TITLE = "Senior Support Agent"


def _second_version(folder: Path) -> Path:
    """The built-in framework, one skill fewer, a new name and one role retitled."""
    data: dict[str, Any] = yaml.safe_load(builtin_bytes())
    data["version"] = "2027.1"
    data["name"] = {"en": NEW_NAME, "pt-BR": "Carreiras de CX, edição 2027"}
    data["skills"] = [s for s in data["skills"] if s["id"] != DROPPED_SKILL]
    for role in data["roles"]:
        role.get("requires", {}).pop(DROPPED_SKILL, None)
        if role["id"] == RENAMED_ROLE:
            role["title"] = {"en": NEW_TITLE, "pt-BR": "Agente de suporte sênior"}
    path = folder / "cx-2027.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _ids(controller: ProfileController) -> set[str]:
    """Every framework, role and skill id of both versions that reads as an id (a hyphen)."""
    found: set[str] = set()
    for version in controller.app.framework_versions():
        framework = controller.app.framework(version.id)
        assert "-" in framework.id
        found.add(framework.id)
        found.update(str(r) for r in framework.roles if "-" in str(r))
        found.update(str(s) for s in framework.skills if "-" in str(s))
    return found


def _model_texts(
    model: QAbstractItemModel,
    parent: QModelIndex | None = None,
    hidden: frozenset[int] = frozenset(),
) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            if column in hidden:
                continue
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if value is not None:
                texts.append(str(value))
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractTableModel) and model.rowCount(first):
            texts.extend(_model_texts(model, first, hidden))
    return texts


def _visible_texts(widget: QWidget) -> list[str]:
    """Labels, buttons, boxes and every list/table column shown inside ``widget``."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [g.title() for g in widget.findChildren(QGroupBox) if g.isVisibleTo(widget)]
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):  # its model is its table's, read with the table
            continue
        if view.isVisibleTo(widget) and view.model() is not None:
            model = view.model()
            hidden = frozenset(
                column
                for column in range(model.columnCount())
                if isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(column)
            )
            texts += _model_texts(model, hidden=hidden)
    return texts


def _screen_texts(window: MainWindow, key: str) -> list[str]:
    """What a person can read with screen ``key`` showing: the page and the docks beside it."""
    page = window.show_page(key)
    texts = [window.windowTitle(), *_visible_texts(page)]
    for dock in window.findChildren(QDockWidget):
        if dock.isVisibleTo(window):
            texts += [dock.windowTitle(), *_visible_texts(dock)]
    return texts


def _raw_ids(texts: list[str], ids: set[str]) -> list[str]:
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])")
    return [text for text in texts if pattern.search(text)]


@pytest.fixture
def history(controller: ProfileController) -> str:
    """Ana with self and manager ratings (the dropped skill too), a plan action on the dropped
    skill and a one-to-one."""
    app = controller.app
    person = controller.person_id
    assert person is not None
    app.rate(person, {"communication": 2, DROPPED_SKILL: 2, "problem-solving": 1})
    app.rate(person, {"communication": 3, DROPPED_SKILL: 1}, assessor=Assessor.MANAGER)
    development.add_action(app, person, "Read a data course", "Ana Souza", skill=DROPPED_SKILL)
    record_meeting(
        app,
        person,
        date(2026, 11, 20),
        "Bruno Lima",
        shared_notes="Talked about analysis",
        new_actions=[NewAction("Shadow a specialist", "Ana Souza", skill="communication")],
    )
    controller.refresh()
    return person


def test_switching_framework_and_back_every_screen_follows(
    qtbot: QtBot,
    main_window: MainWindow,
    controller: ProfileController,
    history: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _ids(controller)
    keys = main_window.page_keys()
    before = {key: _screen_texts(main_window, key) for key in keys}

    imported = controller.run(lambda app: app.import_framework(_second_version(tmp_path)))
    assert imported is not None
    new_version = imported.version.id
    old_version = controller.app.person(history).framework_version_id
    ids |= _ids(controller)

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    frameworks = main_window.show_page("frameworks")
    frameworks.select_version(new_version)  # type: ignore[attr-defined]
    assert frameworks.switch_person()  # type: ignore[attr-defined]
    assert controller.snapshot is not None
    assert controller.snapshot.person.framework_version_id == new_version
    assert controller.snapshot.person.current_role == "support-representative"

    after = {key: _screen_texts(main_window, key) for key in keys}
    for key in keys:
        assert not _raw_ids(after[key], ids), (key, [t[:300] for t in _raw_ids(after[key], ids)])
    ladder = main_window.page("ladder")
    assert NEW_NAME in ladder.heading.text()  # type: ignore[attr-defined]
    assert any(NEW_TITLE in text for text in after["overview"] + after["paths"])
    assert not any("No current role" in text for text in after["overview"])

    frameworks = main_window.show_page("frameworks")
    frameworks.select_version(old_version)  # type: ignore[attr-defined]
    assert frameworks.switch_person()  # type: ignore[attr-defined]
    back = {key: _screen_texts(main_window, key) for key in keys}
    for key in ("overview", "ladder", "skills", "paths", "comparison", "team"):
        assert back[key] == before[key], key


def test_editing_an_action_keeps_a_skill_the_new_version_dropped(
    qtbot: QtBot, controller: ProfileController, history: str, tmp_path: Path
) -> None:
    """OK on an untouched edit dialog must not take the skill away (seen in the UX walk)."""
    from cxcareer.ui.people.action_dialog import ActionDialog

    app = controller.app
    imported = controller.run(lambda a: a.import_framework(_second_version(tmp_path)))
    assert imported is not None
    controller.run(lambda a: a.switch_framework(history, imported.version.id))
    snapshot = controller.snapshot
    assert snapshot is not None
    action = next(a for a in development.list_actions(app, history) if a.skill == DROPPED_SKILL)

    dialog = ActionDialog(snapshot, action.owner, action)
    qtbot.addWidget(dialog)
    form = dialog.form()
    assert form.skill == DROPPED_SKILL
    assert dialog.skill.currentText() == "Analytical capacity (analytical skills)"
    saved = controller.run(
        lambda a: development.update_action(
            a,
            action.id,
            title=form.title + " (edited)",
            owner=form.owner,
            skill=form.skill,
            target_role=form.target_role,
            due_on=form.due_on,
        )
    )
    assert saved is not None
    assert saved.skill == DROPPED_SKILL
    with pytest.raises(UnknownIdError):  # choosing a skill the version lacks is still refused
        development.update_action(
            app,
            action.id,
            title=action.title,
            owner=action.owner,
            skill="statistical-wizardry",
            target_role=None,
            due_on=None,
        )
