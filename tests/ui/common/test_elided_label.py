"""ElidedLabel: whole words and "…" when narrow, the whole text in its tooltip, a small minimum."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.elided_label import ELLIPSIS, ElidedLabel

TITLE = "Gerente de Desempenho de Suporte ao Cliente · você está aqui"


def _in_row(qtbot: QtBot, label: QLabel, width: int) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    qtbot.addWidget(row)
    row.show()
    label.setFixedWidth(width)
    qtbot.wait(5)
    return row


def test_a_narrow_label_keeps_whole_words_and_tells_the_rest(qtbot: QtBot) -> None:
    label = ElidedLabel(TITLE)
    _row = _in_row(qtbot, label, 150)
    shown = label.text()
    assert shown.endswith(ELLIPSIS)
    kept = shown.removesuffix(ELLIPSIS)
    assert TITLE.startswith(kept)
    assert TITLE[len(kept)] == " ", "cut between words, not inside one"
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == TITLE
    assert label.fullText() == TITLE


def test_with_room_the_whole_text_shows_and_the_caller_tooltip_stays(qtbot: QtBot) -> None:
    label = ElidedLabel(TITLE)
    label.setToolTip("Your current role")
    _row = _in_row(qtbot, label, label.sizeHint().width() + 10)
    assert label.text() == TITLE
    assert label.toolTip() == "Your current role"
    label.setFixedWidth(120)
    qtbot.wait(5)
    assert label.toolTip() == f"{TITLE}\n\nYour current role"


def test_it_never_makes_its_window_wider_than_a_few_characters(qtbot: QtBot) -> None:
    plain = QLabel(TITLE)
    elided = ElidedLabel(TITLE)
    assert plain.minimumSizeHint().width() > 300
    assert elided.minimumSizeHint().width() <= elided.fontMetrics().averageCharWidth() * 8
    assert elided.sizeHint().width() >= elided.fontMetrics().horizontalAdvance(TITLE)


def test_a_path_is_cut_in_the_middle(qtbot: QtBot) -> None:
    path = "/home/someone/Documents/career/databases/cxcareer-team.db"
    label = ElidedLabel(path, mode=Qt.TextElideMode.ElideMiddle)
    _row = _in_row(qtbot, label, 160)
    assert ELLIPSIS in label.text()
    assert label.text().endswith("team.db")
    assert label.toolTip() == path


def test_a_text_given_its_own_width_is_whole_in_every_mode(qtbot: QtBot) -> None:
    """Qt's elidedText measures in fractions of a pixel: at exactly the width its size hint asked
    for, the status bar's "Demo data: … when you quit" came out cut in the middle."""
    text = "Demo data: all of it is deleted when you quit"
    for mode in (Qt.TextElideMode.ElideMiddle, Qt.TextElideMode.ElideRight):
        label = ElidedLabel(text, mode=mode)
        _row = _in_row(qtbot, label, label.sizeHint().width())
        assert label.text() == text, mode
        assert label.toolTip() == ""
