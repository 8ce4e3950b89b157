"""Editing a level in place: a combo box of "3 — Apply" with what each level means.

Why a combo and not a spin box: a number alone says little; each choice shows the scale's name
and, in the open list, the skill's descriptor for that level, so a person rates against the
framework's words. Keyboard: F2 or Enter opens the editor, the arrow keys change the level,
Enter records it and Escape leaves it as it was. Picking from the open list with the mouse
records the choice at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxcareer.ui.skills.skills_model import CHOICES_ROLE, SELF_COLUMN

__all__ = ["DESCRIPTOR_ROLE", "LevelDelegate", "LevelEditor"]

_Index = QModelIndex | QPersistentModelIndex

#: Where each combo item keeps the skill's descriptor for its level.
DESCRIPTOR_ROLE = Qt.ItemDataRole.UserRole + 10

_PAD = 4


class LevelEditor(QComboBox):
    """The combo box a level cell edits with.

    Signals:
        listClosed(): the drop-down list was closed (a choice made or Escape pressed).
    """

    listClosed = Signal()

    #: The width the open list's text wraps at (0: Qt's own width).
    list_width = 0

    def showPopup(self) -> None:
        super().showPopup()
        viewport = self.view().viewport()
        missing = self.list_width - viewport.width()
        if missing > 0:  # wide enough for the descriptors the entries were measured with
            popup = self.view().window()
            popup.resize(popup.width() + missing, popup.height())

    def hidePopup(self) -> None:
        was_open = self.view().isVisible()
        super().hidePopup()
        if was_open:
            # The combo box takes the picked entry only after hiding its list: report later.
            QTimer.singleShot(0, self, self.listClosed.emit)

    def level(self) -> int:
        """The chosen level."""
        value = self.currentData(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else 0

    def set_level(self, level: int) -> None:
        """Choose ``level`` (ignored when it is not offered)."""
        found = self.findData(level, Qt.ItemDataRole.UserRole)
        if found >= 0:
            self.setCurrentIndex(found)


class DescribedItemDelegate(QStyledItemDelegate):
    """Draws each entry of the open list in two lines: the level, then its descriptor."""

    def __init__(self, wrap_width: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wrap_width = wrap_width

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return max(self.wrap_width, 80) - 2 * _PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title_font, body_font = self._fonts(option)
        width = self._text_width(option)
        title = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, str(index.data() or "")
        )
        height = title.height() + 2 * _PAD
        descriptor = str(index.data(DESCRIPTOR_ROLE) or "")
        if descriptor:
            body = QFontMetrics(body_font).boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, descriptor
            )
            height += body.height() + _PAD
        return QSize(self.wrap_width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, body_font = self._fonts(option)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        painter.setPen(item.palette.color(group))
        painter.setFont(title_font)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        used = painter.boundingRect(rect, int(flags), str(index.data() or ""))
        painter.drawText(rect, int(flags), str(index.data() or ""))
        descriptor = str(index.data(DESCRIPTOR_ROLE) or "")
        if descriptor:
            painter.setFont(body_font)
            body = rect.adjusted(0, used.height() + _PAD, 0, 0)
            painter.drawText(body, int(flags), descriptor)
        painter.restore()


class LevelDelegate(QStyledItemDelegate):
    """Edits self and manager level cells with a :class:`LevelEditor`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        editor = LevelEditor(parent)
        editor.setFrame(False)
        skill = index.model().index(index.row(), 0).data()
        if index.column() == SELF_COLUMN:
            editor.setAccessibleName(self.tr("Self level of {skill}").format(skill=skill))
        else:
            editor.setAccessibleName(self.tr("Manager level of {skill}").format(skill=skill))
        for level, label, descriptor in choices:
            editor.addItem(label, level)
            row = editor.count() - 1
            editor.setItemData(row, descriptor, DESCRIPTOR_ROLE)
            if descriptor:
                editor.setItemData(row, descriptor, Qt.ItemDataRole.ToolTipRole)
        metrics = QFontMetrics(editor.font())
        wrap = max(metrics.averageCharWidth() * 48, option.rect.width())
        editor.view().setItemDelegate(DescribedItemDelegate(wrap, editor.view()))
        editor.list_width = wrap
        editor.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        editor.listClosed.connect(lambda: self._finish(editor))
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        """The cell's place, but never narrower than the longest level name ("1 — Fol" was
        all a "1 · Follow" editor showed in a column sized to shorter names)."""
        rect = option.rect
        width = max(rect.width(), editor.sizeHint().width())
        editor.setGeometry(rect.x(), rect.y(), width, rect.height())

    def _finish(self, editor: LevelEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, LevelEditor):
            editor.set_level(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, LevelEditor):
            model.setData(index, editor.level(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
