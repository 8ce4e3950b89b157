"""The key dialog of the first private note on a company server: the key is shown, its backup
is written where the person chooses (never over a file), and the price of losing it is said."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxcareer.service import company_server, note_seal
from cxcareer.ui.common import file_dialogs
from cxcareer.ui.i18n.loader import remove_translators, switch_translators
from cxcareer.ui.meeting.note_key_dialog import NoteKeyDialog


@pytest.fixture
def key_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "cxcareer" / "keys"


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(
        file_dialogs,
        "native_save_name",
        lambda *_args: (str(path) if path else "", ""),
    )


def test_the_backup_is_the_key_and_never_replaces_a_file(
    qtbot: QtBot, key_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, made = company_server.key_create()
    assert made == key_home / note_seal.KEY_FILE
    dialog = NoteKeyDialog(key, "en")
    qtbot.addWidget(dialog)
    assert dialog.line.text() == key.text()
    assert "can never be read again" in dialog.explanation.text()
    target = tmp_path / "usb" / "mine.key"
    target.parent.mkdir()
    _choose(monkeypatch, target)
    assert dialog.save_copy()
    assert note_seal.NoteKey.from_text(target.read_text(encoding="ascii"), target) == key
    assert target.stat().st_mode & 0o077 == 0
    assert str(target) in dialog.status.text()
    target.write_text("something else", encoding="ascii")
    assert not dialog.save_copy()  # the same file again: refused, untouched
    assert target.read_text(encoding="ascii") == "something else"
    assert "already exists" in dialog.status.text()
    _choose(monkeypatch, None)
    assert not dialog.save_copy()  # cancelled: nothing written


def test_the_dialog_speaks_portuguese(
    qtbot: QtBot, qapp: QApplication, key_home: Path, tmp_path: Path
) -> None:
    key, _made = company_server.key_create()
    installed = switch_translators(qapp, [], "pt-BR", cache_dir=tmp_path / "qm")
    try:
        dialog = NoteKeyDialog(key, "pt-BR")
        qtbot.addWidget(dialog)
        assert "nunca mais" in dialog.explanation.text()
        assert dialog.windowTitle() != "Your private-notes key"
    finally:
        remove_translators(qapp, installed)
