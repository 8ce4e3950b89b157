"""Moving the selection between role boxes with the keyboard, decided on the layout alone.

Why apart from the widget: "which role is to the right of this one" is geometry, the same for a
test as for a person pressing an arrow key; keeping it pure lets the map stay a thin view.
"""

from __future__ import annotations

from typing import Literal

from cxcareer.service.ladder_layout import LadderLayout, RoleId

__all__ = ["Direction", "neighbour", "reading_order"]

Direction = Literal["up", "down", "left", "right"]


def neighbour(layout: LadderLayout, role: str, direction: Direction) -> RoleId | None:
    """The nearest role box in ``direction`` from ``role`` (None: nothing that way).

    Distance along the direction counts once, distance across it three times, so "up" prefers
    the role straight above over one further along the row.
    """
    origin = layout.boxes.get(RoleId(role))
    if origin is None:
        return None
    ox, oy = origin.centre
    best: tuple[float, int, RoleId] | None = None
    for order, (other, box) in enumerate(layout.boxes.items()):
        if other == role:
            continue
        cx, cy = box.centre
        dx, dy = cx - ox, cy - oy
        if direction == "up":
            along, across = -dy, dx
        elif direction == "down":
            along, across = dy, dx
        elif direction == "left":
            along, across = -dx, dy
        else:
            along, across = dx, dy
        if along <= 1e-6 or (direction in ("left", "right") and abs(across) > abs(along) * 4):
            continue
        score = along + 3 * abs(across)
        if best is None or (score, order) < best[:2]:
            best = (score, order, other)
    return best[2] if best is not None else None


def reading_order(layout: LadderLayout) -> tuple[RoleId, ...]:
    """Every role top row first, left to right: the order Tab walks through the map."""
    return tuple(sorted(layout.boxes, key=lambda r: (layout.boxes[r].y, layout.boxes[r].x)))
