"""The Qt side of the one formatting module: the current language and date editors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from cxcareer.service.formats import format_date
from cxcareer.ui.common.locale import current_language, qt_date_format, write_dates_in
from cxcareer.ui.i18n.loader import install_translators, remove_translators


def test_current_language_follows_the_translators(qapp: QApplication, tmp_path: Path) -> None:
    assert current_language() == "en"
    translators = install_translators(qapp, "pt-BR", cache_dir=tmp_path / "qm")
    try:
        assert current_language() == "pt-BR"
    finally:
        remove_translators(qapp, translators)
    assert current_language() == "en"


def test_qt_date_formats() -> None:
    assert qt_date_format("en") == "d MMM yyyy"
    assert qt_date_format("pt-BR") == "d 'de' MMM 'de' yyyy"


def test_date_editors_write_like_format_date(qtbot: QtBot) -> None:
    edit = QDateEdit(QDate(2026, 12, 2))
    qtbot.addWidget(edit)
    for lang in ("en", "pt-BR"):
        write_dates_in(edit, lang)
        assert edit.text() == format_date(date(2026, 12, 2), lang)
