"""File choosers: native ones, starting in Documents the first time, then where each kind's last
file went (the real ladder and team exports drive them, with the native dialog replaced)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common import file_dialogs
from cxcareer.ui.common.app_settings import FileKind, remember_folder, remembered_folder
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.page import LadderPage
from cxcareer.ui.team.page import TeamPage

PACKAGE = Path(file_dialogs.__file__).resolve().parents[2]


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with a Documents folder, started from another working folder (as from a menu)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    elsewhere = tmp_path / "working-folder"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return home / "Documents"


class FakeSaveDialog:
    """Stands in for the platform's save dialog: records where it started, answers ``answers``."""

    def __init__(self) -> None:
        self.answers: list[Path] = []
        self.starts: list[Path] = []

    def __call__(
        self, _parent: QWidget | None, _title: str, start: str, filters: str
    ) -> tuple[str, str]:
        self.starts.append(Path(start))
        return str(self.answers.pop(0)), filters.split(";;")[0]


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> FakeSaveDialog:
    """The platform's save dialog replaced; give it its ``answers``."""
    dialog = FakeSaveDialog()
    monkeypatch.setattr(file_dialogs, "native_save_name", dialog)
    return dialog


def test_the_first_time_every_kind_starts_in_documents(
    ui_settings: QSettings, documents: Path
) -> None:
    for kind in FileKind:
        assert remembered_folder(ui_settings, kind) == documents
        assert remembered_folder(ui_settings, kind) != Path.cwd()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
    ui_settings: QSettings, documents: Path, tmp_path: Path
) -> None:
    remember_folder(ui_settings, FileKind.MAP, tmp_path / "deleted-since")
    assert remembered_folder(ui_settings, FileKind.MAP) == documents


def test_kinds_remember_their_own_folders(
    ui_settings: QSettings, documents: Path, tmp_path: Path
) -> None:
    maps = tmp_path / "maps"
    maps.mkdir()
    remember_folder(ui_settings, FileKind.MAP, maps)
    assert remembered_folder(ui_settings, FileKind.MAP) == maps
    assert remembered_folder(ui_settings, FileKind.TEAM) == documents


def test_an_earlier_versions_pack_folder_still_counts(
    ui_settings: QSettings, documents: Path, tmp_path: Path
) -> None:
    ui_settings.setValue("meeting/export_dir", str(tmp_path))
    assert remembered_folder(ui_settings, FileKind.PACK) == tmp_path


def test_the_second_map_export_starts_where_the_first_was_saved(
    qtbot: QtBot, controller: ProfileController, documents: Path, save_dialog: FakeSaveDialog
) -> None:
    page = LadderPage(controller)
    qtbot.addWidget(page)
    first_folder = documents.parent / "exports"
    first_folder.mkdir()
    save_dialog.answers = [first_folder / "first.png", first_folder / "second.png"]

    page.export_map()
    page.export_map()

    assert save_dialog.starts[0].parent == documents
    assert save_dialog.starts[1].parent == first_folder
    assert (first_folder / "first.png").stat().st_size > 0
    assert (first_folder / "second.png").stat().st_size > 0


def test_the_team_export_does_not_start_where_the_map_went(
    qtbot: QtBot,
    controller: ProfileController,
    documents: Path,
    tmp_path: Path,
    save_dialog: FakeSaveDialog,
) -> None:
    remember_folder(controller.settings, FileKind.MAP, tmp_path)
    page = TeamPage(controller)
    qtbot.addWidget(page)
    save_dialog.answers = [tmp_path / "team.csv"]

    page.export_csv()

    assert save_dialog.starts == [documents / "team.csv"]
    assert (tmp_path / "team.csv").exists()
    assert remembered_folder(controller.settings, FileKind.TEAM) == tmp_path


def test_a_cancelled_dialog_remembers_nothing(
    ui_settings: QSettings, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_dialogs, "native_open_name", lambda *_args: ("", ""))
    chosen = file_dialogs.ask_open_path(None, ui_settings, FileKind.FRAMEWORK, "Import", ("*",))
    assert chosen is None
    assert ui_settings.allKeys() == []


def test_only_the_seam_asks_qt_for_a_file_dialog_and_never_a_non_native_one() -> None:
    """Every chooser goes through :mod:`file_dialogs`; nothing turns native dialogs off."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "DontUseNativeDialog" in source:
            offenders.append(f"{path.relative_to(PACKAGE)}: DontUseNativeDialog")
        if path == Path(file_dialogs.__file__).resolve():
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Name | ast.Attribute):
                name = node.id if isinstance(node, ast.Name) else node.attr
                if name == "QFileDialog":
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: QFileDialog")
    assert offenders == []
