"""Installing translators: ours and Qt's own, switching languages, LanguageChange for widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.i18n.loader import install_translators, remove_translators, switch_translators
from tests.tools.i18n.conftest import write_ts


class Counting(QWidget):
    """Counts LanguageChange events, as a screen would retranslate on them."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    write_ts(folder / "greet_pt_BR.ts", {("Greeter", "Hello"): "Olá"})
    write_ts(folder / "shell_pt_BR.ts", {("QPlatformTheme", "Cancel"): "Desistir"})
    return folder


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed afterwards so other tests stay in English."""
    translators: list[QTranslator] = []
    yield translators
    remove_translators(qapp, translators)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text()


def test_english_installs_nothing(qapp: QApplication, source: Path, tmp_path: Path) -> None:
    assert install_translators(qapp, "en", source_dir=source, cache_dir=tmp_path / "c") == []


def test_portuguese_translates_ours_and_qt_buttons(
    qapp: QApplication, source: Path, tmp_path: Path, installed: list[QTranslator]
) -> None:
    (source / "shell_pt_BR.ts").unlink()
    installed += install_translators(qapp, "pt-BR", source_dir=source, cache_dir=tmp_path / "c")
    assert len(installed) == 2  # qtbase and greet
    assert QCoreApplication.translate("Greeter", "Hello") == "Olá"
    assert _cancel_text() == "Cancelar"


def test_our_wording_wins_over_qt(
    qapp: QApplication, source: Path, tmp_path: Path, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, "pt-BR", source_dir=source, cache_dir=tmp_path / "c")
    assert _cancel_text() == "Desistir"


def test_switching_back_restores_english_and_notifies_widgets(
    qapp: QApplication, qtbot: QtBot, source: Path, tmp_path: Path, installed: list[QTranslator]
) -> None:
    widget = Counting()
    qtbot.addWidget(widget)
    cache = tmp_path / "c"
    installed += install_translators(qapp, "pt-BR", source_dir=source, cache_dir=cache)
    qtbot.waitUntil(lambda: widget.changes >= 1)
    seen = widget.changes
    installed[:] = switch_translators(qapp, installed, "en", source_dir=source, cache_dir=cache)
    assert installed == []
    assert QCoreApplication.translate("Greeter", "Hello") == "Hello"
    assert _cancel_text() == "Cancel"
    qtbot.waitUntil(lambda: widget.changes > seen)


def test_unloadable_catalog_is_skipped(
    qapp: QApplication, source: Path, tmp_path: Path, installed: list[QTranslator]
) -> None:
    (source / "greet_pt_BR.ts").unlink()
    (source / "shell_pt_BR.ts").unlink()
    (source / "junk_pt_BR.qm").write_bytes(b"not a catalog")
    installed += install_translators(qapp, "pt-BR", source_dir=source, cache_dir=tmp_path / "c")
    assert len(installed) == 1  # only Qt's own


def test_shipped_shell_catalog_translates_navigation(
    qapp: QApplication, tmp_path: Path, installed: list[QTranslator]
) -> None:
    installed += install_translators(qapp, "pt-BR", cache_dir=tmp_path / "c")
    assert QCoreApplication.translate("pages", "Overview") == "Visão geral"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arquivo"
