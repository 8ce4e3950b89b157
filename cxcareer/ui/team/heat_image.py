"""Painting the whole heat-map into an image, for PNG export.

Why not grab the table: a grab shows only what fits on screen; the exported picture must hold
every person and every skill, with its legend, at a size that prints well. It is painted in the
print palette whatever the theme, as the ladder map's export is: a picture is shared and printed
on white.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QImage, QPainter, QPen

from cxcareer.service.export_files import write_target
from cxcareer.ui.common.palette import PRINT, colour
from cxcareer.ui.team.team_model import TeamModel

__all__ = ["render_heat_map", "save_png"]

_CELL_W = 120
_CELL_H = 34
_PAD = 16


def render_heat_map(model: TeamModel, title: str) -> QImage:
    """The model's whole table (headers included) as an image in the print palette."""
    previous, model.colours = model.colours, PRINT
    try:
        return _render(model, title)
    finally:
        model.colours = previous


def _render(model: TeamModel, title: str) -> QImage:
    rows, columns = model.rowCount(), model.columnCount()
    font = QFont()
    font.setPointSize(10)
    metrics = QFontMetrics(font)
    first_w = max(
        [_CELL_W + 40]
        + [metrics.horizontalAdvance(str(model.index(r, 0).data())) + 24 for r in range(rows)]
    )
    header_lines = max(
        [1]
        + [
            str(model.headerData(c, Qt.Orientation.Horizontal)).count("\n") + 1
            for c in range(columns)
        ]
    )
    header_h = header_lines * metrics.height() + 14
    title_h = metrics.height() * 2
    width = _PAD * 2 + first_w + max(columns - 1, 0) * _CELL_W
    height = _PAD * 2 + title_h + header_h + rows * _CELL_H
    image = QImage(max(width, 200), max(height, 100), QImage.Format.Format_ARGB32)
    image.fill(colour(PRINT.surface))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        ink = colour(PRINT.text)
        painter.setPen(ink)
        painter.drawText(QRect(_PAD, _PAD, width - 2 * _PAD, title_h), 0, title)
        top = _PAD + title_h

        def column_rect(column: int, y: int, h: int) -> QRect:
            x = _PAD + (0 if column == 0 else first_w + (column - 1) * _CELL_W)
            return QRect(x, y, first_w if column == 0 else _CELL_W, h)

        grid_pen = QPen(colour(PRINT.border))
        for column in range(columns):
            rect = column_rect(column, top, header_h)
            painter.fillRect(rect, colour(PRINT.table_head_fill))
            painter.setPen(grid_pen)
            painter.drawRect(rect)
            painter.setPen(ink)
            text = str(model.headerData(column, Qt.Orientation.Horizontal))
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(font)
        for row in range(rows):
            y = top + header_h + row * _CELL_H
            for column in range(columns):
                index = model.index(row, column)
                rect = column_rect(column, y, _CELL_H)
                background = index.data(Qt.ItemDataRole.BackgroundRole)
                if isinstance(background, QBrush):
                    painter.fillRect(rect, background)
                painter.setPen(grid_pen)
                painter.drawRect(rect)
                foreground = index.data(Qt.ItemDataRole.ForegroundRole)
                painter.setPen(foreground.color() if isinstance(foreground, QBrush) else ink)
                align = (
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                    if column < 3
                    else Qt.AlignmentFlag.AlignCenter
                )
                text = metrics.elidedText(
                    str(index.data()), Qt.TextElideMode.ElideRight, rect.width() - 10
                )
                painter.drawText(rect.adjusted(5, 0, -5, 0), align, text)
    finally:
        painter.end()
    return image


def save_png(image: QImage, path: Path, *, force: bool = False) -> Path:
    """Write ``image`` as PNG atomically, 0600 (it shows people's gaps).

    An existing file is replaced only with ``force``; a database, a link or a special file
    never (:mod:`cxcareer.store.write_target`, which raises ``TargetRefused``).
    """
    path = Path(path)
    with write_target(path, force=force, suffix=".png") as temporary:
        if not image.save(str(temporary)):  # format from the .png suffix
            raise OSError(f"could not write {path}")
    return path
