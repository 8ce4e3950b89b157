"""People-screen tests fail, instead of hanging, when a message box would appear."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record message boxes; a test that expects none asserts the list stays empty."""
    shown: list[str] = []

    def record(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        raise AssertionError(f"unexpected message box: {shown[-1]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown
