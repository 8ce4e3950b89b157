"""What the ladder map draws behind and below the role boxes: track lanes with their headers,
level names down the side, and the legend.

Both functions return the items they add, and the view keeps them: PySide forgets an item
whose first Python wrapper is gone, and a later ``scene.items()`` then hands out fresh wrappers
that Python believes it owns — dropping them deleted every lane, header and legend text.

Why apart from the view: these are the map's fixed texts and shades, drawn once per build in
the colours of the :class:`~cxcareer.ui.common.palette.Palette` the map is using (the theme's,
or the print palette for an export); the view keeps selection, zoom and keys. The texts keep
the ``LadderMap`` translation context they always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from cxcareer.service.ladder_data import LadderData
from cxcareer.service.ladder_layout import LadderLayout
from cxcareer.ui.common.palette import Palette, colour
from cxcareer.ui.ladder.readiness_colours import BANDS

__all__ = ["draw_lanes", "draw_legend"]


def draw_lanes(
    scene: QGraphicsScene, data: LadderData, layout: LadderLayout, c: Palette, base: QFont
) -> list[QGraphicsItem]:
    """Alternate lane shades with each track's name on top, and each level's name on the left."""
    added: list[QGraphicsItem] = []
    header = QFont(base)
    header.setBold(True)
    header.setPointSizeF(10.0)
    ink, muted = colour(c.text), colour(c.muted)
    for position, lane in enumerate(layout.lanes):
        shade = colour(c.lane_fill if position % 2 == 0 else c.canvas)
        lane_shade = scene.addRect(
            QRectF(lane.x, 8, lane.w, layout.height - 16), QPen(Qt.PenStyle.NoPen), shade
        )
        lane_shade.setZValue(0)
        added.append(lane_shade)
        name = (
            data.track_name(lane.track)
            if lane.track
            else QCoreApplication.translate("LadderMap", "Other roles")
        )
        text = scene.addText(name, header)
        text.setDefaultTextColor(ink)
        text.setTextWidth(lane.w - 16)
        text.setPos(lane.x + 8, 14)
        added.append(text)
    label = QFont(base)
    label.setPointSizeF(9.0)
    for row in layout.rows:
        text = scene.addText(
            QCoreApplication.translate("LadderMap", "Level {level}\n{name}").format(
                level=row.level, name=data.level_name(row.level)
            ),
            label,
        )
        text.setDefaultTextColor(muted)
        text.setTextWidth(90)
        text.setPos(12, row.y)
        added.append(text)
    return added


def draw_legend(
    scene: QGraphicsScene, data: LadderData, layout: LadderLayout, c: Palette, base: QFont
) -> list[QGraphicsItem]:
    """A sample and a name for each kind of arrow, border and (with a person) readiness band."""
    font = QFont(base)
    font.setPointSizeF(9.0)
    x, y = 16.0, layout.height + 8
    edge, box, border = colour(c.edge), colour(c.nobody_fill), colour(c.box_border)
    entries: list[tuple[str, QPen, QColor | None]] = [
        (QCoreApplication.translate("LadderMap", "Promotion"), QPen(edge, 1.6), None),
        (
            QCoreApplication.translate("LadderMap", "Lateral move"),
            QPen(edge, 1.6, Qt.PenStyle.DashLine),
            None,
        ),
        (QCoreApplication.translate("LadderMap", "Chosen route"), QPen(colour(c.route), 3.5), None),
        (QCoreApplication.translate("LadderMap", "Current role"), QPen(colour(c.current), 4), box),
        (QCoreApplication.translate("LadderMap", "Target"), QPen(colour(c.target), 3), box),
    ]
    if data.levels is not None:
        entries += [(band.label(), QPen(border, 1), band.fill(c)) for band in BANDS]
    widest = max(QFontMetricsF(font).horizontalAdvance(label) for label, _pen, _fill in entries)
    column_w = max(210.0, 44 + widest + 16)  # a long (Portuguese) label never overlaps the next
    per_row = max(1, int((max(layout.width, 4 * column_w) - 32) // column_w))
    added: list[QGraphicsItem] = []
    for index, (label, pen, fill) in enumerate(entries):
        cx = x + (index % per_row) * column_w
        cy = y + (index // per_row) * 28
        if fill is None:
            added.append(scene.addLine(cx, cy + 10, cx + 36, cy + 10, pen))
        else:
            added.append(scene.addRect(QRectF(cx, cy, 36, 20), pen, QBrush(fill)))
        text = scene.addText(label, font)
        text.setDefaultTextColor(colour(c.text))
        text.setPos(cx + 44, cy - 2)
        added.append(text)
    return added
