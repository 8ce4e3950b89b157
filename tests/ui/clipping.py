"""Finds text a person cannot read whole: wider (or taller) than the room its widget gives it.

Why a checker of its own: a screen that fits in English clips in Portuguese, and nobody sees it
until a person opens the window at 1024×700. This module measures what Qt will draw with the
same font metrics Qt uses — labels, buttons, check boxes, group-box titles, line edits, tab
titles, header sections and the text of every visible item of every item view — against the
width (and height) each one has, and names the widget and the text of each miss.

Text that cannot fit may be shortened with an ellipsis only when the whole text is in the
tooltip: an :class:`~cxcareer.ui.common.elided_label.ElidedLabel` (whose ``fullText`` property
holds it) or an item view whose model answers ``ToolTipRole`` with it. Wrapped text must break
between words, never inside one, and must not be squeezed to about one word per line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QWidget,
)

__all__ = ["Clip", "clipped_in", "off_screen"]

#: How many item-view indexes one view is searched at most (a big tree stays quick).
_MOST_ITEMS = 3000
#: Rounding slack, in pixels.
_SLACK = 1
#: A wrapped text of this many words or more may not take almost one line per word.
_SQUEEZE_WORDS = 4
#: ... that is, wrapped to this many lines or more with fewer words than this on each on average.
_SQUEEZE_LINES = 3
_WORDS_PER_LINE = 1.3
ELLIPSIS = "…"


@dataclass(frozen=True)
class Clip:
    """One text that does not fit: where, what, and how much room it needs and has."""

    where: str
    text: str
    problem: str
    needed: int = 0
    available: int = 0

    def __str__(self) -> str:
        room = f" (needs {self.needed}px, has {self.available}px)" if self.needed else ""
        return f"{self.where}: {self.text!r} {self.problem}{room}"


def _plain(text: str) -> str:
    """The text as drawn: ``&&`` is one ampersand, a single ``&`` marks a shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _same(text: str) -> str:
    return " ".join(_plain(text).split())


def _told_in(text: str, tip: object) -> bool:
    """The whole of ``text`` (less an ellipsis its model already put at its end) is in ``tip``."""
    shown = _same(text)
    if shown.endswith(ELLIPSIS):
        shown = shown[: -len(ELLIPSIS)].rstrip()
    return bool(shown) and shown in _same(str(tip or ""))


def _name(widget: QWidget, root: QWidget) -> str:
    """``Page/parentName/widgetName`` from the first named ancestor below ``root``."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root and len(parts) < 4:
        name = current.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
        elif current is widget:
            parts.append(type(widget).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _rich(label: QLabel) -> bool:
    kind = label.textFormat()
    return kind == Qt.TextFormat.RichText or (
        kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def _document(label: QLabel) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    return document


def _words_fit(metrics: QFontMetrics, text: str, width: int) -> str | None:
    """The first word wider than ``width`` (it would be cut inside), else None."""
    for word in text.split():
        if metrics.horizontalAdvance(word) > width + _SLACK:
            return word
    return None


def _wrapped_lines(metrics: QFontMetrics, text: str, width: int) -> int:
    rect = metrics.boundingRect(QRect(0, 0, max(width, 1), 1_000_000), _WRAP, text)
    return max(1, round(rect.height() / max(metrics.lineSpacing(), 1)))


_WRAP = int(Qt.TextFlag.TextWordWrap)


def _squeezed(metrics: QFontMetrics, text: str, width: int) -> bool:
    """About one word per line: the wrap leaves no room to read the text as sentences."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    if words < _SQUEEZE_WORDS:
        return False
    lines = sum(_wrapped_lines(metrics, p, width) for p in paragraphs)
    return lines >= _SQUEEZE_LINES and words < _WORDS_PER_LINE * lines


def _wrapped_problems(
    where: str, metrics: QFontMetrics, text: str, width: int, height: int | None
) -> Iterator[Clip]:
    word = _words_fit(metrics, text, width)
    if word is not None:
        yield Clip(
            where, text, f"is cut inside the word {word!r}", metrics.horizontalAdvance(word), width
        )
        return
    if _squeezed(metrics, text, width):
        yield Clip(where, text, f"is squeezed to about one word per line ({width}px wide)")
        return
    if height is not None:
        lines = sum(_wrapped_lines(metrics, p, width) for p in text.split("\n"))
        needed = lines * metrics.lineSpacing()
        if needed > height + metrics.descent() + _SLACK:
            yield Clip(where, text, f"is cut at the bottom ({needed}px tall, has {height}px)")


def _label(label: QLabel, where: str) -> Iterator[Clip]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    full = label.property("fullText")
    shortened = isinstance(full, str) and full and _same(full) != _same(text)
    if shortened and _same(str(full)) not in _same(label.toolTip()):
        yield Clip(where, str(full), "is shortened without the whole text in its tooltip")
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    height = label.contentsRect().height() - 2 * label.margin()
    if _rich(label):
        document = _document(label)
        if not label.wordWrap():
            needed = int(document.idealWidth())
            if needed > room + _SLACK:
                yield Clip(where, document.toPlainText(), "is too wide", needed, room)
            return
        document.setTextWidth(room)
        if int(document.idealWidth()) > room + _SLACK:
            yield Clip(where, document.toPlainText(), "is cut inside a word")
        elif document.size().height() > height + 4:
            yield Clip(where, document.toPlainText(), "is cut at the bottom")
        return
    metrics = QFontMetrics(label.font())
    plain = _plain(text) if label.buddy() is not None else text
    if label.wordWrap():
        yield from _wrapped_problems(where, metrics, plain, room, height)
        return
    lines = plain.split("\n")
    needed = max(metrics.horizontalAdvance(line) for line in lines)
    if needed > room + _SLACK:
        yield Clip(where, plain, "is too wide", needed, room)
    tall = len(lines) * metrics.lineSpacing() - metrics.leading()
    if tall > height + metrics.descent() + _SLACK:
        yield Clip(where, plain, f"is cut at the bottom ({tall}px tall, has {height}px)")


