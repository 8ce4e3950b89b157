"""The shared searchable picker: typing part of a title narrows the list, Enter picks.

Driven through the real role pickers (the overview's dialog, the Paths aim list) on the
built-in framework in Brazilian Portuguese, where titles carry accents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cxcareer.service.skill_rows import fold
from cxcareer.ui.common.search_combo import SearchCombo
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.overview.role_picker import RolePickerDialog


def _type(qtbot: QtBot, combo: SearchCombo, text: str) -> list[str]:
    """Type ``text`` into the combo; the titles its suggestion list then offers."""
    combo.line.selectAll()
    qtbot.keyClicks(combo.line, text)
    model = combo.finder.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _dialog(qtbot: QtBot, controller: ProfileController) -> RolePickerDialog:
    controller.set_language("pt-BR")
    assert controller.snapshot is not None
    dialog = RolePickerDialog(controller.snapshot, "Cargo atual", "O cargo de Ana hoje:")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_typing_without_accents_or_capitals_narrows_the_list(
    qtbot: QtBot, controller: ProfileController
) -> None:
    dialog = _dialog(qtbot, controller)
    combo = dialog.combo
    assert isinstance(combo, SearchCombo)
    every = [combo.itemText(row) for row in range(combo.count())]
    found = _type(qtbot, combo, "lider")
    assert found
    assert len(found) < len(every)
    assert all("líder" in title.lower() for title in found)
    assert any(title.startswith("Líder de Equipe de Suporte ao Cliente") for title in found)
    managers = _type(qtbot, combo, "gerente")
    assert any(title.startswith("Gerente de Experiência do Cliente") for title in managers)
    assert all("gerente" in fold(title) for title in managers)
    assert managers == [t for t in every if "gerente" in fold(t)]


def test_enter_picks_the_first_match(qtbot: QtBot, controller: ProfileController) -> None:
    dialog = _dialog(qtbot, controller)
    combo = dialog.combo
    first = _type(qtbot, combo, "experiencia do cliente")[0]
    qtbot.keyClick(combo.line, Qt.Key.Key_Return)
    assert combo.currentText() == first
    assert dialog.chosen_role() is not None
    assert controller.snapshot is not None
    assert first.startswith(controller.snapshot.role_title(dialog.chosen_role() or ""))


def test_text_that_names_nothing_is_never_added(
    qtbot: QtBot, controller: ProfileController
) -> None:
    dialog = _dialog(qtbot, controller)
    combo = dialog.combo
    count = combo.count()
    before = combo.currentIndex()
    assert _type(qtbot, combo, "zzz nada") == []
    qtbot.keyClick(combo.line, Qt.Key.Key_Return)
    assert combo.count() == count
    assert combo.currentIndex() == before
    assert combo.line.text() == combo.itemText(before)


def test_a_title_wider_than_the_box_shows_its_start(
    qtbot: QtBot, controller: ProfileController
) -> None:
    dialog = _dialog(qtbot, controller)
    combo = dialog.combo
    combo.setMinimumWidth(0)
    combo.setFixedWidth(120)
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.line.cursorPosition() == 0
    assert _type(qtbot, combo, "lider")
    qtbot.keyClick(combo.line, Qt.Key.Key_Return)
    assert combo.line.cursorPosition() == 0
