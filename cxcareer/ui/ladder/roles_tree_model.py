"""The ladder as a tree for screen readers and keyboards: tracks, and each track's roles.

Why a tree beside the map: a picture cannot be read aloud; the same roles grouped by track, with
level and readiness as text, give everyone the map's content. Roles run from the highest level
down, as on the map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cxcareer.framework.model import Role, TrackId
from cxcareer.service.formats import percent
from cxcareer.service.ladder_data import LadderData
from cxcareer.service.readiness_words import has_requirements, readiness_label
from cxcareer.service.texts import say_count
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.palette import colour, current_palette
from cxcareer.ui.ladder.readiness_colours import band_for

__all__ = ["ROLE_ID", "LadderRolesModel"]

_Index = QModelIndex | QPersistentModelIndex

#: The role id of a role row (None on a track row).
ROLE_ID = Qt.ItemDataRole.UserRole + 1

_NO_PARENT = 0xFFFFFFFF


class LadderRolesModel(QAbstractItemModel):
    """Track rows at the top, role rows under them; columns: role, level, track, readiness.

    A role row's internal id is its track's row; a track row's is ``_NO_PARENT``.
    """

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: LadderData | None = None
        self._groups: list[tuple[TrackId | None, list[Role]]] = []

    def set_data(self, data: LadderData | None) -> None:
        """Show ``data``'s roles (None: an empty tree)."""
        self.beginResetModel()
        self._data = data
        self._groups = []
        if data is not None:
            known = list(data.framework.tracks)
            for track in [*known, None]:
                roles = [
                    r
                    for r in data.framework.roles.values()
                    if (r.track if r.track in known else None) == track
                ]
                if roles:
                    roles.sort(key=lambda r: -r.level)
                    self._groups.append((track, roles))
        self.endResetModel()

    # -- lookups ----------------------------------------------------------------------------
    def track_rows(self) -> list[TrackId | None]:
        """The track of each top-level row, in order (None: roles outside any track)."""
        return [track for track, _roles in self._groups]

    def index_of(self, role_id: str | None) -> QModelIndex:
        """The first-column index of ``role_id`` (invalid when not listed)."""
        for group_row, (_track, roles) in enumerate(self._groups):
            for row, role in enumerate(roles):
                if role.id == role_id:
                    return self.createIndex(row, 0, group_row)
        return QModelIndex()

    def role_of(self, index: _Index) -> str | None:
        """The role id shown on ``index``'s row (None for a track row)."""
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId()][1][index.row()].id

    # -- structure --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Role"), self.tr("Level"), self.tr("Track"), self.tr("Readiness")]
        return headers[section] if 0 <= section < len(headers) else None

    # -- content ----------------------------------------------------------------------------
    def _track_name(self, track: TrackId | None) -> str:
        assert self._data is not None
        return self._data.track_name(track) if track else self.tr("Other roles")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        data = self._data
        if not index.isValid() or data is None:
            return None
        text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if index.internalId() == _NO_PARENT:
            if role in (*text_roles, Qt.ItemDataRole.ToolTipRole) and index.column() == 0:
                track, roles = self._groups[index.row()]
                lang = self._data.lang if self._data is not None else current_language()
                return self.tr("{track} ({roles})").format(
                    track=self._track_name(track), roles=say_count("count_roles", len(roles), lang)
                )
            return None
        found = self._groups[index.internalId()][1][index.row()]
        if role == ROLE_ID:
            return found.id
        column = index.column()
        value = data.readiness.get(found.id) if data.levels is not None else None
        if role in text_roles:
            return self._text(data, found, column, value)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            # The list is narrow and elides its titles: the whole of one is a hover away.
            return self._text(data, found, column, value)
        standing = data.standings.get(found.id)
        measured = standing is None or has_requirements(standing)
        if role == Qt.ItemDataRole.BackgroundRole and column == 3 and value is not None:
            return band_for(value).fill(current_palette()) if measured else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and value is not None:
            return colour(current_palette().text)
        if role == Qt.ItemDataRole.FontRole and column == 0 and found.id == data.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, data: LadderData, found: Role, column: int, value: float | None) -> str:
        if column == 0:
            title = data.role_title(found.id)
            if found.id == data.current:
                return self.tr("{title} · you are here").format(title=title)
            if found.id in data.targets:
                return self.tr("{title} · target").format(title=title)
            return title
        if column == 1:
            return f"{found.level} · {data.level_name(found.level)}"
        if column == 2:
            return self._track_name(found.track if found.track in data.framework.tracks else None)
        standing = data.standings.get(found.id)
        if value is not None and standing is not None:
            return readiness_label(standing, data.lang, short=True)
        return percent(value, data.lang) if value is not None else "–"
