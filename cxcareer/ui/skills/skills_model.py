"""The Skills table: one row per skill, self and manager levels editable in place.

Columns: skill, self level, manager level, one "needed" column per target (headed by the
target's title), last changed. Editing a level cell records a rating through
``controller.rate`` (one undoable step); the controller then refreshes its snapshot and this
model redraws from it. A rating changes values but not rows, so the model then only emits
``dataChanged`` and an open editor or the selection is never torn down mid-edit.

Gaps (the person's level below what a target needs) are marked three ways: a warning icon, a
tint and a tooltip that says what is missing; screen readers get the same in
``AccessibleTextRole``.

Roles beyond Qt's own:
    SKILL_ROLE: the skill id, on every cell.
    SORT_ROLE: a value that sorts naturally (levels as numbers, dates as timestamps).
    GAP_ROLE: True on a needed-level cell the person is below.
    CHOICES_ROLE: on level cells, ``[(level, "3 — Apply", descriptor), ...]`` for the editor.
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.formats import format_date, format_datetime
from cxcareer.service.skill_rows import SkillRow, SkillTable, TargetNeed, skill_table
from cxcareer.store.records import Assessor
from cxcareer.ui.common.palette import colour, current_palette
from cxcareer.ui.common.refresh import about_person
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.skills.cell_tips import level_tip, need_tip
from cxcareer.ui.skills.labels import level_label, not_rated

__all__ = [
    "CHOICES_ROLE",
    "GAP_ROLE",
    "MANAGER_COLUMN",
    "SELF_COLUMN",
    "SKILL_COLUMN",
    "SKILL_ROLE",
    "SORT_ROLE",
    "SkillsTableModel",
]

_Index = QModelIndex | QPersistentModelIndex

SKILL_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
GAP_ROLE = Qt.ItemDataRole.UserRole + 3
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4

SKILL_COLUMN = 0
SELF_COLUMN = 1
MANAGER_COLUMN = 2
_FIRST_TARGET = 3

#: Characters per line of a target's column header.
_HEADER_WRAP = 24


#: What the Skills table shows of a person: their roles, levels and the framework.
SKILL_ASPECTS = (Aspect.PROFILE, Aspect.RATINGS, Aspect.FRAMEWORK)


class SkillsTableModel(QAbstractTableModel):
    """Rows from :func:`cxcareer.service.skill_rows.skill_table` on ``controller.snapshot``."""

    def __init__(
        self, controller: ProfileController, parent: QObject | None = None, *, follow: bool = True
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._query = ""
        self._show_all = False
        self._view: PersonSnapshot | None = None
        self._table: SkillTable | None = None
        if follow:  # on the Skills screen the page reloads it, only while it is shown
            controller.changed.connect(self._follow)
        self.reload()

    def _follow(self, changes: Changes) -> None:
        if about_person(self.controller.person_id, *SKILL_ASPECTS)(changes):
            self.reload()

    # -- what is shown ------------------------------------------------------------------
    @property
    def table(self) -> SkillTable | None:
        """The rows shown now (None: nobody selected)."""
        return self._table

    @property
    def query(self) -> str:
        """The text filter."""
        return self._query

    def set_query(self, query: str) -> None:
        """Keep only skills whose name, id or category holds every word of ``query``."""
        if query != self._query:
            self._query = query
            self.reload()

    @property
    def show_all(self) -> bool:
        """Whether every framework skill is listed, not only the relevant ones."""
        return self._show_all

    def set_show_all(self, show_all: bool) -> None:
        """List every skill of the framework (True) or those the roles ask for (False)."""
        if show_all != self._show_all:
            self._show_all = show_all
            self.reload()

    def row_of(self, skill: str) -> int:
        """The row of ``skill``, -1 when it is not shown."""
        rows = self._table.rows if self._table is not None else ()
        return next((n for n, row in enumerate(rows) if row.skill == skill), -1)

    def skill_row(self, row: int) -> SkillRow | None:
        """The data behind ``row``."""
        if self._table is None or not 0 <= row < len(self._table.rows):
            return None
        return self._table.rows[row]

    def target_column(self, target: str) -> int:
        """The column of the "needed for ``target``" levels, -1 when not a target."""
        targets = self._table.targets if self._table is not None else ()
        return _FIRST_TARGET + targets.index(target) if target in targets else -1

    def last_column(self) -> int:
        """The "last changed" column."""
        return self.columnCount() - 1

    def reload(self) -> None:
        """Redraw from ``controller.snapshot``: in place when the rows stay the same, else reset."""
        view = self.controller.snapshot
        table = (
            skill_table(view, show_all=self._show_all, query=self._query)
            if view is not None
            else None
        )
        if _shape(table) == _shape(self._table) and self._table is not None:
            self._view, self._table = view, table
            if self.rowCount() and self.columnCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self._view, self._table = view, table
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cells again, after the interface language changed."""
        self.reload()

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return _FIRST_TARGET + len(self._table.targets) + 1

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._table is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        return None

    def _header(self, section: int) -> str:
        assert self._table is not None
        if section == SKILL_COLUMN:
            return self.tr("Skill")
        if section == SELF_COLUMN:
            return self.tr("Self")
        if section == MANAGER_COLUMN:
            return self.tr("Manager")
        if section == self.last_column():
            return self.tr("Last changed")
        title = self._table.target_titles[section - _FIRST_TARGET]
        # Role titles run long (more so in Portuguese): wrap rather than squeeze the skills.
        return textwrap.fill(self.tr("Needed for {target}").format(target=title), _HEADER_WRAP)

    def _header_tip(self, section: int) -> str:
        if section == SELF_COLUMN:
            return self.tr("The person's own latest rating. Press F2 or Enter to change it.")
        if section == MANAGER_COLUMN:
            return self.tr("The manager's latest rating. Press F2 or Enter to change it.")
        if section == self.last_column():
            return self.tr("When the latest self or manager rating was given.")
        if section == SKILL_COLUMN:
            return self.tr("The skills the current role and the targets ask for.")
        assert self._table is not None
        title = self._table.target_titles[section - _FIRST_TARGET]
        return (
            title
            + "\n"
            + self.tr(
                "The level this target asks for. A warning sign marks a gap: the lower of the "
                "self and manager levels is below it."
            )
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (SELF_COLUMN, MANAGER_COLUMN) and not self.controller.read_only:
            side = Assessor.SELF if index.column() == SELF_COLUMN else Assessor.MANAGER
            if self._view is None or side in self.controller.rating_sides(self._view.person.id):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.skill_row(index.row()) if index.isValid() else None
        if row is None or self._view is None or not 0 <= index.column() < self.columnCount():
            return None
        column = index.column()
        if role == SKILL_ROLE:
            return row.skill
        if column == SKILL_COLUMN:
            return self._skill_data(row, role)
        if column in (SELF_COLUMN, MANAGER_COLUMN):
            return self._level_data(row, column, role)
        if column == self.last_column():
            return self._date_data(row, role)
        assert self._table is not None
        return self._need_data(row, row.needs[column - _FIRST_TARGET], role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Record a self or manager rating for the cell's skill (an undoable step)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.skill_row(index.row())
        if row is None or index.column() not in (SELF_COLUMN, MANAGER_COLUMN):
            return False
        if self.controller.read_only:
            return False
        try:
            level = int(value)
        except (TypeError, ValueError):
            return False
        own = index.column() == SELF_COLUMN
        current = row.self_level if own else row.manager_level
        if (current is not None and current == level) or (current is None and level == 0):
            return False
        assessor = Assessor.SELF if own else Assessor.MANAGER
        return self.controller.rate({row.skill: level}, assessor=assessor)

    # -- cells --------------------------------------------------------------------------
    def _skill_data(self, row: SkillRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name
        if role == SORT_ROLE:
            return row.name.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.name]
            if row.category:
                lines.append(self.tr("Category: {category}").format(category=row.category))
            if row.description:
                lines.append(row.description)
            if not row.relevant:
                lines.append(self.tr("Neither the current role nor a target asks for it."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and not row.relevant:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _level_data(self, row: SkillRow, column: int, role: int) -> Any:
        assert self._view is not None
        level = row.self_level if column == SELF_COLUMN else row.manager_level
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return level_label(self._view, level) if level is not None else not_rated()
        if role == Qt.ItemDataRole.EditRole:
            return level if level is not None else 0
        if role == SORT_ROLE:
            return level if level is not None else -1
        if role == CHOICES_ROLE:
            return self._choices(row.skill)
        if role == Qt.ItemDataRole.ToolTipRole:
            return level_tip(self._view, row, own=column == SELF_COLUMN, level=level)
        return None

    def _choices(self, skill: str) -> list[tuple[int, str, str]]:
        assert self._view is not None
        top = self._view.framework.scale.max
        return [
            (level, level_label(self._view, level), self._view.descriptor(skill, level))
            for level in range(top + 1)
        ]

    def _need_data(self, row: SkillRow, need: TargetNeed, role: int) -> Any:
        assert self._view is not None
        if role == SORT_ROLE:
            return need.need if need.need is not None else -1
        if role == GAP_ROLE:
            return need.gap
        if need.need is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                title = self._view.role_title(need.target)
                return self.tr("{target} does not ask for this skill.").format(target=title)
            return None
        label = level_label(self._view, need.need)
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if need.gap:
                return self.tr("{level}, gap of {points}").format(level=label, points=need.points)
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return need_tip(self._view, row, need, label)
        if not need.gap:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return _gap_icon()
        if role == Qt.ItemDataRole.BackgroundRole:
            return colour(current_palette().gap_fill)  # never the only sign of a gap
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _date_data(self, row: SkillRow, role: int) -> Any:
        assert self._view is not None
        if row.last_changed is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("Never rated")
            if role == SORT_ROLE:
                return 0.0
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Never rated")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_date(row.last_changed, self._view.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_datetime(row.last_changed, self._view.lang)
        if role == SORT_ROLE:
            return row.last_changed.timestamp()
        return None


def _shape(table: SkillTable | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if table is None:
        return None
    return tuple(row.skill for row in table.rows), table.targets


def _gap_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
