"""Row heights that fit wrapped text in tree views, for every screen that lists long texts.

Why: QTreeView wraps text at word breaks but sizes rows as if the text were one line, so long
role titles and action titles (longer still in Portuguese) were cut off in narrow columns. This
delegate measures the first column's text at that column's current width, less the room taken
by indentation and by a check box when the row has one; views call :func:`wrap_rows` to use it
and to lay rows out again when a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

__all__ = ["WrapDelegate", "wrap_rows"]

_Index = QModelIndex | QPersistentModelIndex


class WrapDelegate(QStyledItemDelegate):
    """A delegate whose size hint wraps the first column's text to that column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or index.column() != 0:  # other columns are sized to their contents
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


def wrap_rows(view: QTreeView) -> None:
    """Give ``view`` wrapped, fully visible rows that follow column resizes."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrapDelegate(view))
    view.header().sectionResized.connect(lambda *_args: view.doItemsLayout())
