"""One base for the flat tables of the app: a list of rows shown in a fixed set of columns.

Why a base: a dozen table models repeated the same parts (the row list, the model reset when
the rows change, the row and column counts, the header guard and the language-switch signals),
and the copies drifted apart (one emitted dataChanged over column 0 only). Here they are written
once. Each subclass keeps what is its own: the column titles and ``data()``. The titles stay in
the subclass (:meth:`RowTableModel.column_titles`) so their ``self.tr`` translation context is
the subclass's name, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

__all__ = ["RowTableModel"]

RowT = TypeVar("RowT")

_Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of ``RowT`` in ``COLUMNS`` columns (or the ``columns`` given to the constructor).

    Subclasses give :meth:`column_titles` and ``data()``; they change the rows with
    :meth:`replace_rows`, or, when other state (a person's view, a language) changes with the
    rows, by setting that state and calling :meth:`replace_rows` inside one
    :meth:`resetting` block, so views see a single reset with everything consistent.
    """

    #: How many columns the table has; subclasses set it (or pass ``columns``).
    COLUMNS: ClassVar[int] = 0

    def __init__(self, parent: QObject | None = None, *, columns: int | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._columns = self.COLUMNS if columns is None else columns
        self._reset_depth = 0

    # -- rows --------------------------------------------------------------------------
    @contextmanager
    def resetting(self) -> Iterator[None]:
        """One model reset around the block; nested blocks join the outer one."""
        if self._reset_depth == 0:
            self.beginResetModel()
        self._reset_depth += 1
        try:
            yield
        finally:
            self._reset_depth -= 1
            if self._reset_depth == 0:
                self.endResetModel()

    def replace_rows(self, rows: Iterable[RowT]) -> None:
        """Show ``rows`` instead of the current ones (a model reset)."""
        with self.resetting():
            self._rows = list(rows)

    def rows(self) -> list[RowT]:
        """A copy of the rows, in display order."""
        return list(self._rows)

    def row_at(self, row: int) -> RowT | None:
        """The row number ``row`` (None when out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for(self, index: _Index) -> RowT | None:
        """The row ``index`` points at (None for an invalid or out-of-range index)."""
        return self.row_at(index.row()) if index.isValid() else None

    # -- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Ask views to read every header and cell again after a language switch."""
        if self._columns > 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)
        if self._rows and self._columns > 0:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self._columns - 1)
            )

    # -- headers -----------------------------------------------------------------------
    def column_titles(self) -> Sequence[str]:
        """The column titles, in the current language; subclasses translate them."""
        return ()

    @staticmethod
    def is_column_title(orientation: Qt.Orientation, role: int) -> bool:
        """True when a header request asks for a column title (horizontal, display role)."""
        return orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self.is_column_title(orientation, role):
            return None
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns
