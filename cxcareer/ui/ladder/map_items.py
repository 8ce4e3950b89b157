"""The graphics items of the ladder map: role boxes and move arrows.

Why hand-painted items: a role box shows a title that wraps, its level, the readiness as a colour
*and* as text, and markers for the current role, targets and the chosen route; one ``paint``
keeps all of that legible at every zoom and identical in PNG, SVG and PDF exports. Every colour
comes from the :class:`~cxcareer.ui.common.palette.Palette` the item is given (the map gives the
theme's, or the print palette for an export).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cxcareer.framework.model import MoveKind
from cxcareer.service.ladder_layout import EdgeRoute, Rect
from cxcareer.ui.common.palette import Palette, colour

__all__ = ["EdgeItem", "RoleBoxItem"]


class RoleBoxItem(QGraphicsItem):
    """One role: fill by readiness band, border by status, title, level and readiness text."""

    def __init__(self, role_id: str, rect: Rect, colours: Palette) -> None:
        super().__init__()
        self.role_id = role_id
        self._rect = QRectF(rect.x, rect.y, rect.w, rect.h)
        self.colours = colours
        self.title = role_id
        self.meta = ""
        self.marker = ""
        self.fill = colour(colours.nobody_fill)
        self.current = False
        self.target = False
        self.on_path = False
        self.selected = False
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-5, -5, 5, 5)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect, colours = self._rect, self.colours
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selected:
            painter.setPen(QPen(colour(colours.selected), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 10, 10)
        if self.current:
            border = QPen(colour(colours.current), 4)
        elif self.target:
            border = QPen(colour(colours.target), 3)
        elif self.on_path:
            border = QPen(colour(colours.route), 3)
        else:
            border = QPen(colour(colours.box_border), 1)
        painter.setPen(border)
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(rect, 8, 8)

        inner = rect.adjusted(8, 5, -8, -5)
        font = QFont(painter.font())
        font.setPointSizeF(9.0)
        small = QFont(font)
        small.setPointSizeF(8.0)
        painter.setPen(colour(colours.text))
        painter.setFont(small)
        small_line = painter.fontMetrics().height()
        footer_lines = 2 if self.marker else 1
        title_rect = QRectF(
            inner.x(), inner.y(), inner.width(), inner.height() - footer_lines * small_line
        )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self.title,
        )
        painter.setFont(small)
        footer = QRectF(
            inner.x(), inner.bottom() - footer_lines * small_line, inner.width(), small_line
        )
        if self.marker:
            marker = (
                colours.current
                if self.current
                else colours.target
                if self.target
                else colours.route
            )
            painter.setPen(colour(marker))
            bold_small = QFont(small)
            bold_small.setBold(True)
            painter.setFont(bold_small)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft), self.marker)
            footer.translate(0, small_line)
            painter.setFont(small)
        painter.setPen(colour(colours.text))
        metrics = painter.fontMetrics()
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignLeft),
            metrics.elidedText(self.meta, Qt.TextElideMode.ElideRight, int(footer.width())),
        )


class EdgeItem(QGraphicsPathItem):
    """A move: solid arrow for a promotion, dashed for a lateral move; thick when on the route."""

    def __init__(self, route: EdgeRoute, colours: Palette) -> None:
        super().__init__()
        self.route = route
        self.colours = colours
        path = QPainterPath(QPointF(*route.points[0]))
        for x, y in route.points[1:]:
            path.lineTo(x, y)
        self._line = path
        self._head = _arrow_head(route.points[-2], route.points[-1])
        self.on_path = False
        self.setZValue(1)
        self._restyle()

    def set_on_path(self, on_path: bool) -> None:
        if on_path != self.on_path:
            self.on_path = on_path
            self._restyle()

    def _restyle(self) -> None:
        line = colour(self.colours.route if self.on_path else self.colours.edge)
        width = 3.5 if self.on_path else 1.4
        style = (
            Qt.PenStyle.SolidLine if self.route.kind is MoveKind.PROMOTION else Qt.PenStyle.DashLine
        )
        pen = QPen(line, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        path = QPainterPath(self._line)
        path.addPolygon(self._head)
        self.setPath(path)
        self.setZValue(1.5 if self.on_path else 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        solid = QPen(self.pen())
        solid.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(solid)
        painter.setBrush(self.pen().color())
        painter.drawPolygon(self._head)


def _arrow_head(before: tuple[float, float], tip: tuple[float, float]) -> QPolygonF:
    """A filled triangle pointing from ``before`` to ``tip``."""
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    size, spread = 10.0, math.radians(25)
    left = QPointF(
        tip[0] - size * math.cos(angle - spread), tip[1] - size * math.sin(angle - spread)
    )
    right = QPointF(
        tip[0] - size * math.cos(angle + spread), tip[1] - size * math.sin(angle + spread)
    )
    return QPolygonF([QPointF(*tip), left, right])