def _button(button: QAbstractButton, where: str) -> Iterator[Clip]:
    text = _plain(button.text())
    if not text.strip():
        return
    style = button.style()
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        kind = isinstance(button, QCheckBox)
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if kind
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            None,
            button,
        )
        spacing = style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            if kind
            else QStyle.PixelMetric.PM_RadioButtonLabelSpacing,
            None,
            button,
        )
        room = button.width() - indicator - spacing
    elif isinstance(button, QPushButton):
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        room = button.width() - margin - 2 * frame
        if button.menu() is not None:
            room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not (
            button.icon().isNull()
        ):
            return
        room = button.width() - 6
    else:
        return
    if needed > room + _SLACK:
        yield Clip(where, text, "is too wide", needed, room)


def _group_box(box: QGroupBox, where: str) -> Iterator[Clip]:
    title = _plain(box.title())
    if not title.strip():
        return
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = QFontMetrics(box.font()).horizontalAdvance(title)
    room = min(label.right(), box.width() - 1) - max(label.left(), 0)
    if needed > room + 2 + _SLACK:
        yield Clip(where, title, "(group title) is too wide", needed, room)


def _line_edit(edit: QLineEdit, where: str) -> Iterator[Clip]:
    text = edit.text()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4
    for action in edit.actions():
        if action.isVisible():
            room -= edit.height()
    if needed > room + _SLACK:
        yield Clip(where, text, "(field) is too narrow to show it", needed, room)


def _tabs(bar: QTabBar, where: str) -> Iterator[Clip]:
    for tab in range(bar.count()):
        if not bar.isTabVisible(tab):
            continue
        text = _plain(bar.tabText(tab))
        needed = bar.tabSizeHint(tab).width()
        room = bar.tabRect(tab).width()
        if needed <= room + _SLACK or not text:
            continue
        if bar.elideMode() != Qt.TextElideMode.ElideNone and _told_in(text, bar.tabToolTip(tab)):
            continue
        yield Clip(f"{where}[tab {tab}]", text, "(tab) is too narrow", needed, room)


def _header(header: QHeaderView, where: str) -> Iterator[Clip]:
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
        elided_ok = header.textElideMode() != Qt.TextElideMode.ElideNone and _told_in(text, tip)
        name = f"{where}[section {logical}]"
        if along_needed > size + _SLACK and not elided_ok:
            yield Clip(name, text, "(header) is too narrow", along_needed, size)
        if across_needed > across + _SLACK:
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


def _item_texts(view: QAbstractItemView, where: str) -> Iterator[Clip]:
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
        elided_ok = view.textElideMode() != Qt.TextElideMode.ElideNone and _told_in(text, tip)
        wraps = bool(getattr(view, "wordWrap", lambda: False)())
        if wraps and option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            # Wrapped text must break between words; its last lines may be elided when the
            # tooltip holds the whole text.
            height = None if elided_ok else text_rect.height()
            yield from _wrapped_problems(name, metrics, text, room, height)
            continue
        lines = text.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        if needed > room + _SLACK and not elided_ok:
            yield Clip(name, text, "(item) is too narrow", needed, room)


def clipped_in(root: QWidget) -> list[Clip]:
    """Every visible text under ``root`` (``root`` too) that does not fit its room."""
    found: list[Clip] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.visibleRegion().isEmpty():
            continue
        where = _name(widget, root)
        if isinstance(widget, QLabel):
            found.extend(_label(widget, where))
        elif isinstance(widget, QAbstractButton):
            found.extend(_button(widget, where))
        elif isinstance(widget, QGroupBox):
            found.extend(_group_box(widget, where))
        elif isinstance(widget, QLineEdit) and not isinstance(
            widget.parentWidget(), QAbstractItemView
        ):
            found.extend(_line_edit(widget, where))
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget, where))
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget, where))
        elif isinstance(widget, QAbstractItemView):
            found.extend(_item_texts(widget, where))
        if isinstance(widget, QGroupBox) and widget.isCheckable():
            continue
    return found


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def off_screen(root: QWidget, width: int, height: int) -> list[Clip]:
    """Visible widgets under ``root`` that reach beyond a ``width`` × ``height`` screen."""
    screen = QRect(0, 0, width, height)
    found: list[Clip] = []
    if root.width() > width or root.height() > height:
        found.append(
            Clip(
                _name(root, root) or type(root).__name__,
                f"{root.width()}×{root.height()}",
                f"is larger than the {width}×{height} screen",
            )
        )
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside_scroll_area(widget, root):
            continue
        top_left = widget.mapTo(root, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not screen.contains(rect):
            found.append(
                Clip(
                    _name(widget, root),
                    f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}",
                    f"reaches beyond the {width}×{height} screen",
                )
            )
    return found
