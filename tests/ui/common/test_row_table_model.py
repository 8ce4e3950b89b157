"""The shared row table base: counts, resets, headers and language-switch signals.

The last test walks every table built on the base: one title per column, none missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cxcareer.ui.common.row_table_model import RowTableModel
from cxcareer.ui.frameworks.problems_model import ProblemsModel
from cxcareer.ui.frameworks.versions_model import VersionsModel
from cxcareer.ui.ladder.moves_model import MovesModel
from cxcareer.ui.ladder.requirements_model import RequirementsModel
from cxcareer.ui.meeting.agenda_model import AgendaModel
from cxcareer.ui.meeting.new_actions_model import NewActionsModel
from cxcareer.ui.meeting.past_meetings_model import PastMeetingsModel
from cxcareer.ui.overview.actions_model import ActionsModel
from cxcareer.ui.overview.readiness_terms_model import ReadinessTermsModel
from cxcareer.ui.paths.what_if_changes_model import WhatIfChangesModel
from cxcareer.ui.paths.what_if_model import WhatIfModel
from cxcareer.ui.people.comparison_model import ComparisonModel
from cxcareer.ui.people.evidence_model import EvidenceModel
from cxcareer.ui.people.history_model import HistoryModel
from cxcareer.ui.people.plan_model import PlanModel
from cxcareer.ui.settings.backups_model import BackupsModel
from cxcareer.ui.sharing.preview_model import PreviewModel

_Index = QModelIndex | QPersistentModelIndex


class _Fruit(RowTableModel[tuple[str, int]]):
    """Name and count of a fruit; enough to exercise the base."""

    COLUMNS = 2

    def column_titles(self) -> Sequence[str]:
        return ("Fruit", "How many")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return row[0] if index.column() == 0 else str(row[1])


_ROWS = [("apple", 3), ("pear", 1), ("plum", 7)]


def test_empty_model(qtmodeltester: ModelTester) -> None:
    model = _Fruit()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.columnCount() == 2
    assert model.rows() == []
    assert model.row_at(0) is None
    assert model.row_for(QModelIndex()) is None


def test_rows_counts_and_data(qtmodeltester: ModelTester) -> None:
    model = _Fruit()
    model.replace_rows(_ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.index(1, 0).data() == "pear"
    assert model.index(2, 1).data() == "7"
    assert model.row_at(2) == ("plum", 7)
    assert model.row_at(3) is None
    assert model.row_at(-1) is None
    assert model.row_for(model.index(0, 1)) == ("apple", 3)


def test_rows_is_a_copy() -> None:
    model = _Fruit()
    model.replace_rows(_ROWS)
    model.rows().clear()
    assert model.rowCount() == 3


def test_replace_rows_resets_once(qtbot: QtBot) -> None:
    model = _Fruit()
    resets: list[str] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("begin"))
    model.modelReset.connect(lambda: resets.append("end"))
    model.replace_rows(_ROWS)
    assert resets == ["begin", "end"]
    assert model.rowCount() == 3
    model.replace_rows([])
    assert resets == ["begin", "end", "begin", "end"]
    assert model.rowCount() == 0


def test_nested_resetting_is_one_reset() -> None:
    model = _Fruit()
    resets: list[str] = []
    counts: list[int] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("begin"))

    def reset_done() -> None:
        resets.append("end")
        counts.append(model.rowCount())

    model.modelReset.connect(reset_done)
    with model.resetting():
        model.replace_rows(_ROWS[:1])
        model.replace_rows(_ROWS)
        assert resets == ["begin"]
    assert resets == ["begin", "end"]
    assert counts == [3]


def test_headers() -> None:
    model = _Fruit()
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Fruit"
    assert model.headerData(1, horizontal) == "How many"
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert RowTableModel.is_column_title(horizontal, Qt.ItemDataRole.DisplayRole)
    assert not RowTableModel.is_column_title(horizontal, Qt.ItemDataRole.ToolTipRole)


def test_columns_from_the_constructor(qtmodeltester: ModelTester) -> None:
    model = _Fruit(columns=1)
    model.replace_rows(_ROWS)
    qtmodeltester.check(model)
    assert model.columnCount() == 1


def test_retranslate_signals_cover_every_cell() -> None:
    model = _Fruit()
    model.replace_rows(_ROWS)
    headers: list[tuple[Qt.Orientation, int, int]] = []
    changed: list[tuple[int, int, int, int]] = []
    model.headerDataChanged.connect(lambda o, first, last: headers.append((o, first, last)))
    model.dataChanged.connect(
        lambda top, bottom, _roles: changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    model.retranslate()
    assert headers == [(Qt.Orientation.Horizontal, 0, 1)]
    assert changed == [(0, 0, 2, 1)]


def test_retranslate_empty_model_changes_headers_only() -> None:
    model = _Fruit()
    headers: list[tuple[int, int]] = []
    changed: list[object] = []
    model.headerDataChanged.connect(lambda _o, first, last: headers.append((first, last)))
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.retranslate()
    assert headers == [(0, 1)]
    assert changed == []


_CONVERTED: list[type[RowTableModel[Any]]] = [
    ProblemsModel,
    VersionsModel,
    MovesModel,
    RequirementsModel,
    AgendaModel,
    NewActionsModel,
    PastMeetingsModel,
    ActionsModel,
    ReadinessTermsModel,
    WhatIfModel,
    WhatIfChangesModel,
    ComparisonModel,
    EvidenceModel,
    HistoryModel,
    PlanModel,
    BackupsModel,
    PreviewModel,
]


@pytest.mark.parametrize("model_class", _CONVERTED, ids=lambda cls: cls.__name__)
def test_every_table_titles_each_of_its_columns(
    qtmodeltester: ModelTester, model_class: type[RowTableModel[Any]]
) -> None:
    model = model_class()
    qtmodeltester.check(model)
    titles = [
        model.headerData(section, Qt.Orientation.Horizontal)
        for section in range(model.columnCount())
    ]
    assert len(titles) == model.COLUMNS > 0
    assert all(isinstance(title, str) and title for title in titles)
