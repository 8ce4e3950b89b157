"""A group box's long title gives way instead of widening the box (and the window)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.elided_title import ElidedTitleBox

LONG = "History of Analytical capacity (analytical skills, data reading and reporting)"


def test_a_long_title_is_shortened_to_the_box_and_whole_in_the_tooltip(qtbot: QtBot) -> None:
    box = ElidedTitleBox()
    QVBoxLayout(box).addWidget(QLabel("x"))
    qtbot.addWidget(box)
    box.setTitle(LONG)
    needed = QFontMetrics(box.font()).horizontalAdvance(LONG)
    assert box.minimumSizeHint().width() < needed / 2, "the title does not set the least width"
    box.resize(needed // 2, 80)
    box.show()
    assert box.title().endswith("…")
    assert QFontMetrics(box.font()).horizontalAdvance(box.title()) < needed // 2
    assert (box.fullTitle(), box.toolTip()) == (LONG, LONG)

    box.resize(needed + 100, 80)
    assert (box.title(), box.toolTip()) == (LONG, "")
