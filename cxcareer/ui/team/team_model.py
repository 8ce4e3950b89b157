"""The team heat-map as a table model: people in rows; readiness and skill gaps in columns.

Cell colours come from the theme's palette, or from :attr:`TeamModel.colours` when it is set
(the PNG export sets the print palette while it paints).
"""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from cxcareer.service.formats import percent
from cxcareer.service.readiness_words import has_requirements, readiness_label
from cxcareer.service.team_grid import TeamGrid, TeamRow
from cxcareer.service.texts import say_count
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.palette import Palette, current_palette
from cxcareer.ui.team.heat_colours import gap_colour, ink_on, readiness_colour

__all__ = ["FIXED_COLUMNS", "SORT_ROLE", "TeamModel"]

#: Person, role, aim, readiness; skill columns follow.
FIXED_COLUMNS = 4
#: The numeric value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The person id of a row.
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class TeamModel(QAbstractTableModel):
    """Read-only; reset with :meth:`set_grid` whenever the team or its ratings change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = TeamGrid((), (), {})
        # The palette cells are coloured from; None: the theme's.
        self.colours: Palette | None = None

    @property
    def grid(self) -> TeamGrid:
        return self._grid

    def set_grid(self, grid: TeamGrid) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._grid.skills)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < FIXED_COLUMNS:
            titles = (self.tr("Person"), self.tr("Role"), self.tr("Aim"), self.tr("Readiness"))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return titles[section]
            return None
        name = self._grid.skill_names[self._grid.skills[section - FIXED_COLUMNS]]
        if role == Qt.ItemDataRole.DisplayRole:
            return textwrap.fill(name, 16, break_long_words=False, break_on_hyphens=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{skill}: levels missing for each person's aim").format(skill=name)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        row = self._grid.rows[index.row()]
        column = index.column()
        if role == PERSON_ROLE:
            return row.person.id
        if column < FIXED_COLUMNS:
            return self._fixed(row, column, role)
        skill = self._grid.skills[column - FIXED_COLUMNS]
        gap = row.gaps.get(skill)
        if skill in row.unrated:
            return self._unrated(row, skill, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if gap is None else str(gap)
        if role == SORT_ROLE:
            return -1 if gap is None else gap
        if role == Qt.ItemDataRole.BackgroundRole and gap is not None:
            return QBrush(gap_colour(gap, self._palette()))
        if role == Qt.ItemDataRole.ForegroundRole and gap is not None:
            palette = self._palette()
            return QBrush(ink_on(gap_colour(gap, palette), palette))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            name = self._grid.skill_names[skill]
            if gap is None:
                return self.tr("{person}: {skill} is not required for {aim}").format(
                    person=row.person.name, skill=name, aim=row.aim_title or "—"
                )
            if gap == 0:
                return self.tr("{person}: {skill} meets {aim}").format(
                    person=row.person.name, skill=name, aim=row.aim_title
                )
            #: {levels} is "1 level" or "2 levels".
            return self.tr("{person}: {skill} is {levels} below {aim}").format(
                person=row.person.name,
                skill=name,
                levels=say_count("count_levels", gap, current_language()),
                aim=row.aim_title,
            )
        return None

    def _unrated(self, row: TeamRow, skill: str, role: int) -> Any:
        """A skill the aim needs that nobody rated: "?" on a neutral cell, never a gap from 0."""
        if role == Qt.ItemDataRole.DisplayRole:
            return "?"
        if role == SORT_ROLE:
            return -1
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{person}: {skill} is not rated yet ({aim} needs it)").format(
                person=row.person.name, skill=self._grid.skill_names[skill], aim=row.aim_title
            )
        return None

    def _fixed(self, row: TeamRow, column: int, role: int) -> Any:
        readiness = row.readiness
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.person.name if role != SORT_ROLE else row.person.name.casefold()
            if column == 1:
                return row.role_title if role != SORT_ROLE else row.role_title.casefold()
            if column == 2:
                if role == SORT_ROLE:
                    return row.aim_title.casefold()
                if row.aim and not row.aim_is_target:
                    return self.tr("{role} (next move)").format(role=row.aim_title)
                return row.aim_title or "—"
            if role == SORT_ROLE:
                return -1.0 if readiness is None else readiness
            if row.standing is not None:
                return readiness_label(row.standing, current_language(), short=True)
            return "—" if readiness is None else percent(readiness, current_language())
        measured = row.standing is None or has_requirements(row.standing)
        if column == 3 and readiness is not None and measured:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(readiness_colour(readiness, self._palette()))
            if role == Qt.ItemDataRole.ForegroundRole:
                palette = self._palette()
                return QBrush(ink_on(readiness_colour(readiness, palette), palette))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        guessed_aim = column == 2 and row.aim and not row.aim_is_target
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            # The page narrows these columns; the whole title is one hover away.
            title = self._fixed(row, column, Qt.ItemDataRole.DisplayRole)
            if guessed_aim:
                note = self.tr("No target set: showing the best next promotion.")
                return f"{title}\n{note}"
            return title
        return None

    def _palette(self) -> Palette:
        return self.colours or current_palette()
