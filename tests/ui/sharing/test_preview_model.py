"""The preview table: one row per kind, counts from a real dry run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from cxcareer.service.bundle_preview import preview_bundle
from cxcareer.ui.sharing.preview_model import PreviewModel
from tests.ui.sharing.conftest import Laptop


def test_rows_and_counts(qtmodeltester: Any, laptops: tuple[Laptop, Laptop]) -> None:
    employee, manager = laptops
    bundle = manager.side.bundle(str(employee.controller.person_id))
    model = PreviewModel()
    qtmodeltester.check(model)
    model.set_preview(preview_bundle(employee.app.database, bundle, keys=employee.keys))
    qtmodeltester.check(model)

    assert model.rowCount() == 4
    assert model.columnCount() == 4
    kinds = [model.index(r, 0).data() for r in range(4)]
    assert kinds == ["Ratings", "Evidence", "Plan actions", "One-to-ones"]
    ratings = [model.index(0, c).data() for c in range(1, 4)]
    assert ratings == ["2", "1", "0"]  # two in the file, the manager's is new
    assert model.index(3, 2).data() == "1"  # the one-to-one
    assert model.headerData(2, Qt.Orientation.Horizontal) == "New here"
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "Ratings, New here: 1"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None

    model.set_preview(None)
    assert model.rowCount() == 0
