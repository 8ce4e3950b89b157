"""Every save in the app asks before replacing a file, on the name it will really write, and
says plainly why a folder, a link or a database is never written (the real boxes, clicked)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common import file_dialogs
from cxcareer.ui.common.file_dialogs import may_write
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.page import LadderPage
from cxcareer.ui.meeting.pack_export import ask_pack_export
from cxcareer.ui.team.page import TeamPage

REPLACE = QMessageBox.ButtonRole.DestructiveRole
CANCEL = QMessageBox.ButtonRole.RejectRole
OK = QMessageBox.ButtonRole.AcceptRole


class Answers:
    """Answers the app's modal dialogs as they open, in order: each answer is a message box
    button role to click, or ``"accept"`` for another dialog. ``seen`` keeps each box's texts."""

    def __init__(self, *answers: QMessageBox.ButtonRole | str) -> None:
        self.left = list(answers)
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.left:
            return
        answer = self.left.pop(0)
        if isinstance(dialog, QMessageBox):
            self.seen.append(f"{dialog.windowTitle()}\n{dialog.text()}\n{dialog.informativeText()}")
            assert isinstance(answer, QMessageBox.ButtonRole)
            (button,) = [b for b in dialog.buttons() if dialog.buttonRole(b) == answer]
            button.click()
        else:
            assert answer == "accept"
            assert isinstance(dialog, QDialog)
            dialog.accept()
        if not self.left:
            self.timer.stop()


@pytest.fixture
def real_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real QMessageBox statics back (the suite's guard refuses them): clicked here."""
    monkeypatch.undo()


def _save_dialog_answers(
    monkeypatch: pytest.MonkeyPatch, answer: Path, options: list[object]
) -> None:
    """The platform's chooser (Qt's own call) answers ``answer``; its options are kept."""

    def chooser(*args: object, **kwargs: object) -> tuple[str, str]:
        options.append(kwargs.get("options"))
        filters = str(args[3]) if len(args) > 3 else ""
        return str(answer), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)


def test_a_new_file_needs_no_question(qtbot: QtBot, tmp_path: Path) -> None:
    answers = Answers(REPLACE)
    assert may_write(None, tmp_path / "new.png")
    qtbot.wait(100)
    assert answers.seen == []


@pytest.mark.parametrize(("answer", "written"), [(REPLACE, True), (CANCEL, False)])
def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    qtbot: QtBot, tmp_path: Path, answer: QMessageBox.ButtonRole, written: bool
) -> None:
    old = tmp_path / "map.png"
    old.write_bytes(b"old")
    answers = Answers(answer)
    assert may_write(None, old) is written
    assert answers.seen == [
        f"Replace the file?\nmap.png already exists in {tmp_path}.\n"
        "Replacing it loses what it holds now."
    ]


def test_the_question_keeps_the_file_by_default(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "map.png"
    old.write_bytes(b"old")

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(20, press_enter)

    QTimer.singleShot(20, press_enter)
    assert not may_write(None, old)


def test_a_link_or_the_database_is_refused_with_the_reason(
    qtbot: QtBot, real_boxes: None, tmp_path: Path
) -> None:
    live = tmp_path / "profiles.db"
    sqlite3.connect(live).execute("CREATE TABLE t (x)").connection.commit()
    link = tmp_path / "map.png"
    link.symlink_to(tmp_path / "elsewhere.png")
    answers = Answers(OK, OK)
    assert not may_write(None, link)
    assert not may_write(None, live)
    assert answers.seen[0].startswith(f"Not saved\n{link} is a symbolic link")
    assert answers.seen[1].startswith(f"Not saved\n{live} is a database")


@pytest.mark.parametrize(("answer", "replaced"), [(CANCEL, False), (REPLACE, True)])
def test_the_ladder_map_asks_about_the_name_it_will_write(
    qtbot: QtBot,
    controller: ProfileController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.ButtonRole,
    replaced: bool,
) -> None:
    page = LadderPage(controller)
    qtbot.addWidget(page)
    page.show()
    (tmp_path / "ladder.png").write_bytes(b"old")
    options: list[object] = []
    _save_dialog_answers(monkeypatch, tmp_path / "ladder", options)  # typed without suffix
    answers = Answers(answer)
    page.export_map()
    # Qt's chooser was told not to ask (it would ask about "ladder", not "ladder.png")...
    assert options == [QFileDialog.Option.DontConfirmOverwrite]
    # ...the app asked about the file it writes.
    assert len(answers.seen) == 1
    assert "ladder.png already exists" in answers.seen[0]
    assert (not QImage(str(tmp_path / "ladder.png")).isNull()) is replaced
    assert not (tmp_path / "ladder").exists()


@pytest.mark.parametrize("kind", ["csv", "png"])
def test_the_team_exports_ask_first(
    qtbot: QtBot,
    controller: ProfileController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    page = TeamPage(controller)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / f"team.{kind}"
    target.write_bytes(b"old")
    _save_dialog_answers(monkeypatch, target, [])
    export: Callable[[], Path | None] = page.export_csv if kind == "csv" else page.export_png
    declined = Answers(CANCEL)
    assert export() is None
    assert declined.seen
    assert target.read_bytes() == b"old"
    accepted = Answers(REPLACE)
    assert export() == target
    assert accepted.seen
    assert target.read_bytes() != b"old"


def test_the_one_to_one_pack_asks_first(
    qtbot: QtBot, ui_settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"last month")
    _save_dialog_answers(monkeypatch, tmp_path / "pack", [])  # ".pdf" is added
    declined = Answers("accept", CANCEL)
    assert ask_pack_export(parent, ui_settings, "Ana", "en", date(2026, 12, 2)) is None
    assert "pack.pdf already exists" in declined.seen[0]
    accepted = Answers("accept", REPLACE)
    chosen = ask_pack_export(parent, ui_settings, "Ana", "en", date(2026, 12, 2))
    assert "pack.pdf already exists" in accepted.seen[0]
    assert chosen is not None
    assert chosen[1] == target
    assert target.read_bytes() == b"last month"  # written later, by the meeting page, with force


def test_every_save_in_the_app_goes_through_the_question() -> None:
    """Each module that asks where to save also asks before replacing (or, for the key copy,
    never replaces), so no new export can forget it."""
    package = Path(file_dialogs.__file__).resolve().parents[1]
    savers = [
        path
        for path in package.rglob("*.py")
        if "ask_save_path(" in path.read_text(encoding="utf-8") and path.name != "file_dialogs.py"
    ]
    assert len(savers) >= 5
    for path in savers:
        text = path.read_text(encoding="utf-8")
        assert "may_write(" in text or "check_target(" in text or "key_backup(" in text, path
