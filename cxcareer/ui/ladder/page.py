"""The Ladder screen: the career map, the same roles as an accessible list, and role detail.

Why three synchronised views: the map shows the shape of the ladder at a glance, the list lets a
screen reader or keyboard user read the same content, and the detail answers "what would that
role ask of me". One selected role is shared by all three.

The main window calls :meth:`LadderPage.highlight_path` when a route is chosen on Paths,
:meth:`LadderPage.select_role` when a role is opened anywhere, and :meth:`LadderPage.export_map`
from the File menu.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import FrameworkError
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.ladder_data import LadderData, ladder_data
from cxcareer.store.errors import StoreError
from cxcareer.ui.common.app_settings import FileKind
from cxcareer.ui.common.combo_room import ask_room_for
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.file_dialogs import ask_save_path, may_write
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.common.readable_column import keep_readable
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.ladder_map import LadderMap
from cxcareer.ui.ladder.map_export import export_scene
from cxcareer.ui.ladder.role_detail import RoleDetail
from cxcareer.ui.ladder.roles_tree_model import LadderRolesModel

__all__ = ["LadderPage"]

#: The least room the role list and detail get beside the map, in average characters.
_SIDE_CHARACTERS = 26


def _route_fits(route: tuple[str, ...] | None, data: LadderData) -> bool:
    """True when a route chosen on Paths still starts at the person's current role and runs
    through roles of their framework (a changed role or framework makes it stale)."""
    if not route:
        return True
    return route[0] == data.current and all(role in data.framework.roles for role in route)


class LadderPage(QWidget):
    """Map, list and detail of the person's framework (the built-in one when nobody is chosen)."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data: LadderData | None = None
        self._chosen_path: tuple[str, ...] | None = None
        self._person: str | None = None

        self.heading = page_heading()
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        # "+" and "−" as on every map: the row also holds Fit, Export and the track filter and
        # must fit beside the role list at 1024 px; the tooltips and names say them in words.
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.fit_button = QPushButton()
        self.export_button = QPushButton()
        # Above the role list, which it filters as it filters the map: no label beside it ("All
        # tracks" / a track's name says what it is); room for a short track name, a longer one
        # is elided in the box and whole in its list.
        self.track_filter = QComboBox()
        ask_room_for(self.track_filter, 18)
        tools = QHBoxLayout()
        for button in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
            self.export_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)

        self.map = LadderMap()
        self.map.setObjectName("ladderMap")
        self.roles_model = LadderRolesModel(self)
        self.list = QTreeView()
        self.list.setObjectName("ladderList")
        self.list.setModel(self.roles_model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformRowHeights(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_readable(self.list, 0, least_characters=16)
        self.detail = RoleDetail(controller, follow=False)

        map_side = QWidget()
        map_layout = QVBoxLayout(map_side)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.addLayout(tools)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.keys_hint)

        roles_side = QWidget()
        roles_layout = QVBoxLayout(roles_side)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.addWidget(self.track_filter)
        roles_layout.addWidget(self.list, 1)

        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setChildrenCollapsible(False)
        # Role titles and the detail's text need some room: never squeezed to a word per line.
        self.side.setMinimumWidth(self.fontMetrics().averageCharWidth() * _SIDE_CHARACTERS)
        self.side.addWidget(roles_side)
        self.side.addWidget(self.detail)
        self.side.setStretchFactor(0, 2)
        self.side.setStretchFactor(1, 3)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ladderSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(map_side)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

        self.zoom_in_button.clicked.connect(self.map.zoom_in)
        self.zoom_out_button.clicked.connect(self.map.zoom_out)
        self.fit_button.clicked.connect(self.map.fit)
        self.export_button.clicked.connect(self.export_map)
        self.track_filter.currentIndexChanged.connect(self._track_chosen)
        self.map.roleSelected.connect(self._map_selected)
        self.map.roleActivated.connect(self._open_detail)
        self.list.selectionModel().currentRowChanged.connect(self._list_current)
        self.list.activated.connect(self._list_activated)
        self.detail.roleActivated.connect(self.select_role)
        self.refresher = RefreshOnChange.for_person(
            self,
            controller,
            (Aspect.PROFILE, Aspect.RATINGS, Aspect.FRAMEWORK),
            self._changed,
        )
        self.retranslate()
        self.reload()

    # -- data -------------------------------------------------------------------------------
    def _changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Follow ``controller.snapshot``; a new person starts with their current role selected."""
        try:
            data = ladder_data(self.controller.app, self.controller.snapshot)
        except (FrameworkError, StoreError) as error:
            show_error(self, error)
            return
        person = (
            self.controller.snapshot.person.id if self.controller.snapshot is not None else None
        )
        new_person = person != self._person
        self._person = person
        if new_person or not _route_fits(self._chosen_path, data):
            self._chosen_path = None
        self.data = data
        selected = self.selected_role()
        self.roles_model.set_data(data)
        self.list.expandAll()
        self.map.set_data(data, self._path())
        self._fill_tracks()
        self._filter_list()
        if new_person or selected not in data.framework.roles:
            selected = data.current
        self._show_heading()
        self._select(selected)

    def _path(self) -> tuple[str, ...]:
        if self._chosen_path is not None:
            return self._chosen_path
        return self.data.best_path if self.data is not None else ()

    def _show_heading(self) -> None:
        data = self.data
        if data is None:
            return
        framework = data.framework.name.get(data.lang)
        if data.person_name is None:
            self.heading.setText(self.tr("Career ladder: {framework}").format(framework=framework))
        else:
            self.heading.setText(
                self.tr("Career ladder of {name}: {framework}").format(
                    name=data.person_name, framework=framework
                )
            )

    def _fill_tracks(self) -> None:
        """ "All tracks", then each track of the map, keeping the one shown."""
        data = self.data
        combo = self.track_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All tracks"), None)
        for track in self.map.focus.tracks():
            combo.addItem(data.track_name(track) if data is not None else track, track)
        combo.setCurrentIndex(max(0, combo.findData(self.map.focus.track)))
        combo.blockSignals(False)

    def show_track(self, track: str | None) -> None:
        """Show one track of the map alone (None: every track), as the filter does."""
        self.track_filter.setCurrentIndex(max(0, self.track_filter.findData(track)))

    def _track_chosen(self) -> None:
        data = self.track_filter.currentData()
        self.map.focus.set_track(str(data) if data else None)
        self._filter_list()
        self.map.setFocus(Qt.FocusReason.OtherFocusReason)
        role = self.selected_role()
        if role is not None and not self.map.focus.shows(role):
            self.map.select_role(None, notify=False)

    def _filter_list(self) -> None:
        """The role list shows the tracks the map shows."""
        shown = self.map.focus.track
        for row, track in enumerate(self.roles_model.track_rows()):
            hidden = shown is not None and track != shown
            self.list.setRowHidden(row, QModelIndex(), hidden)

    def selected_role(self) -> str | None:
        """The role selected on the map, in the list and shown in the detail."""
        return self.map.selected_role

    # -- slots for the main window ------------------------------------------------------------
    @Slot(tuple)
    def highlight_path(self, roles: tuple[str, ...]) -> None:
        """Highlight a route (role ids in order) chosen elsewhere, e.g. on the Paths screen."""
        self._chosen_path = tuple(roles)
        self.map.set_path(self._chosen_path)

    def select_role(self, role_id: str) -> None:
        """Select ``role_id`` on the map and in the list and show its detail."""
        self._select(role_id)

    def export_map(self) -> None:
        """Ask where to save the map and write it as PNG, SVG or PDF."""
        png, svg, pdf = (
            self.tr("PNG image (*.png)"),
            self.tr("SVG drawing (*.svg)"),
            self.tr("PDF document (*.pdf)"),
        )
        asked = ask_save_path(
            self,
            self.controller.settings,
            FileKind.MAP,
            self.tr("Export ladder map"),
            self.tr("ladder.png"),
            (png, svg, pdf),
        )
        if asked is None:
            return
        path, chosen = asked
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_suffix({svg: ".svg", pdf: ".pdf"}.get(chosen, ".png"))
        if may_write(self, path):
            self.export_to(path, replace=True)

    def export_to(self, path: Path, *, replace: bool = False) -> bool:
        """Write the map to ``path`` (format from the suffix); errors are shown, not raised.

        An existing file is replaced only with ``replace`` (the person said so).
        """
        title = self.heading.text()
        try:
            with self.map.printing():
                export_scene(self.map.scene(), path, title=title, force=replace)
        except (OSError, ValueError, StoreError) as error:
            show_error(self, error, title=self.tr("The map could not be exported"))
            return False
        return True

    # -- selection sync -----------------------------------------------------------------------
    def _select(self, role_id: str | None) -> None:
        if self.data is None or (role_id is not None and role_id not in self.data.framework.roles):
            return
        if role_id is not None and not self.map.focus.shows(role_id):
            self.show_track(None)  # a role asked for elsewhere is never left hidden
        self.map.select_role(role_id, notify=False)
        self._select_in_list(role_id)
        self.detail.show_role(role_id, self.data)

    def _select_in_list(self, role_id: str | None) -> None:
        index = self.roles_model.index_of(role_id)
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if index.isValid():
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list.viewport().update()

    def _map_selected(self, role_id: str) -> None:
        self._select_in_list(role_id)
        self.detail.show_role(role_id, self.data)

    def _list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        role = self.roles_model.role_of(current)
        if role is not None and not self.map.focus.shows(role):
            self.show_track(None)
        if role is not None:
            self.map.select_role(role, notify=False)
            self.detail.show_role(role, self.data)

    def _list_activated(self, index: QModelIndex) -> None:
        role = self.roles_model.role_of(index)
        if role is not None:
            self._open_detail(role)

    def _open_detail(self, role_id: str) -> None:
        """Enter on a role: show its detail and move the keyboard focus there."""
        self._select(role_id)
        self.detail.requirements.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++ or Ctrl+wheel)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+- or Ctrl+wheel)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("&Fit"))
        self.fit_button.setToolTip(
            self.tr(
                "Show the whole ladder, or the person's own track when the whole would be too "
                "small to read (Ctrl+0)"
            )
        )
        self.fit_button.setAccessibleName(self.tr("Fit the ladder readably"))
        self.track_filter.setAccessibleName(self.tr("Show one track or all tracks"))
        self.track_filter.setToolTip(self.tr("Show one track or all tracks"))
        if self.data is not None:
            self._fill_tracks()
        self.export_button.setText(self.tr("&Export map…"))
        self.export_button.setToolTip(self.tr("Save the map as PNG, SVG or PDF"))
        self.export_button.setAccessibleName(self.tr("Export the map"))
        self.map.setAccessibleName(self.tr("Ladder map"))
        self.list.setAccessibleName(self.tr("Roles of the ladder, by track"))
        self.keys_hint.setText(
            self.tr(
                "Arrows or Tab: next role · Enter: detail · Shift+arrows: scroll · "
                "Ctrl++ / Ctrl+- / Ctrl+wheel: zoom · Ctrl+0: fit · drag to pan. "
                "Solid arrows are promotions, dashed arrows lateral moves."
            )
        )
        self._show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
