"""A controller on an empty database: the situation the first-run wizard is made for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cxcareer.service.career import CareerApp
from cxcareer.ui.controller import ProfileController


@pytest.fixture
def empty_controller(
    qapp: QApplication, career_app: CareerApp, ui_settings: QSettings
) -> ProfileController:
    """Nobody in the database, nobody selected."""
    return ProfileController(career_app, ui_settings)
