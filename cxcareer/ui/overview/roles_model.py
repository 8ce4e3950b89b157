"""Every role of the person's framework, for choosing one (current role, a target, a goal).

Why ordered by track, then level: people look for a role where it sits on the ladder ("the next
one up in Support"), not alphabetically; the track's name is shown beside the title so two
similar titles on different tracks stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cxcareer.framework.model import Role
from cxcareer.service.career import PersonSnapshot

__all__ = ["ROLE_ID", "RolesModel"]

_Index = QModelIndex | QPersistentModelIndex

#: The role id of a row.
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class RolesModel(QAbstractListModel):
    """One row per role: "Title (Track, level N)", by track order, then level, then title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: PersonSnapshot | None = None
        self._roles: list[Role] = []

    def set_view(self, view: PersonSnapshot | None, *, exclude: Iterable[str] = ()) -> None:
        """List the roles of ``view``'s framework, leaving out ``exclude``."""
        self.beginResetModel()
        self._view = view
        self._roles = []
        if view is not None:
            left_out = set(exclude)
            tracks = {track: position for position, track in enumerate(view.framework.tracks)}
            roles = [r for r in view.framework.roles.values() if r.id not in left_out]
            self._roles = sorted(
                roles,
                key=lambda r: (
                    tracks.get(r.track, len(tracks)) if r.track else len(tracks),
                    r.level,
                    view.role_title(r.id).casefold(),
                ),
            )
        self.endResetModel()

    def row_of(self, role_id: str | None) -> int:
        """The row showing ``role_id`` (-1: not listed)."""
        for row, role in enumerate(self._roles):
            if role.id == role_id:
                return row
        return -1

    def role_at(self, row: int) -> str | None:
        return self._roles[row].id if 0 <= row < len(self._roles) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self._view
        if not index.isValid() or view is None or not 0 <= index.row() < len(self._roles):
            return None
        found = self._roles[index.row()]
        if role == ROLE_ID:
            return found.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = view.role_title(found.id)
            track = view.framework.tracks.get(found.track) if found.track else None
            if track is None:
                return self.tr("{title} (level {level})").format(title=title, level=found.level)
            return self.tr("{title} ({track}, level {level})").format(
                title=title, track=view.text(track.name), level=found.level
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.text(found.description) or None
        return None
