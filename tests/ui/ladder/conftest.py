"""The Ladder screen around the ``controller`` fixture's person, shown offscreen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.page import LadderPage


@pytest.fixture
def page(qtbot: QtBot, controller: ProfileController) -> LadderPage:
    widget = LadderPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget
