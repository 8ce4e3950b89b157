"""Where every role box and move arrow of the ladder map goes, computed without Qt.

Why a pure function: the map must never draw two roles on top of each other, whatever framework
a company imports, and that is far easier to prove on plain numbers (with generated frameworks of
hundreds of roles) than on a scene. The map widget only draws what this module decides.

The picture: one lane (column band) per track in the framework's order, plus an "other" lane for
roles without a track; one row per level, the highest level at the top. Roles of the same track
and level sit side by side inside their lane. Arrows run only through the empty channels between
rows and the gutters between columns, so no arrow ever crosses a role box.

>>> from cxcareer.framework.builtin import load_builtin
>>> layout = layout_ladder(load_builtin())
>>> len(layout.boxes) == len(load_builtin().roles)
True
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from cxcareer.framework.model import Framework, MoveKind, RoleId, TrackId

__all__ = [
    "BOX_H",
    "BOX_W",
    "EdgeRoute",
    "LadderLayout",
    "Lane",
    "LevelRow",
    "Point",
    "Rect",
    "layout_ladder",
]

BOX_W = 180.0
BOX_H = 64.0

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle; ``x``/``y`` is the top-left corner (y grows downwards)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def overlaps(self, other: Rect) -> bool:
        """True when the two interiors share any area (touching edges do not count)."""
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Lane:
    """A track's band of columns; ``track`` is None for the "other" lane."""

    track: TrackId | None
    x: float
    w: float


@dataclass(frozen=True)
class LevelRow:
    """The band of one level; ``y`` is the top of its first line of boxes, ``h`` its height."""

    level: int
    y: float
    h: float


@dataclass(frozen=True)
class EdgeRoute:
    """A move drawn as a polyline from the source box's border to the target box's border."""

    source: RoleId
    target: RoleId
    kind: MoveKind
    months: int | None
    points: tuple[Point, ...]


@dataclass(frozen=True)
class LadderLayout:
    """Role boxes, move routes, lanes and level rows of one framework, and the total size."""

    boxes: dict[RoleId, Rect]
    edges: tuple[EdgeRoute, ...]
    lanes: tuple[Lane, ...]
    rows: tuple[LevelRow, ...]
    width: float
    height: float

    def role_at(self, x: float, y: float) -> RoleId | None:
        """The role whose box holds the point, if any."""
        for role, box in self.boxes.items():
            if box.x <= x <= box.right and box.y <= y <= box.bottom:
                return role
        return None


def layout_ladder(
    framework: Framework,
    *,
    box_w: float = BOX_W,
    box_h: float = BOX_H,
    gap_x: float = 40.0,
    gap_y: float = 72.0,
    header_h: float = 48.0,
    label_w: float = 96.0,
    margin: float = 16.0,
    max_columns: int = 4,
) -> LadderLayout:
    """Lay the framework's roles out by track (lanes, left to right) and level (rows, top down).

    Deterministic: the same framework always gives the same layout (file order breaks ties).

    Args:
        framework: any framework with at least one role.
        box_w, box_h: size of a role box.
        gap_x, gap_y: space between columns and between rows (arrows run there).
        header_h: room above the first row for lane titles.
        label_w: room left of the first lane for level labels.
        margin: blank border around everything.
        max_columns: most roles side by side in one lane; more roles of the same track and
            level wrap onto further lines inside their level's band (keeps huge frameworks
            from becoming one endless row).

    Returns:
        The layout; ``boxes`` keeps the framework's role order.
    """
    if box_w <= 0 or box_h <= 0 or gap_x <= 0 or gap_y <= 0 or max_columns < 1:
        raise ValueError("box sizes, gaps and columns must be positive")
    track_order = {track: position for position, track in enumerate(framework.tracks)}
    cells: dict[tuple[TrackId | None, int], list[RoleId]] = defaultdict(list)
    for role in framework.roles.values():
        track = role.track if role.track in track_order else None
        cells[(track, role.level)].append(role.id)
    used_tracks = {track for track, _level in cells}
    lane_tracks: list[TrackId | None] = [t for t in framework.tracks if t in used_tracks]
    if None in used_tracks:
        lane_tracks.append(None)
    levels = [role.level for role in framework.roles.values()]
    top, bottom = max(levels), min(levels)

    pitch_x, pitch_y = box_w + gap_x, box_h + gap_y
    lanes: list[Lane] = []
    lane_x: dict[TrackId | None, float] = {}
    lane_columns: dict[TrackId | None, int] = {}
    x = margin + label_w
    for track in lane_tracks:
        widest = max(len(ids) for (t, _level), ids in cells.items() if t == track)
        lane_columns[track] = min(widest, max_columns)
        width = lane_columns[track] * pitch_x
        lanes.append(Lane(track, x, width))
        lane_x[track] = x
        x += width
    lines = {
        level: max(
            (-(-len(ids) // lane_columns[t]) for (t, lv), ids in cells.items() if lv == level),
            default=1,
        )
        for level in range(bottom, top + 1)
    }
    row_list: list[LevelRow] = []
    y = margin + header_h + gap_y / 2
    for level in range(top, bottom - 1, -1):
        height = lines[level] * pitch_y - gap_y
        row_list.append(LevelRow(level, y, height))
        y += height + gap_y
    rows = tuple(row_list)
    row_y = {row.level: row.y for row in rows}

    placed: dict[RoleId, Rect] = {}
    for (track, level), ids in cells.items():
        columns = lane_columns[track]
        for position, role_id in enumerate(ids):
            line, column = divmod(position, columns)
            placed[role_id] = Rect(
                lane_x[track] + gap_x / 2 + column * pitch_x,
                row_y[level] + line * pitch_y,
                box_w,
                box_h,
            )
    boxes = {role_id: placed[role_id] for role_id in framework.roles}
    edges = _routes(framework, boxes, gap_x, gap_y)
    width = x + margin
    height = rows[-1].y + rows[-1].h + gap_y / 2 + margin
    return LadderLayout(boxes, edges, tuple(lanes), rows, width, height)


def _spread(index: int, count: int, room: float) -> float:
    """An offset for the ``index``-th of ``count`` lines sharing a channel ``room`` wide."""
    if count <= 1:
        return 0.0
    step = min(6.0, room * 0.6 / (count - 1))
    return (index - (count - 1) / 2) * step


def _routes(
    framework: Framework, boxes: dict[RoleId, Rect], gap_x: float, gap_y: float
) -> tuple[EdgeRoute, ...]:
    """Orthogonal routes through channels (between rows) and gutters (between columns).

    Each route leaves its source through the top (target higher or on the same level) or the
    bottom (target lower), and enters its target through the side facing the source's row. The
    lines leaving one box and the lines entering one box are fanned out a little so they can be
    told apart.
    """
    outgoing: dict[RoleId, list[int]] = defaultdict(list)
    incoming: dict[RoleId, list[int]] = defaultdict(list)
    moves = [t for t in framework.transitions if t.source in boxes and t.target in boxes]
    for position, move in enumerate(moves):
        outgoing[move.source].append(position)
        incoming[move.target].append(position)
    routes: list[EdgeRoute] = []
    for position, move in enumerate(moves):
        source, target = boxes[move.source], boxes[move.target]
        out_list, in_list = outgoing[move.source], incoming[move.target]
        out_shift = _spread(out_list.index(position), len(out_list), source.w * 0.8)
        in_shift = _spread(in_list.index(position), len(in_list), target.w * 0.8)
        lane_shift = _spread(out_list.index(position), len(out_list), gap_y * 0.5)
        sx, tx = source.centre[0] + out_shift, target.centre[0] + in_shift
        upward = target.y <= source.y
        if upward:
            start = (sx, source.y)
            exit_y = source.y - gap_y / 2 + lane_shift
            entry_y = target.bottom + gap_y / 2 - lane_shift
            end = (tx, target.bottom) if target.y < source.y else (tx, target.y)
        else:
            start = (sx, source.bottom)
            exit_y = source.bottom + gap_y / 2 + lane_shift
            entry_y = target.y - gap_y / 2 - lane_shift
            end = (tx, target.y)
        points: list[Point] = [start, (sx, exit_y)]
        same_channel = target.y == source.y or abs(entry_y - exit_y) <= gap_y
        if target.y == source.y or same_channel:
            points += [(tx, exit_y), end]
        else:
            gutter = (
                source.right
                + gap_x / 2
                + _spread(out_list.index(position), len(out_list), gap_x * 0.5)
            )
            points += [(gutter, exit_y), (gutter, entry_y), (tx, entry_y), end]
        routes.append(EdgeRoute(move.source, move.target, move.kind, move.months, tuple(points)))
    return tuple(routes)
