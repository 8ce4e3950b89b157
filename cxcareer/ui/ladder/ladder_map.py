"""The ladder map: roles by track and level, moves as arrows, zoom, pan and keyboard selection.

Why the selection is kept here rather than in ``QGraphicsScene``: the map, the role list and the
detail panel share one "selected role"; a single ``selected_role`` with a ``roleSelected`` signal
keeps them in step without selection feedback loops.

Keys: arrows or Tab/Shift+Tab move between roles, Enter opens the detail, Shift+arrows scroll,
Ctrl++ / Ctrl+- / Ctrl+wheel zoom, Ctrl+0 fits the whole ladder. Dragging pans.

Signals:
    roleSelected(str): the selected role changed (by click or keyboard).
    roleActivated(str): a role was opened (Enter or double-click).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from cxcareer.service.formats import percent
from cxcareer.service.ladder_data import LadderData
from cxcareer.service.ladder_layout import LadderLayout, RoleId, layout_ladder
from cxcareer.service.ladder_navigation import Direction, neighbour, reading_order
from cxcareer.ui.ladder.map_items import (
    CURRENT_COLOUR,
    PATH_COLOUR,
    TARGET_COLOUR,
    EdgeItem,
    RoleBoxItem,
)
from cxcareer.ui.ladder.readiness_colours import BANDS, NO_PERSON, band_for

__all__ = ["LadderMap"]

BOX_W, BOX_H = 184.0, 84.0
LEGEND_H = 120.0
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
#: The smallest zoom the first view uses: below it box titles get too small to read.
COMFORTABLE_ZOOM = 0.6

_ARROWS: dict[int, Direction] = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class LadderMap(QGraphicsView):
    """The map of one framework; see the module docstring for keys and signals."""

    roleSelected = Signal(str)
    roleActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.data: LadderData | None = None
        self.layout_: LadderLayout | None = None
        self.boxes: dict[str, RoleBoxItem] = {}
        self.edges: list[EdgeItem] = []
        self.selected_role: str | None = None
        self.path: tuple[str, ...] = ()
        self._press: QPointF | None = None
        self._auto_fit = True
        self._built_for: tuple[int, str, bool] | None = None

    # -- content ------------------------------------------------------------------------
    def set_data(self, data: LadderData, path: tuple[str, ...]) -> None:
        """Draw ``data``'s framework again, highlighting ``path``; the selection is kept."""
        framework_changed = self.data is None or self.data.framework is not data.framework
        self.data = data
        if framework_changed or self.layout_ is None:
            self.layout_ = layout_ladder(data.framework, box_w=BOX_W, box_h=BOX_H)
        key = (id(data.framework), data.lang, data.levels is None)
        if framework_changed or key != self._built_for:
            self._build()
            self._built_for = key
        else:
            self._fill_boxes()
        keep = self.selected_role if self.selected_role in self.boxes else None
        self.selected_role = None
        self.path = ()
        self.set_path(path)
        if keep is not None:
            self.select_role(keep, notify=False)
        if framework_changed:
            self._auto_fit = True
            self._comfortable_view()

    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes, self.edges = {}, []
        data, layout = self.data, self.layout_
        assert data is not None
        assert layout is not None
        self._draw_lanes(scene, data, layout)
        for edge in layout.edges:
            item = EdgeItem(edge)
            item.setToolTip(self._edge_tip(data, edge.source, edge.target, edge.kind.value))
            scene.addItem(item)
            self.edges.append(item)
        for role_id, rect in layout.boxes.items():
            box = RoleBoxItem(role_id, rect)
            scene.addItem(box)
            self.boxes[role_id] = box
        self._fill_boxes()
        self._draw_legend(scene, data, layout)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))

    def _fill_boxes(self) -> None:
        """Put the current snapshot's titles, readiness and statuses on the existing boxes.

        Why not rebuild: a rating changes only these; keeping the items avoids churning
        thousands of scene items on every edit.
        """
        data = self.data
        assert data is not None
        targets = set(data.targets)
        for role_id, box in self.boxes.items():
            role = data.framework.roles[RoleId(role_id)]
            box.title = data.role_title(role_id)
            level = self.tr("Level {level}").format(level=role.level)
            if data.levels is None:
                box.meta = level
                box.fill = NO_PERSON
            else:
                value = data.readiness.get(role_id, 0.0)
                box.meta = self.tr("{level} · {percent} ready").format(
                    level=level, percent=percent(value, data.lang)
                )
                box.fill = band_for(value).colour
            box.current = role_id == data.current
            box.target = role_id in targets
            box.setToolTip(f"{box.title}\n{box.meta}")
            box.update()

    def _edge_tip(self, data: LadderData, source: str, target: str, kind: str) -> str:
        text = self.tr("Promotion") if kind == "promotion" else self.tr("Lateral move")
        return f"{text}: {data.role_title(source)} → {data.role_title(target)}"

    def _draw_lanes(self, scene: QGraphicsScene, data: LadderData, layout: LadderLayout) -> None:
        header = QFont(self.font())
        header.setBold(True)
        header.setPointSizeF(10.0)
        for position, lane in enumerate(layout.lanes):
            shade = QColor("#f4f6f9") if position % 2 == 0 else QColor("#ffffff")
            scene.addRect(
                QRectF(lane.x, 8, lane.w, layout.height - 16), QPen(Qt.PenStyle.NoPen), shade
            ).setZValue(0)
            name = data.track_name(lane.track) if lane.track else self.tr("Other roles")
            text = scene.addText(name, header)
            text.setTextWidth(lane.w - 16)
            text.setPos(lane.x + 8, 14)
        label = QFont(self.font())
        label.setPointSizeF(9.0)
        for row in layout.rows:
            text = scene.addText(
                self.tr("Level {level}\n{name}").format(
                    level=row.level, name=data.level_name(row.level)
                ),
                label,
            )
            text.setTextWidth(90)
            text.setPos(12, row.y)

    def _draw_legend(self, scene: QGraphicsScene, data: LadderData, layout: LadderLayout) -> None:
        font = QFont(self.font())
        font.setPointSizeF(9.0)
        x, y = 16.0, layout.height + 8
        entries: list[tuple[str, QPen, QColor | None]] = [
            (self.tr("Promotion"), QPen(QColor("#55606e"), 1.6), None),
            (self.tr("Lateral move"), QPen(QColor("#55606e"), 1.6, Qt.PenStyle.DashLine), None),
            (self.tr("Chosen route"), QPen(PATH_COLOUR, 3.5), None),
            (self.tr("Current role"), QPen(CURRENT_COLOUR, 4), QColor("#ffffff")),
            (self.tr("Target"), QPen(TARGET_COLOUR, 3), QColor("#ffffff")),
        ]
        if data.levels is not None:
            entries += [(band.label(), QPen(QColor("#8a94a3"), 1), band.colour) for band in BANDS]
        widest = max(QFontMetricsF(font).horizontalAdvance(label) for label, _p, _f in entries)
        column_w = max(210.0, 44 + widest + 16)  # a long (Portuguese) label never overlaps
        per_row = max(1, int((max(layout.width, 4 * column_w) - 32) // column_w))
        for index, (label, pen, fill) in enumerate(entries):
            cx = x + (index % per_row) * column_w
            cy = y + (index // per_row) * 28
            if fill is None:
                scene.addLine(cx, cy + 10, cx + 36, cy + 10, pen)
            else:
                scene.addRect(QRectF(cx, cy, 36, 20), pen, QBrush(fill))
            text = scene.addText(label, font)
            text.setPos(cx + 44, cy - 2)

    # -- highlight and selection ------------------------------------------------------------
    def set_path(self, path: tuple[str, ...]) -> None:
        """Highlight the route ``path`` (role ids in order; empty: none)."""
        self.path = tuple(path)
        steps = set(zip(self.path, self.path[1:], strict=False))
        on_route = set(self.path)
        for edge in self.edges:
            edge.set_on_path((edge.route.source, edge.route.target) in steps)
        for role_id, box in self.boxes.items():
            box.on_path = role_id in on_route
            if box.current:
                box.marker = self.tr("● You are here")
            elif box.target:
                box.marker = self.tr("★ Target")
            elif box.on_path:
                box.marker = self.tr("◆ On the route")
            else:
                box.marker = ""
            box.update()

    def select_role(self, role_id: str | None, *, notify: bool = True) -> None:
        """Select ``role_id`` (None: nothing) and scroll it into view."""
        if role_id is not None and role_id not in self.boxes:
            return
        if role_id == self.selected_role:
            return
        if self.selected_role in self.boxes:
            self.boxes[self.selected_role].set_selected(False)
        self.selected_role = role_id
        if role_id is not None:
            box = self.boxes[role_id]
            box.set_selected(True)
            self.setAccessibleDescription(
                ". ".join(part for part in (box.title, box.meta, box.marker) if part)
            )
            self.ensureVisible(box.boundingRect(), 24, 24)
        if notify and role_id is not None:
            self.roleSelected.emit(role_id)

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within sensible limits."""
        self._auto_fit = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        scale = target / self.zoom()
        self.scale(scale, scale)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def _comfortable_view(self) -> None:
        """The first view: the whole ladder if it stays readable, else readable around the
        selected role (the person's current role when they have one)."""
        rect = self.scene().sceneRect()
        viewport = self.viewport().size()
        if rect.isEmpty() or viewport.width() < 10 or viewport.height() < 10:
            return
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        scale = min(1.0, max(COMFORTABLE_ZOOM, whole))
        self.resetTransform()
        self.scale(scale, scale)
        focus = self.selected_role or (self.data.current if self.data is not None else None)
        if focus in self.boxes:
            self.centerOn(self.boxes[focus].boundingRect().center())

    def fit(self) -> None:
        """Show the whole ladder (never zooming in past 100%)."""
        self._auto_fit = False
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._comfortable_view()

    # -- input ------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self._tab(
                forward=event.key() == Qt.Key.Key_Tab
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
        ):
            event.accept()
            return True
        return super().event(event)

    def _tab(self, *, forward: bool) -> bool:
        """Move to the next role in reading order; False at either end (focus leaves the map)."""
        if self.layout_ is None or not self.boxes:
            return False
        order = reading_order(self.layout_)
        if self.selected_role not in order:
            self.select_role(order[0] if forward else order[-1])
            return True
        index = order.index(self.selected_role) + (1 if forward else -1)
        if not 0 <= index < len(order):
            return False
        self.select_role(order[index])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif control and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit()
        elif key in _ARROWS and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._scroll(_ARROWS[key])
        elif key in _ARROWS:
            self._step(_ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_role:
            self.roleActivated.emit(self.selected_role)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, direction: Direction) -> None:
        if self.layout_ is None or not self.boxes:
            return
        if self.selected_role is None:
            start = self.data.current if self.data is not None else None
            self.select_role(start if start in self.boxes else reading_order(self.layout_)[0])
            return
        found = neighbour(self.layout_, self.selected_role, direction)
        if found is not None:
            self.select_role(found)

    def _scroll(self, direction: Direction) -> None:
        bar = (
            self.horizontalScrollBar()
            if direction in ("left", "right")
            else self.verticalScrollBar()
        )
        step = bar.singleStep() * 3 * (-1 if direction in ("left", "up") else 1)
        bar.setValue(bar.value() + step)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or (event.position() - press).manhattanLength() > 4:
            return
        role = self._role_under(event.position())
        if role is not None:
            self.select_role(role)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        role = self._role_under(event.position())
        if role is not None:
            self.select_role(role)
            self.roleActivated.emit(role)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _role_under(self, position: QPointF) -> str | None:
        if self.layout_ is None:
            return None
        point = self.mapToScene(position.toPoint())
        return self.layout_.role_at(point.x(), point.y())
