"""The clipping checker's item-view half: header sections and the text of visible items.

Why apart from :mod:`tests.ui.clipping`: an item view draws its texts through a delegate and a
style, so its room is the style's text rectangle of each visible index, and a view may elide
a text only when the model's tooltip holds it whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from tests.ui.clipping_text import SLACK, Clip, told_in, wrapped_problems

__all__ = ["header_clips", "item_clips"]

#: How many item-view indexes one view is searched at most (a big tree stays quick).
_MOST_ITEMS = 3000


def header_clips(header: QHeaderView, where: str) -> Iterator[Clip]:
    model = header.model()
    if model is None or not header.isVisible():
        return
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    across = header.height() if horizontal else header.width()
    extent = header.viewport().width() if horizontal else header.viewport().height()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        size = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        if size <= 0 or start >= extent or start + size <= 0:
            continue
        text = " ".join(str(model.headerData(logical, header.orientation()) or "").split())
        if not text:
            continue
        hint = header.sectionSizeFromContents(logical)
        along_needed, across_needed = (
            (hint.width(), hint.height()) if horizontal else (hint.height(), hint.width())
        )
        tip = model.headerData(logical, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        elided_ok = header.textElideMode() != Qt.TextElideMode.ElideNone and told_in(text, tip)
        name = f"{where}[section {logical}]"
        if along_needed > size + SLACK and not elided_ok:
            yield Clip(name, text, "(header) is too narrow", along_needed, size)
        if across_needed > across + SLACK:
            yield Clip(name, text, "(header) is too short", across_needed, across)


def _visible_indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    if model is None:
        return
    viewport = view.viewport().rect()
    seen = 0
    tree_expanded = getattr(view, "isExpanded", None)

    def walk(parent: QModelIndex, m: QAbstractItemModel) -> Iterator[QModelIndex]:
        nonlocal seen
        for row in range(m.rowCount(parent)):
            first = m.index(row, 0, parent)
            rect = view.visualRect(first)
            if rect.isValid() and rect.top() > viewport.bottom():
                return  # rows come in the order they are drawn: the rest are below
            columns = 1 if isinstance(m, QAbstractListModel) else m.columnCount(parent)
            for column in range(columns):
                if seen >= _MOST_ITEMS:
                    return
                index = m.index(row, column, parent)
                seen += 1
                cell = view.visualRect(index)
                if cell.isValid() and cell.intersects(viewport):
                    yield index
            if (
                tree_expanded is not None
                and not isinstance(m, QAbstractTableModel)
                and m.rowCount(first) > 0
                and tree_expanded(first)
                and rect.top() < viewport.bottom()
            ):
                yield from walk(first, m)

    yield from walk(QModelIndex(), model)


def item_clips(view: QAbstractItemView, where: str) -> Iterator[Clip]:
    if isinstance(view, QHeaderView):
        return
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in _visible_indexes(view):
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or not str(text).strip():
            continue
        text = str(text)
        rect = view.visualRect(index)
        delegate = view.itemDelegateForIndex(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        if isinstance(delegate, QStyledItemDelegate):
            delegate.initStyleOption(option, index)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        room = text_rect.width() - 2 * margin
        name = f"{where}[{index.row()},{index.column()}]"
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        elided_ok = view.textElideMode() != Qt.TextElideMode.ElideNone and told_in(text, tip)
        wraps = bool(getattr(view, "wordWrap", lambda: False)())
        if wraps and option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            # Wrapped text must break between words; its last lines may be elided when the
            # tooltip holds the whole text.
            height = None if elided_ok else text_rect.height()
            yield from wrapped_problems(name, metrics, text, room, height)
            continue
        lines = text.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        if needed > room + SLACK and not elided_ok:
            yield Clip(name, text, "(item) is too narrow", needed, room)
