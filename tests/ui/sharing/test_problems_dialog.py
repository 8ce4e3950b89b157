"""The bundle problems dialog lists at most 100 problems, then a count of the rest."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cxcareer.ui.sharing.problems_dialog import ProblemsDialog


def test_300_problems_show_the_first_100_and_a_count(qtbot: QtBot) -> None:
    problems = [f"assessments[{i}].id: missing" for i in range(300)]
    dialog = ProblemsDialog(Path("x.json"), problems)
    qtbot.addWidget(dialog)
    lines = dialog.details.toPlainText().splitlines()
    assert lines[:100] == problems[:100]
    assert lines[100:] == ["… and 200 more problems"]
    assert "(300)" in dialog.message.text()


def test_a_few_problems_are_all_shown(qtbot: QtBot) -> None:
    problems = [f"evidence[{i}].level: missing" for i in range(100)]
    dialog = ProblemsDialog(Path("x.json"), problems)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText().splitlines() == problems
