"""A table of whole rows that are read, picked and acted on, never edited cell by cell.

Why one function: the framework versions, an import's problems and the backups list are such
tables; each must select whole rows, refuse editing and let Tab leave the table rather than
step through its cells (keyboard users reach the buttons beside it), with the column that
holds free text taking the width. Spelling that out once keeps them behaving alike.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from cxcareer.ui.common.readable_column import keep_readable

__all__ = ["read_only_table"]


def read_only_table(
    model: QAbstractItemModel,
    *,
    stretch: int,
    single_selection: bool = True,
    word_wrap: bool = True,
) -> QTableView:
    """A new table over ``model``; columns fit their contents except ``stretch``, which fills.

    Args:
        model: shown as is (a proxy when the table sorts or filters).
        stretch: the column that takes the remaining width (never less than a readable one).
        single_selection: one row at a time (else Qt's default, extended selection).
        word_wrap: wrap long cell texts (off: one line per row, elided).
    """
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(word_wrap)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_readable(table, stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
