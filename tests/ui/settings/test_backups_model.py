"""The backups table model: qtmodeltester and plain data checks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from cxcareer.store.backup import BackupInfo
from cxcareer.ui.settings.backups_model import PATH_ROLE, BackupsModel, reason_text


def _backups() -> list[BackupInfo]:
    return [
        BackupInfo(
            Path("/b/cxcareer-20261122T101500Z-manual.db"),
            datetime(2026, 11, 22, 10, 15, tzinfo=UTC),
            "manual",
            2048,
        ),
        BackupInfo(
            Path("/b/cxcareer-20261121T090000Z-odd.db"),
            datetime(2026, 11, 21, 9, tzinfo=UTC),
            "odd",
            1_500_000,
        ),
    ]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = BackupsModel()
    model.set_backups(_backups(), "en")
    qtmodeltester.check(model)


def test_rows_show_date_reason_and_size() -> None:
    model = BackupsModel()
    model.set_backups(_backups(), "en")
    assert model.rowCount() == 2
    assert model.columnCount() == 3
    assert "2026" in model.index(0, 0).data() or "26" in model.index(0, 0).data()
    assert model.index(0, 1).data() == "Backed up by hand"
    assert model.index(1, 1).data() == "odd"  # unknown reasons as they are
    assert model.index(0, 2).data() == "2.0 kB"
    assert model.index(0, 0).data(PATH_ROLE).endswith("manual.db")
    assert model.row_of(Path("/b/cxcareer-20261121T090000Z-odd.db")) == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Taken"
    assert reason_text("before-restore") == "Before a restore"
    model.set_backups(_backups(), "pt-BR")
    assert model.index(1, 2).data() == "1,5 MB"
