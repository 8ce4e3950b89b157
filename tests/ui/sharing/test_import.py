"""Importing from the menu: preview first, backup, merge; both laptops end with both histories."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cxcareer.service.bundle_export import export_person
from cxcareer.store.backup import backup_dir_for
from cxcareer.store.bundle import export_bundle
from cxcareer.store.records import Assessor
from cxcareer.store.services import meetings, people
from cxcareer.ui.sharing.bundle_dialogs import import_bundle, start_import
from cxcareer.ui.sharing.import_flow import ImportFlow
from tests.ui.sharing.conftest import Laptop


def _export(laptop: Laptop, person_id: str, path: Path, *, private: bool = False) -> Path:
    database = laptop.app.database
    return export_person(
        database, person_id, path, include_private=private, signer=laptop.side.me, keys=laptop.keys
    ).path


def _start(laptop: Laptop, path: Path) -> ImportFlow:
    laptop.use()
    return start_import(laptop.controller, laptop.widget, path)


def _history(laptop: Laptop, person_id: str) -> dict[str, list[Any]]:
    with laptop.app.database.session() as session:
        bundle = export_bundle(session, person_id)
    return {
        kind: sorted((e["id"], e.get("status")) for e in bundle[kind])
        for kind in ("assessments", "evidence", "actions", "meetings")
    }


def _wait_preview(qtbot: QtBot, flow: ImportFlow) -> None:
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=5000
    )


def _import_through_ui(qtbot: QtBot, laptop: Laptop, path: Path) -> ImportFlow:
    flow = _start(laptop, path)
    _wait_preview(qtbot, flow)
    assert flow.preview_dialog is not None
    assert flow.preview_dialog.import_button is not None
    flow.preview_dialog.import_button.click()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=5000)
    return flow


def _close_summary(qtbot: QtBot, laptop: Laptop, flow: ImportFlow) -> None:
    assert flow.summary is not None
    flow.summary.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: laptop.widget.findChild(ImportFlow) is None)


def test_both_ways_leaves_both_histories_whole(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    ana = str(employee.controller.person_id)
    assert manager.controller.person_id is None

    # Employee → manager.
    before = manager.dump()
    flow = _start(manager, _export(employee, ana, tmp_path / "e"))
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    assert manager.dump() == before  # the preview wrote nothing
    assert "Ana Souza is already here" in dialog.person_text.text()
    assert "already here" in dialog.framework_text.text()
    assert not dialog.private_text.isVisible()
    model = dialog.model
    assert [model.index(0, c).data() for c in range(4)] == ["Ratings", "2", "1", "0"]
    assert [model.index(2, c).data() for c in range(4)] == ["Plan actions", "1", "1", "0"]
    assert dialog.import_button is not None
    dialog.import_button.click()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=5000)
    assert flow.summary is not None
    assert "Ratings: 1 new, 0 updated" in flow.summary.text()
    assert flow.backup is not None
    assert flow.backup.parent == backup_dir_for(Path(str(manager.app.database.location.path)))
    assert flow.backup.is_file()
    assert manager.controller.person_id == ana  # the imported person is shown
    assert manager.controller.snapshot is not None
    _close_summary(qtbot, manager, flow)

    # Manager → employee (with the manager's rating and one-to-one).
    flow = _import_through_ui(qtbot, employee, _export(manager, ana, tmp_path / "m"))
    assert flow.report is not None
    assert flow.report.added["assessments"] == 1
    assert flow.report.added["meetings"] == 1
    _close_summary(qtbot, employee, flow)

    mine, theirs = _history(employee, ana), _history(manager, ana)
    assert mine == theirs
    assert len(mine["assessments"]) == 3  # two self ratings and one manager rating
    assert len(mine["meetings"]) == 1
    assert mine["actions"][0][1] == "done"


def test_importing_twice_changes_nothing(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    ana = str(employee.controller.person_id)
    path = _export(employee, ana, tmp_path / "e")
    _close_summary(qtbot, manager, _import_through_ui(qtbot, manager, path))
    before = manager.dump()

    flow = _start(manager, path)
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    assert dialog.import_button is None  # only Close is offered
    assert "changes nothing" in dialog.outcome.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: manager.widget.findChild(ImportFlow) is None)
    assert manager.dump() == before


def test_new_person_with_private_notes_is_announced(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    with manager.app.database.session() as session:
        caio = people.create_person(session, "Caio Lima", current_role="support-representative")
        people.set_manager(session, caio.id, manager.side.me)
        meetings.record_meeting(
            session, caio.id, date(2026, 11, 21), "Bruno", shared_notes="x", private_notes="psst"
        )
    path = _export(manager, caio.id, tmp_path / "m", private=True)

    flow = _start(employee, path)
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    assert "not in this database yet" in dialog.person_text.text()
    assert dialog.private_text.isVisible()
    assert "Bruno" in dialog.private_text.text()
    framework = employee.app.framework(employee.app.builtin_version().id)
    said = dialog.framework_text.text()
    assert f"{framework.name.get('en')} · v{framework.version} is already here." == said
    assert framework.id not in said  # the framework's title, never its id
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_cancel_writes_nothing(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    path = _export(employee, str(employee.controller.person_id), tmp_path / "e")
    before = manager.dump()
    flow = _start(manager, path)
    _wait_preview(qtbot, flow)
    assert flow.preview_dialog is not None
    flow.preview_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: manager.widget.findChild(ImportFlow) is None)
    assert manager.dump() == before
    assert not backup_dir_for(Path(str(manager.app.database.location.path))).exists() or not any(
        backup_dir_for(Path(str(manager.app.database.location.path))).iterdir()
    )


def test_invalid_bundle_lists_problems_and_writes_nothing(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    _employee, manager = laptops
    broken = tmp_path / "broken.cxbundle.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    before = manager.dump()

    flow = start_import(manager.controller, manager.widget, broken)
    qtbot.waitUntil(
        lambda: flow.problems_dialog is not None and flow.problems_dialog.isVisible(),
        timeout=5000,
    )
    dialog = flow.problems_dialog
    assert dialog is not None
    assert flow.preview_dialog is None
    assert "Nothing was changed" in dialog.message.text()
    assert "format" in dialog.details.toPlainText()
    assert manager.dump() == before
    dialog.reject()
    qtbot.waitUntil(lambda: manager.widget.findChild(ImportFlow) is None)


def test_menu_asks_for_the_file_and_remembers_its_folder(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    employee, manager = laptops
    folder = tmp_path / "inbox"
    folder.mkdir()
    path = _export(employee, str(employee.controller.person_id), folder / "ana")
    asked: list[str] = []

    def choose(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    import_bundle(manager.controller, manager.widget)
    assert asked == [str(tmp_path)]
    flow = manager.widget.findChild(ImportFlow)
    assert flow is not None
    _wait_preview(qtbot, flow)
    assert manager.controller.settings.value("sharing/last_folder") == str(folder)


def test_menu_cancelled_file_chooser_does_nothing(
    laptops: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    _employee, manager = laptops
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    import_bundle(manager.controller, manager.widget)
    assert manager.widget.findChild(ImportFlow) is None


def test_read_only_database_refuses_import(
    laptops: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    _employee, manager = laptops
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: shown.append(text))
    )
    manager.controller.read_only = True
    import_bundle(manager.controller, manager.widget)
    assert shown == ["This database is open read-only."]


def test_newer_profile_from_the_other_side_is_announced(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    ana = str(employee.controller.person_id)
    employee.app.update_person(ana, name="Ana Souza Lima")
    flow = _import_through_ui(qtbot, manager, _export(employee, ana, tmp_path / "e"))
    assert flow.preview_dialog is not None
    text = flow.preview_dialog.person_text.text()
    assert "Ana Souza is already here" in text
    assert "the name becomes Ana Souza Lima" in text
    assert flow.summary is not None
    assert "profile was updated" in flow.summary.text()
    assert manager.app.person(ana).name == "Ana Souza Lima"
    assert manager.controller.snapshot is not None
    assert manager.controller.snapshot.person.name == "Ana Souza Lima"  # screens were refreshed
    _close_summary(qtbot, manager, flow)


def test_manager_bundle_never_renames_the_person(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    ana = str(employee.controller.person_id)
    manager.app.update_person(ana, name="Someone Else")  # newer than Ana's own profile
    flow = _import_through_ui(qtbot, employee, _export(manager, ana, tmp_path / "m"))
    assert flow.report is not None
    assert not flow.report.updated["person"]
    assert flow.report.added["assessments"] == 1  # the manager's rating still comes in
    assert employee.app.person(ana).name == "Ana Souza"
    _close_summary(qtbot, employee, flow)


def test_preview_names_the_signer_and_their_new_key(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    flow = _start(employee, _export(manager, str(employee.controller.person_id), tmp_path / "m"))
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    text = dialog.signer_text.text().replace("\u00a0", " ")  # unbroken keys
    assert "Signed by Bruno Lima" in text
    assert manager.side.key.fingerprint in text
    assert "This key is new here" in text
    assert not dialog.trust_new_key.isVisible()
    assert dialog.import_button is not None
    assert dialog.import_button.isEnabled()


def test_changed_key_is_loud_and_needs_an_explicit_tick(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    employee, manager = laptops
    ana = str(employee.controller.person_id)
    _close_summary(
        qtbot, employee, _import_through_ui(qtbot, employee, _export(manager, ana, tmp_path / "m"))
    )
    manager.app.rate(ana, {"communication": 4}, assessor=Assessor.MANAGER)
    eve = tmp_path / "eve.cxbundle.json"  # Bruno's data, signed with someone else's key
    export_person(manager.app.database, ana, eve, signer=manager.side.me, keys=tmp_path / "eve")
    before = employee.dump()

    flow = _start(employee, eve)
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    text = dialog.signer_text.text().replace("\u00a0", " ")  # unbroken keys
    assert "has CHANGED" in text
    unbroken = manager.side.key.fingerprint.replace(" ", "\u00a0")
    assert unbroken in dialog.signer_text.text()  # a key never wraps in the middle
    assert manager.side.key.fingerprint in text  # the known key, to compare with
    assert "bold" in dialog.signer_text.styleSheet()
    assert dialog.trust_new_key.isVisible()
    assert dialog.import_button is not None
    assert not dialog.import_button.isEnabled()
    dialog.trust_new_key.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.trust_new_key.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: employee.widget.findChild(ImportFlow) is None)
    assert employee.dump() == before

    flow = _start(employee, eve)
    _wait_preview(qtbot, flow)
    dialog = flow.preview_dialog
    assert dialog is not None
    dialog.trust_new_key.setChecked(True)
    assert dialog.import_button is not None
    dialog.import_button.click()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=5000)
    assert flow.report is not None
    assert flow.report.added["assessments"] == 1
    _close_summary(qtbot, employee, flow)


def test_a_big_import_shows_progress_and_keeps_the_window_responsive(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    """40,000 ratings: the merge runs off the UI thread and its dialog counts the entries."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from bench.big_history import add_long_history

    employee, manager = laptops
    big = add_long_history(employee.app.database, 40_000)  # her own ratings, signed by her
    path = export_person(
        employee.app.database, big, tmp_path / "big.cxbundle.json", signer=big, keys=employee.keys
    ).path
    seen: list[tuple[str, int, int]] = []
    ticks: list[int] = []

    def look() -> None:
        ticks.append(1)
        for dialog in manager.widget.findChildren(QProgressDialog):  # shown after 1 s or not
            if dialog.maximum() > 0 and dialog.value() >= 0:  # -1: closed
                seen.append((dialog.labelText(), dialog.value(), dialog.maximum()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    flow = start_import(manager.controller, manager.widget, path)
    qtbot.waitUntil(
        lambda: flow.preview_dialog is not None and flow.preview_dialog.isVisible(), timeout=60000
    )
    reading = [(value, maximum) for label, value, maximum in seen if label.startswith("Reading")]
    assert reading, "checking the file showed no progress"
    assert reading[-1][1] == 40_000  # the preview's dry run counts the entries too
    seen.clear()
    ticks.clear()
    assert flow.preview_dialog is not None
    assert flow.preview_dialog.import_button is not None
    flow.preview_dialog.import_button.click()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(), timeout=120000)
    timer.stop()
    assert flow.report is not None
    assert flow.report.added["assessments"] == 40_000
    assert "40,000 new" in flow.summary_text()
    assert seen, "the import reported no progress"
    assert {maximum for _, _, maximum in seen} == {40_000}
    values = [value for _, value, _ in seen]
    assert values == sorted(values)
    assert len(set(values)) >= 2  # it moved while the import ran
    assert len(ticks) >= 10  # the UI thread kept running its timers meanwhile
    _close_summary(qtbot, manager, flow)
