"""One look for the meeting screen's lists: rows you select whole, first column wrapped.

Why tree views over table models: the screen's columns are narrow (two columns side by side,
longer still in Portuguese); a tree view whose first column wraps shows a long action title on
several lines instead of cutting it, while dates and counts keep their natural width.

Row heights come from :mod:`cxcareer.ui.common.wrap_rows`, shared with the other screens.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.common.wrap_rows import wrap_rows

__all__ = ["make_list"]


def make_list(model: QAbstractItemModel, *, wrap: bool = True, stretch: int = 0) -> QTreeView:
    """A flat, single-selection view of ``model``; column ``stretch`` takes the spare width
    but stays readable (column 0 wraps if ``wrap``)."""
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if wrap:
        wrap_rows(view)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_readable(view, stretch)
    return view
