"""A whole one-to-one through the main window, offscreen, on a real SQLite file.

Why one long test: each screen is tested on its own; this one checks that they add up to the
meeting a manager actually holds — pick the person, see where self and manager disagree, rate,
add and verify evidence, find all of it on the One-to-one screen as "since the last meeting",
agree an action, write notes, save, and export the pack a person will read (checked with
poppler, as a reader would open it). Only the modal dialogs are driven through their testable
methods; everything else goes through the real widgets.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from cxcareer.service.career import CareerApp
from cxcareer.service.meeting_rows import meeting_rows
from cxcareer.store.records import AssessmentItemRecord, Assessor, EvidenceStrength
from cxcareer.store.services import assessments as assessment_services
from cxcareer.store.services import meetings as meeting_services
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.main_window import MainWindow
from cxcareer.ui.meeting.export_dialog import ExportPackDialog
from cxcareer.ui.meeting.page import MeetingPage
from cxcareer.ui.people.comparison_model import FLAGGED_ROLE, SKILL_ID_ROLE, Column
from cxcareer.ui.people.comparison_page import ComparisonPage
from cxcareer.ui.people.dock import PeopleDock

DISPLAY = Qt.ItemDataRole.DisplayRole
MANAGER = "Bea Lima"
TARGET = "support-specialist"
RATING_COMMENT = "Clear emails now; calls still wander"
EVIDENCE = "Calmed an angry customer and kept the refund"
ACTION = "Lead the Friday huddle"
SHARED_NOTE = "Good progress on written communication."
PRIVATE_NOTE = "Worried about her workload this quarter."

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
NO_POPPLER = "poppler-utils (pdftotext, pdftoppm) is not installed; the PDF is not read back"


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0, tzinfo=UTC))


@pytest.fixture
def window(qtbot: QtBot, career_app: CareerApp, ui_settings: QSettings) -> Iterator[MainWindow]:
    """Bea's database: Ana rated herself far above Bea's rating before their last meeting."""
    career_app.user = MANAGER
    ana = career_app.create_person(
        "Ana Souza", current_role="support-representative", targets=[TARGET]
    ).value
    career_app.create_person("Caio Reis", current_role="support-representative")
    month_ago, last_meeting = date.today() - timedelta(days=30), date.today() - timedelta(days=14)
    with career_app.database.session() as s:
        for assessor, name, level in (
            (Assessor.SELF, "Ana Souza", 4),
            (Assessor.MANAGER, MANAGER, 1),
        ):
            assessment_services.add_assessment(
                s,
                ana.id,
                assessor,
                name,
                [AssessmentItemRecord("communication", level)],
                assessed_at=_at(month_ago),
            )
        meeting_services.record_meeting(
            s, ana.id, last_meeting, MANAGER, shared_notes="First month done."
        )
    controller = ProfileController(career_app, ui_settings)
    main = MainWindow(controller)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    yield main
    main.close()


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def _dark_pixels(png: Path) -> int:
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not an image"
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if QColor(image.pixel(x, y)).lightness() < 160
    )


def test_a_whole_one_to_one_from_people_list_to_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    app = controller.app

    # -- the manager picks Ana in the People list, from the keyboard ------------------------
    people = window.show_page("comparison")
    assert isinstance(people, ComparisonPage)
    dock = window.people_dock.widget()
    assert isinstance(dock, PeopleDock)
    assert controller.person_id is None
    assert people.stack.currentIndex() == 0, "nobody selected yet: the hint shows"
    dock.filter.setFocus()
    qtbot.keyClicks(dock.filter, "ana")
    qtbot.keyClick(dock.filter, Qt.Key.Key_Return)
    assert controller.snapshot is not None
    ana = controller.snapshot.person
    assert ana.name == "Ana Souza"
    selected = dock.selected_person()
    assert selected is not None
    assert selected.id == ana.id
    assert window.windowTitle().startswith("Ana Souza")

    # -- Self vs manager: the 3-level difference comes first, flagged ----------------------
    assert people.stack.currentIndex() == 1
    assert "Ana Souza" in people.title.text()
    comparison = people.skills.model
    first = comparison.index(0, 0)
    assert comparison.data(first, SKILL_ID_ROLE) == "communication"
    assert comparison.data(first, FLAGGED_ROLE) is True
    assert "talk about it" in comparison.data(comparison.index(0, Column.DIFFERENCE), DISPLAY)

    # -- Bea records her new rating with a comment --------------------------------------
    people.skills.select_skill("communication")
    form = people.skills.rating
    assert form.assessor.currentData() == Assessor.MANAGER.value
    form.level.setCurrentIndex(form.level.findData(2))
    qtbot.keyClicks(form.comment, RATING_COMMENT)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.mouseClick(form.record, Qt.MouseButton.LeftButton)
    assert controller.snapshot.manager_levels["communication"].level == 2
    assert controller.snapshot.self_levels["communication"].level == 4
    assert people.skills.history_model.rowCount() == 3

    # -- ...adds evidence to the skill and verifies it ----------------------------------
    panel = people.skills.evidence
    assert panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.skill.currentData() == "communication"
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    qtbot.keyClicks(dialog.text, EVIDENCE)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        dialog._check_and_accept()
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    assert panel.verify_button.isEnabled()
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    record = panel.model.record(0)
    assert record is not None
    assert record.strength is EvidenceStrength.VERIFIED
    assert f"✔ {MANAGER}" in record.text

    # -- One-to-one: both show up as changes since the last meeting ----------------------
    meeting = window.show_page("meeting")
    assert isinstance(meeting, MeetingPage)
    assert window.current_page_key() == "meeting"
    assert meeting.heading.text() == "One-to-one with Ana Souza"
    assert f"with {MANAGER}" in meeting.since_label.text()
    changes = meeting.changes_model
    groups = {
        changes.data(changes.index(r, 0), DISPLAY): [
            changes.data(changes.index(c, 0, changes.index(r, 0)), DISPLAY)
            for c in range(changes.rowCount(changes.index(r, 0)))
        ]
        for r in range(changes.rowCount())
    }
    assert list(groups) == ["Ratings (1)", "Evidence (1)"]
    assert len(groups["Ratings (1)"]) == 1
    rating_line = groups["Ratings (1)"][0]
    assert "Communication: manager rating" in rating_line
    assert "→" in rating_line, "a move from Bea's old rating, not a first rating"
    assert EVIDENCE in groups["Evidence (1)"][0]
    assert "verified" in groups["Evidence (1)"][0]
    assert meeting.past_model.rowCount() == 1

    # -- agrees an action, writes shared and private notes, saves ------------------------
    assert not meeting.save_button.isEnabled()
    actions = meeting.new_actions
    assert actions.owner.text() == "Ana Souza"
    actions.title.setFocus()
    qtbot.keyClicks(actions.title, ACTION)
    actions.skill.setCurrentIndex(actions.skill.findData("communication"))
    qtbot.keyClick(actions.title, Qt.Key.Key_Return)
    assert [a.title for a in actions.model.actions()] == [ACTION]
    qtbot.keyClicks(meeting.notes.shared, SHARED_NOTE)
    qtbot.keyClicks(meeting.notes.private, PRIVATE_NOTE)
    assert meeting.save_button.isEnabled()
    qtbot.mouseClick(meeting.save_button, Qt.MouseButton.LeftButton)

    assert "Saved the meeting" in meeting.save_hint.text()
    assert meeting.notes.texts() == ("", "")
    assert meeting.past_model.rowCount() == 2
    rows = meeting_rows(app, ana.id, viewer=MANAGER)
    assert [r.meeting.held_on for r in rows] == [date.today(), date.today() - timedelta(days=14)]
    saved = rows[0]
    assert (saved.meeting.author, saved.meeting.shared_notes, saved.meeting.private_notes) == (
        MANAGER,
        SHARED_NOTE,
        PRIVATE_NOTE,
    )
    assert [(a.title, a.skill) for a in saved.agreed] == [(ACTION, "communication")]
    opened = meeting.open_meeting(0)
    assert opened is not None
    assert SHARED_NOTE in opened.browser.toPlainText()
    opened.close()

    # -- exports the pack twice through the page: without, then with private notes ------
    include_private = {"value": False}
    targets = iter([tmp_path / "pack-shared", tmp_path / "pack-private.pdf"])

    def choose(dialog: ExportPackDialog) -> int:
        assert not dialog.private.isChecked(), "private notes are off until ticked"
        dialog.private.setChecked(include_private["value"])
        return QDialog.DialogCode.Accepted.value

    def save_as(
        _parent: object, _title: str, suggested: str, _filter: str, **_options: object
    ) -> tuple[str, str]:
        assert Path(suggested).name == f"ana-souza-one-to-one-{date.today().isoformat()}.pdf"
        return str(next(targets)), "PDF files (*.pdf)"

    monkeypatch.setattr(ExportPackDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    written: list[Path] = []
    for private, name in ((False, "pack-shared.pdf"), (True, "pack-private.pdf")):
        include_private["value"] = private
        qtbot.mouseClick(meeting.export_button, Qt.MouseButton.LeftButton)
        task = meeting.last_task
        assert task is not None
        qtbot.waitUntil(lambda task=task: task.done, timeout=20000)  # type: ignore[misc]
        path = tmp_path / name
        assert "Exported the pack to" in meeting.save_hint.text()
        assert str(path) in meeting.save_hint.text()
        assert path.read_bytes().startswith(b"%PDF")
        written.append(path)

    # -- the database: both sides' histories are whole -----------------------------------
    history = app.history(ana.id, "communication")
    assert [(p.assessor, p.level) for p in history] == [
        (Assessor.SELF, 4),
        (Assessor.MANAGER, 1),
        (Assessor.MANAGER, 2),
    ]
    assert history[-1].comment == RATING_COMMENT
    assert history[-1].assessor_name == MANAGER

    # -- the PDFs as a reader opens them --------------------------------------------------
    if not POPPLER:
        pytest.skip(NO_POPPLER)
    view = controller.snapshot
    widest = sorted(
        view.gaps[TARGET].missing,
        key=lambda m: (-(m.need - m.have), view.skill_name(m.skill).casefold()),
    )
    gap_skill = view.skill_name(widest[0].skill)
    shared_pack, private_pack = (_pdf_text(path) for path in written)
    for text in (shared_pack, private_pack):
        assert "Ana Souza" in text
        assert gap_skill in text
        assert SHARED_NOTE in text
    assert PRIVATE_NOTE not in shared_pack
    assert PRIVATE_NOTE in private_pack

    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile",
         str(written[0]), str(tmp_path / "page1")],
        check=True,
    )  # fmt: skip
    assert _dark_pixels(tmp_path / "page1.png") > 200, "page 1 is not blank"
