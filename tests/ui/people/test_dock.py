"""The people list: groups, filter, switching person, add, edit, archive, delete with backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cxcareer.store.backup import backup_dir_for, list_backups
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.delete_dialog import DeletePersonDialog
from cxcareer.ui.people.dock import PeopleDock
from cxcareer.ui.people.person_dialog import PersonDialog

DISPLAY = Qt.ItemDataRole.DisplayRole


def _dock(qtbot: QtBot, controller: ProfileController) -> PeopleDock:
    dock = PeopleDock(controller)
    qtbot.addWidget(dock)
    dock.resize(280, 600)
    dock.show()
    return dock


def _names(dock: PeopleDock) -> list[str]:
    model = dock.model
    names = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        names.append(str(model.data(parent, DISPLAY)))
        names += [
            str(model.data(model.index(r, 0, parent), DISPLAY))
            for r in range(model.rowCount(parent))
        ]
    return names


def test_groups_filter_and_switching(qtbot: QtBot, controller: ProfileController) -> None:
    app = controller.app
    ana = controller.person_id
    assert ana is not None
    bea = app.create_person("Bea Lima").value
    app.set_manager(ana, bea.id)
    caio = app.create_person("Caio").value
    controller.set_me(bea.id)
    dock = _dock(qtbot, controller)
    assert _names(dock) == ["Me (1)", "Bea Lima", "My team (1)", "Ana Souza", "Others (1)", "Caio"]
    assert dock.selected_person() is not None
    assert dock.selected_person().id == ana  # type: ignore[union-attr]

    with qtbot.waitSignal(controller.changed, timeout=2000):
        dock.tree.setCurrentIndex(dock.model.index_of(caio.id))
    assert controller.person_id == caio.id

    qtbot.keyClicks(dock.filter, "ana")
    assert _names(dock) == ["My team (1)", "Ana Souza"]
    dock.filter.clear()
    assert len(_names(dock)) == 6


def test_this_is_me_button(qtbot: QtBot, controller: ProfileController) -> None:
    dock = _dock(qtbot, controller)
    assert not dock.me_button.isChecked()
    dock.me_button.click()
    assert controller.me_id() == controller.person_id
    assert _names(dock)[:2] == ["Me (1)", "Ana Souza"]


def test_add_and_edit_person(qtbot: QtBot, controller: ProfileController) -> None:
    dock = _dock(qtbot, controller)
    dock.add_person()
    dialog = dock.dialog
    assert isinstance(dialog, PersonDialog)
    dialog._check_and_accept()
    assert dialog.problem.isVisibleTo(dialog), "a name is needed"
    dialog.name.setText("João Reis")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.email, "joao@x.test")
    dialog.current_role.setCurrentIndex(dialog.current_role.findData("support-representative"))
    dialog.targets[0].setCurrentIndex(dialog.targets[0].findData("support-specialist"))
    dialog.targets[1].setCurrentIndex(dialog.targets[1].findData("support-specialist"))
    dialog._check_and_accept()
    assert "twice" in dialog.problem.text()
    dialog.targets[1].setCurrentIndex(0)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        dialog._check_and_accept()
    assert controller.snapshot is not None
    joao = controller.snapshot.person
    assert (joao.name, joao.email, joao.current_role, joao.targets) == (
        "João Reis",
        "joao@x.test",
        "support-representative",
        ("support-specialist",),
    )
    shown = dock.selected_person()
    assert shown is not None
    assert shown.id == joao.id

    dock.edit_person()
    dialog = dock.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.name.text() == "João Reis"
    ana = next(p for p in controller.app.people() if p.name == "Ana Souza")
    dialog.manager.setCurrentIndex(dialog.manager.findData(ana.id))
    dialog.targets[1].setCurrentIndex(dialog.targets[1].findData("support-team-lead"))
    dialog.name.setText("João P. Reis")
    dialog._check_and_accept()
    edited = controller.app.person(joao.id)
    assert edited.name == "João P. Reis"
    assert edited.manager_id == ana.id
    assert edited.targets == ("support-specialist", "support-team-lead")


def test_archive_and_unarchive(qtbot: QtBot, controller: ProfileController) -> None:
    app = controller.app
    caio = app.create_person("Caio").value
    dock = _dock(qtbot, controller)
    controller.select_person(caio.id)
    assert dock.archive_button.text().replace("&", "") == "Archive"
    dock.archive_button.click()
    assert app.person(caio.id).archived
    assert "Caio (archived)" in _names(dock), "still shown while selected"
    controller.select_person(app.people()[0].id)
    assert not any(name.startswith("Caio") for name in _names(dock))
    dock.show_archived.setChecked(True)
    dock.tree.setCurrentIndex(dock.model.index_of(caio.id))
    assert dock.archive_button.text().replace("&", "") == "Unarchive"
    dock.archive_button.click()
    assert not app.person(caio.id).archived
    assert "Caio" in _names(dock)


def test_delete_asks_and_leaves_a_backup(qtbot: QtBot, controller: ProfileController) -> None:
    app = controller.app
    ana = controller.person_id
    assert ana is not None
    caio = app.create_person("Caio").value
    controller.rate({"communication": 3})
    path = app.database.location.path
    assert path is not None
    dock = _dock(qtbot, controller)

    dock.delete_person()
    dialog = dock.dialog
    assert isinstance(dialog, DeletePersonDialog)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.typed, "Ana")
    assert not dialog.delete_button.isEnabled(), "a partial name does not confirm"
    dialog.reject()
    assert app.person(ana).name == "Ana Souza", "cancel deletes nothing"
    assert list_backups(backup_dir_for(path)) == []

    dock.delete_person()
    dialog = dock.dialog
    assert isinstance(dialog, DeletePersonDialog)
    qtbot.keyClicks(dialog.typed, "ana souza")
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(controller.changed, timeout=5000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert [p.id for p in app.people(include_archived=True)] == [caio.id]
    assert controller.person_id == caio.id
    (backup,) = list_backups(backup_dir_for(path))
    assert backup.reason == "before-delete"
    assert str(backup.path) in dock.message.text()
    assert _names(dock) == ["Others (1)", "Caio"]


def test_delete_dialog_offers_archive_instead(qtbot: QtBot, controller: ProfileController) -> None:
    dock = _dock(qtbot, controller)
    dock.delete_person()
    dialog = dock.dialog
    assert isinstance(dialog, DeletePersonDialog)
    dialog.archive_button.click()
    assert controller.snapshot is not None
    assert controller.app.person(controller.snapshot.person.id).archived
