"""One look for the meeting screen's lists: rows you select whole, first column wrapped.

Why tree views over table models: the screen's columns are narrow (two columns side by side,
longer still in Portuguese); a tree view whose first column wraps shows a long action title on
several lines instead of cutting it, while dates and counts keep their natural width.

Why an own delegate: Qt sizes rows as if text were one line; the row height must be measured
at the column's width, less the room taken by indentation and a check box when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

__all__ = ["WrappingDelegate", "make_list", "wrap_view"]

_Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit the first column's text wrapped at that column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or index.column() != 0:
            return base
        view = self._view
        style = view.style()
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.header().sectionSize(0)
        width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        width -= 3 * margin + 2
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
            width -= 2 * margin
        if width <= 0:
            return base
        metrics = option.fontMetrics
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            metrics = QFontMetrics(font)
        rect = metrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))


def make_list(model: QAbstractItemModel, *, wrap: bool = True) -> QTreeView:
    """A flat, single-selection view of ``model``; column 0 stretches (and wraps if ``wrap``)."""
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if wrap:
        wrap_view(view)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def wrap_view(view: QTreeView) -> None:
    """Wrap the first column of ``view`` and lay rows out again when a column is resized."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingDelegate(view))
    view.header().sectionResized.connect(lambda *_args: view.doItemsLayout())
