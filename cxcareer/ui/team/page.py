"""The Team screen: whose team, the heat-map, and its exports.

Why recomputed only when visible: the grid reads every team member's snapshot; doing that on
every rating while another screen is in front would slow typing for nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.team_grid import team_grid, write_team_csv
from cxcareer.store.errors import StoreError
from cxcareer.ui.common import phrases
from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.combo_room import ask_room_for
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.file_dialogs import ask_save_path, may_write
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.team.heat_image import render_heat_map, save_png
from cxcareer.ui.team.rotated_header import RotatedHeader
from cxcareer.ui.team.team_model import FIXED_COLUMNS, PERSON_ROLE, SORT_ROLE, TeamModel

__all__ = ["TeamPage"]

_EVERYONE = ""
#: Role and aim columns are at most about this many characters wide.
_TITLE_CHARACTERS = 22


def _concerns(changes: Changes) -> bool:
    """The grid shows everyone's roles, targets, levels and frameworks, and the people list."""
    return changes.touches(
        Aspect.PEOPLE,
        Aspect.PROFILE,
        Aspect.RATINGS,
        Aspect.FRAMEWORK,
        Aspect.LANGUAGE,
    )


class TeamPage(QWidget):
    """Heat-map of a manager's team; Enter or double-click opens that person everywhere."""

    personActivated = Signal(str)

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._dirty = True

        self.scope_label = QLabel()
        self.scope = QComboBox()
        self.scope_label.setBuddy(self.scope)
        self.archived = QCheckBox()
        self.export_csv_button = QPushButton()
        self.export_png_button = QPushButton()
        # The scope list grows with a manager's name; it gives way (eliding) before the window.
        ask_room_for(self.scope, 16)
        bar = QHBoxLayout()
        bar.addWidget(self.scope_label)
        bar.addWidget(self.scope, 1)
        bar.addWidget(self.archived)
        # The exports sit under the grid beside the legend, so the bar above fits 1024 pixels.
        below = QHBoxLayout()
        below.addWidget(self.export_csv_button, 0, Qt.AlignmentFlag.AlignTop)
        below.addWidget(self.export_png_button, 0, Qt.AlignmentFlag.AlignTop)

        self.model = TeamModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setHorizontalHeader(RotatedHeader(FIXED_COLUMNS, self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._open_person)
        self.table.doubleClicked.connect(self._open_person)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        self.heading = page_heading()
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        below.insertWidget(0, self.legend, 1)
        layout.addLayout(below)

        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.archived.toggled.connect(self._scope_changed)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_png_button.clicked.connect(self.export_png)
        self.refresher = RefreshOnChange(self, controller.changed, _concerns, self._changed)
        self.retranslate()
        self._fill_scope()

    # -- data ---------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        """Managers (people with at least one report) first, then "Everyone"."""
        people = self.controller.app.people(include_archived=True)
        managers = {p.manager_id for p in people if p.manager_id}
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        for person in people:
            if person.id in managers:
                self.scope.addItem(self.tr("Team of {name}").format(name=person.name), person.id)
        if self.controller.app.database.identity is None:
            self.scope.addItem(self.tr("Everyone"), _EVERYONE)
        else:  # a company server shows each person only those they may see
            self.scope.addItem(self.tr("Everyone you can see"), _EVERYONE)
        default = chosen if chosen is not None else self._default_scope(managers)
        position = self.scope.findData(default)
        self.scope.setCurrentIndex(position if position >= 0 else 0)
        self.scope.blockSignals(False)

    def _default_scope(self, managers: set[str]) -> str:
        for candidate in (self.controller.me_id(), self.controller.person_id):
            if candidate in managers:
                return str(candidate)
        if self.controller.snapshot is not None and self.controller.snapshot.person.manager_id:
            return self.controller.snapshot.person.manager_id
        return _EVERYONE

    def _scope_changed(self) -> None:
        self._dirty = True
        self.reload()

    def _changed(self, changes: Changes) -> None:
        self._fill_scope()
        self.reload()

    def reload(self) -> None:
        """Recompute the grid for the chosen team."""
        self._dirty = False
        scope = self.scope.currentData()
        try:
            grid = team_grid(
                self.controller.app,
                manager_id=scope or None,
                include_archived=self.archived.isChecked(),
            )
        except Exception as error:
            show_error(self, error)
            return
        self.model.set_grid(grid)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # Role and aim titles are elided (whole in the tooltip) so the skill columns, the
        # heat-map itself, start within a 1024-pixel window.
        widest_title = self.table.fontMetrics().averageCharWidth() * _TITLE_CHARACTERS
        for column in (1, 2):
            header.resizeSection(column, min(header.sectionSize(column), widest_title))
        for column in range(4, self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 40))
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.export_csv_button.setEnabled(has_rows)
        self.export_png_button.setEnabled(has_rows)

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._fill_scope()
            self.reload()
        super().showEvent(event)

    def _open_person(self, index: QModelIndex) -> None:
        person = self.proxy.index(index.row(), 0).data(PERSON_ROLE)
        if person:
            self.controller.select_person(str(person))
            self.personActivated.emit(str(person))

    # -- exports ------------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the grid as CSV (spreadsheet formulas neutralised).

        Without ``path`` the person chooses the file (and is asked before one is replaced);
        a ``path`` given is never written over an existing file.
        """
        target = path or self._ask_path(self.tr("CSV files (*.csv)"), ".csv")
        if target is None:
            return None
        header = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        try:
            written = write_team_csv(
                target,
                self.model.grid,
                [str(h) for h in header],
                not_rated=phrases.not_rated(),
                force=path is None,  # the person was asked (may_write)
            )
        except (OSError, StoreError) as error:
            show_error(self, error)
            return None
        self._saved(written)
        return written

    def export_png(self, path: Path | None = None) -> Path | None:
        """Save the whole heat-map (not only what is on screen) as a PNG picture.

        As :meth:`export_csv`: asked before replacing when chosen, never over a given ``path``.
        """
        target = path or self._ask_path(self.tr("PNG images (*.png)"), ".png")
        if target is None:
            return None
        image = render_heat_map(self.model, self.scope.currentText())
        try:
            written = save_png(image, target, force=path is None)
        except (OSError, StoreError) as error:
            show_error(self, error)
            return None
        self._saved(written)
        return written

    def _ask_path(self, file_filter: str, suffix: str) -> Path | None:
        asked = ask_save_path(
            self,
            self.controller.settings,
            FileKind.TEAM,
            self.tr("Export team heat-map"),
            f"team{suffix}",
            (file_filter,),
        )
        if asked is None:
            return None
        chosen = asked[0]
        target = chosen if chosen.suffix else chosen.with_suffix(suffix)
        return target if may_write(self, target) else None

    def _saved(self, path: Path) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Saved {path}").format(path=path), 8000)

    # -- texts --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of this screen in the current language."""
        self.heading.setText(self.tr("Team readiness and skill gaps"))
        self.scope_label.setText(self.tr("&Show:"))
        self.scope.setAccessibleName(self.tr("Whose team"))
        self.archived.setText(self.tr("Include &archived people"))
        self.archived.setAccessibleName(self.tr("Include archived people"))
        self.export_csv_button.setText(self.tr("Export &CSV…"))
        self.export_csv_button.setAccessibleName(self.tr("Export the heat-map as CSV"))
        self.export_png_button.setText(self.tr("Export P&NG…"))
        self.export_png_button.setAccessibleName(self.tr("Export the heat-map as a PNG picture"))
        self.table.setAccessibleName(self.tr("Team heat-map"))
        self.legend.setText(
            self.tr(
                "Readiness is for each person's first target (or, with no target, their best "
                "next promotion). Skill cells show how many levels are missing: 0 = met, "
                "— = not required. Click a column to sort; press Enter to open a person."
            )
        )
        self.empty.setText(
            self.tr("Nobody here yet. Add people and set their manager to see a team.")
        )
        if self.scope.count():
            self._fill_scope()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
