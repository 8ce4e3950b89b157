"""What part of the ladder map shows: every track or one, and a Fit that keeps text readable.

Why: a framework of two thousand roles fitted whole into a window is a grey carpet of boxes
whose titles nobody can read. The map therefore never fits below :data:`READABLE_ZOOM` (the
zoom under which box titles get too small to read); when the whole ladder cannot fit at that
zoom, it fits the person's own track instead (or the selected role's), centred on where they
are. A track filter shows one track alone: the other tracks' roles, the moves that touch them
and their lanes are hidden in the scene (not removed, so switching back is instant and the
selection survives). Zooming by hand (buttons, Ctrl+wheel) may still go further out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from cxcareer.framework.model import RoleId

if TYPE_CHECKING:
    from cxcareer.ui.ladder.ladder_map import LadderMap

__all__ = ["READABLE_ZOOM", "MapFocus"]

#: The smallest zoom a fit uses: below it box titles get too small to read.
READABLE_ZOOM = 0.6


class MapFocus:
    """The track filter and the readable fit of one :class:`LadderMap`."""

    def __init__(self, view: LadderMap) -> None:
        self.view = view
        self.track: str | None = None
        """The one track shown (None: every track)."""

    # -- which roles show -------------------------------------------------------------------
    def track_of(self, role_id: str | None) -> str | None:
        """The track of a role of the shown framework (None: no such role, or no track)."""
        data = self.view.data
        if data is None or role_id is None:
            return None
        role = data.framework.roles.get(RoleId(role_id))
        return str(role.track) if role is not None and role.track else None

    def shows(self, role_id: str) -> bool:
        """True when ``role_id`` is on the map as filtered now."""
        return self.track is None or self.track_of(role_id) == self.track

    def tracks(self) -> list[str]:
        """The tracks the map has lanes for, left to right (the filter's choices)."""
        layout = self.view.layout_
        if layout is None:
            return []
        return [str(lane.track) for lane in layout.lanes if lane.track is not None]

    def set_track(self, track: str | None) -> None:
        """Show only ``track`` (None: every track) and fit what shows, readably."""
        self.track = track
        self.apply()
        self.fit()

    def apply(self) -> None:
        """Hide the roles, moves and lanes of other tracks (after the scene is built again);
        a track the framework no longer has shows every track again."""
        view, layout = self.view, self.view.layout_
        if layout is None:
            return
        if self.track not in self.tracks():
            self.track = None
        for role_id, box in view.boxes.items():
            box.setVisible(self.shows(role_id))
        for edge in view.edges:
            edge.setVisible(self.shows(edge.route.source) and self.shows(edge.route.target))
        hidden = [
            (lane.x, lane.x + lane.w)
            for lane in layout.lanes
            if self.track is not None and lane.track != self.track
        ]
        for item in view.backdrop:
            centre = item.sceneBoundingRect().center()
            in_lanes = centre.y() < layout.height
            item.setVisible(not (in_lanes and any(a <= centre.x() <= b for a, b in hidden)))

    # -- what a fit shows -------------------------------------------------------------------
    def _lane_rect(self, track: str | None) -> QRectF | None:
        layout = self.view.layout_
        if layout is None or track is None:
            return None
        for lane in layout.lanes:
            if lane.track == track:
                return QRectF(lane.x, 0.0, lane.w, layout.height)
        return None

    def shown_rect(self) -> QRectF:
        """The part of the scene the filter leaves: one lane, or the whole scene."""
        lane = self._lane_rect(self.track)
        return lane if lane is not None else self.view.scene().sceneRect()

    def _fitting_zoom(self, rect: QRectF) -> float:
        viewport = self.view.viewport().size()
        return min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def fit(self) -> None:
        """Fit what shows, never below :data:`READABLE_ZOOM` nor above 100 %.

        When it cannot fit readably, the person's track (else the selected role's) is fitted
        instead, and the view centres on the selected role, else the current role.
        """
        view = self.view
        rect = self.shown_rect()
        viewport = view.viewport().size()
        if rect.isEmpty() or viewport.width() < 10 or viewport.height() < 10:
            return
        focus = self._focus_role()
        scale = self._fitting_zoom(rect)
        if scale < READABLE_ZOOM and self.track is None:
            data = view.data
            current = data.current if data is not None else None
            lane = self._lane_rect(self.track_of(current) or self.track_of(focus))
            if lane is not None:
                rect, scale = lane, self._fitting_zoom(lane)
        scale = min(1.0, max(READABLE_ZOOM, scale))
        view.resetTransform()
        view.scale(scale, scale)
        if focus is not None and self._fitting_zoom(rect) < READABLE_ZOOM:
            view.centerOn(view.boxes[focus].boundingRect().center())
        else:
            view.centerOn(rect.center())

    def _focus_role(self) -> str | None:
        view = self.view
        current = view.data.current if view.data is not None else None
        for role in (view.selected_role, current):
            if role is not None and role in view.boxes and self.shows(role):
                return role
        return None
