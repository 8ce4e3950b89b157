"""A name column that takes the width left over, but never less than a readable width.

Why not Qt's Stretch: a stretched section gets whatever its neighbours (sized to their
contents) leave, and with two long "required for …" columns in Portuguese that was 25 pixels —
skill names wrapped one syllable per line. This column still fills the spare width when there
is some; when there is none it keeps room for its longest word and about
``least_characters`` characters, and the view scrolls sideways instead.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

__all__ = ["keep_readable"]

#: Rows read to find the column's longest word (a big list stays quick).
_ROWS_READ = 400


class _ReadableColumn(QObject):
    """Resizes one column of a view whenever the view or its other columns change size."""

    def __init__(self, view: QTableView | QTreeView, column: int, least_characters: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._least_characters = least_characters
        self._busy = False
        self._least: int | None = None
        header = self._header()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._other_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._content_changed)

    def _header(self) -> QHeaderView:
        view = self._view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != self._column:
            self.fit()

    def _content_changed(self, *_args: object) -> None:
        self._least = None
        header = self._header()
        # A reset lays the sections out afresh, each in the header's overall mode.
        if self._column < header.count() and (
            header.sectionResizeMode(self._column) != QHeaderView.ResizeMode.Interactive
        ):
            header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Interactive)
        self.fit()

    def _texts(self) -> list[str]:
        """The column's texts in the first rows, and in a tree their children's too."""
        model = self._view.model()
        texts: list[str] = []
        if model is None:
            return texts
        flat = not isinstance(self._view, QTreeView) or isinstance(
            model, QAbstractTableModel | QAbstractListModel
        )
        parents = [QModelIndex()]
        while parents and len(texts) < _ROWS_READ:
            parent = parents.pop(0)
            for row in range(min(model.rowCount(parent), _ROWS_READ - len(texts))):
                index = model.index(row, self._column, parent)
                texts.append(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
                first = model.index(row, 0, parent)
                if flat is False and model.rowCount(first) > 0:
                    parents.append(first)
        return texts

    def least_width(self) -> int:
        """The longest word and ``least_characters`` characters (no more than the text needs)."""
        if self._least is not None:
            return self._least
        view = self._view
        metrics = view.fontMetrics()
        widest_word = 0
        widest_text = 0
        for text in self._texts():
            for line in text.split("\n"):
                widest_text = max(widest_text, metrics.horizontalAdvance(line))
                for word in line.split():
                    widest_word = max(widest_word, metrics.horizontalAdvance(word))
        readable = metrics.averageCharWidth() * self._least_characters
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        extra = 2 * (margin + 1) + 4
        if isinstance(view, QTreeView):
            extra += view.indentation() * (2 if view.rootIsDecorated() else 1)
        self._least = max(widest_word, min(widest_text, readable)) + extra
        return self._least

    def fit(self) -> None:
        if self._busy:
            return
        model = self._view.model()
        if model is None or self._column >= model.columnCount(QModelIndex()):
            return
        self._busy = True
        try:
            header = self._header()
            others = sum(
                header.sectionSize(logical)
                for logical in range(header.count())
                if logical != self._column and not header.isSectionHidden(logical)
            )
            spare = self._view.viewport().width() - others
            width = max(spare, self.least_width())
            if header.sectionSize(self._column) != width:
                header.resizeSection(self._column, width)
        finally:
            self._busy = False


def keep_readable(
    view: QAbstractItemView, column: int = 0, *, least_characters: int = 22
) -> QObject:
    """Make ``column`` of ``view`` (a table or tree, its model set) fill the spare width but
    stay readable; returns the helper (kept alive by the view)."""
    if not isinstance(view, QTableView | QTreeView):
        raise TypeError(f"keep_readable needs a QTableView or QTreeView, not {type(view).__name__}")
    helper = _ReadableColumn(view, column, least_characters)
    helper.fit()
    return helper
