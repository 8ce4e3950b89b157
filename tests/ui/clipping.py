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

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from tests.ui.clipping_text import SLACK, Clip, plain, same, told_in, wrapped_problems
from tests.ui.clipping_views import header_clips, item_clips

__all__ = ["Clip", "clipped_in", "off_screen", "overlapping_in"]


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


def _label(label: QLabel, where: str) -> Iterator[Clip]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    full = label.property("fullText")
    shortened = isinstance(full, str) and full and same(full) != same(text)
    if shortened and same(str(full)) not in same(label.toolTip()):
        yield Clip(where, str(full), "is shortened without the whole text in its tooltip")
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    height = label.contentsRect().height() - 2 * label.margin()
    if _rich(label):
        document = _document(label)
        if not label.wordWrap():
            needed = int(document.idealWidth())
            if needed > room + SLACK:
                yield Clip(where, document.toPlainText(), "is too wide", needed, room)
            return
        document.setTextWidth(room)
        if int(document.idealWidth()) > room + SLACK:
            yield Clip(where, document.toPlainText(), "is cut inside a word")
        elif document.size().height() > height + 4:
            yield Clip(where, document.toPlainText(), "is cut at the bottom")
        return
    metrics = QFontMetrics(label.font())
    drawn = plain(text) if label.buddy() is not None else text
    if label.wordWrap():
        yield from wrapped_problems(where, metrics, drawn, room, height)
        return
    lines = drawn.split("\n")
    needed = max(metrics.horizontalAdvance(line) for line in lines)
    if needed > room + SLACK:
        yield Clip(where, drawn, "is too wide", needed, room)
    tall = len(lines) * metrics.lineSpacing() - metrics.leading()
    if tall > height + metrics.descent() + SLACK:
        yield Clip(where, drawn, f"is cut at the bottom ({tall}px tall, has {height}px)")


def _button(button: QAbstractButton, where: str) -> Iterator[Clip]:
    text = plain(button.text())
    if not text.strip():
        return
    style = button.style()
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        metric = QStyle.PixelMetric
        indicator, spacing = (
            (metric.PM_IndicatorWidth, metric.PM_CheckBoxLabelSpacing)
            if isinstance(button, QCheckBox)
            else (metric.PM_ExclusiveIndicatorWidth, metric.PM_RadioButtonLabelSpacing)
        )
        room = (
            button.width()
            - style.pixelMetric(indicator, None, button)
            - style.pixelMetric(spacing, None, button)
        )
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
    if needed > room + SLACK:
        yield Clip(where, text, "is too wide", needed, room)


def _group_box(box: QGroupBox, where: str) -> Iterator[Clip]:
    title = plain(box.title())
    if not title.strip():
        return
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = QFontMetrics(box.font()).horizontalAdvance(title)
    room = min(label.right(), box.width() - 1) - max(label.left(), 0)
    if needed > room + 2 + SLACK:
        yield Clip(where, title, "(group title) is too wide", needed, room)


def _line_edit(edit: QLineEdit, where: str) -> Iterator[Clip]:
    text = edit.text()
    if not text or edit.echoMode() != QLineEdit.EchoMode.Normal:
        return
    if isinstance(edit.parentWidget(), QAbstractItemView):
        return  # an open cell editor: the cell is measured
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4
    for action in edit.actions():
        if action.isVisible():
            room -= edit.height()
    if needed > room + SLACK and not told_in(text, edit.toolTip()):
        yield Clip(where, text, "(field) is too narrow to show it", needed, room)


def _tabs(bar: QTabBar, where: str) -> Iterator[Clip]:
    for tab in range(bar.count()):
        if not bar.isTabVisible(tab):
            continue
        text = plain(bar.tabText(tab))
        needed = bar.tabSizeHint(tab).width()
        room = bar.tabRect(tab).width()
        if needed <= room + SLACK or not text:
            continue
        if bar.elideMode() != Qt.TextElideMode.ElideNone and told_in(text, bar.tabToolTip(tab)):
            continue
        yield Clip(f"{where}[tab {tab}]", text, "(tab) is too narrow", needed, room)


#: Which check measures which kind of widget; the first kind that matches wins (a header is
#: an item view too).
_CHECKS: tuple[tuple[type[QWidget], Callable[[Any, str], Iterator[Clip]]], ...] = (
    (QLabel, _label),
    (QAbstractButton, _button),
    (QGroupBox, _group_box),
    (QLineEdit, _line_edit),
    (QTabBar, _tabs),
    (QHeaderView, header_clips),
    (QAbstractItemView, item_clips),
)


def clipped_in(root: QWidget) -> list[Clip]:
    """Every visible text under ``root`` (``root`` too) that does not fit its room."""
    found: list[Clip] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.visibleRegion().isEmpty():
            continue
        for kind, check in _CHECKS:
            if isinstance(widget, kind):
                found.extend(check(widget, _name(widget, root)))
                break
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


def _laid_out(layout: QLayout) -> Iterator[QWidget]:
    """The visible widgets a layout places, through its nested layouts."""
    for position in range(layout.count()):
        item = layout.itemAt(position)
        if item is None:
            continue
        child = item.widget()
        inner = item.layout()
        if child is not None and child.isVisible():
            yield child
        elif inner is not None:
            yield from _laid_out(inner)


def overlapping_in(root: QWidget) -> list[Clip]:
    """Widgets of one layout drawn over each other: the layout got less room than it needs."""
    found: list[Clip] = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible():
            continue
        placed = list(_laid_out(layout))
        for number, first in enumerate(placed):
            for second in placed[number + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    found.append(
                        Clip(
                            _name(parent, root),
                            f"{_name(first, root)} / {_name(second, root)}",
                            f"overlap by {common.width()}×{common.height()}px",
                        )
                    )
    return found
