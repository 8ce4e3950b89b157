"""Writing the ladder map to a PNG, SVG or PDF file, atomically.

Why atomically: an export over an existing file must never leave half a picture if the disk
fills or the app stops; the picture is written next to the target and moved over it at the end.
The picture is drawn in the scene's own colours, background included; the ladder map switches
its scene to the print palette while it is exported (``LadderMap.printing``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from cxcareer.service.export_files import write_target
from cxcareer.ui.common.palette import PRINT, colour

__all__ = ["FORMATS", "MAX_PNG_SIDE", "export_scene", "format_for"]

FORMATS = ("png", "svg", "pdf")
#: The longest side of a PNG export, in pixels (huge frameworks are scaled down to fit).
MAX_PNG_SIDE = 8000
#: The longest side of a PDF page, in points (PDF readers refuse pages over 14,400).
MAX_PDF_SIDE = 14000.0


def format_for(path: Path) -> str:
    """The export format named by the file's suffix (ValueError for an unknown one)."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"unknown picture format: {path.suffix or '(none)'}")
    return suffix


def export_scene(
    scene: QGraphicsScene, path: Path, *, title: str = "", force: bool = False
) -> None:
    """Write ``scene`` to ``path`` in the format its suffix names.

    The map holds no personal data, so it gets the usual mode (0666 less the umask). An
    existing file is replaced only with ``force``; a database, a link or a special file never
    (:mod:`cxcareer.store.write_target`).

    Raises:
        ValueError: the suffix is not .png, .svg or .pdf.
        TargetRefused: ``path`` exists (and not ``force``), or must never be written.
        OSError: the file could not be written (the old file, if any, is left as it was).
    """
    kind = format_for(path)
    source = scene.sceneRect()
    umask = os.umask(0)
    os.umask(umask)
    with write_target(path, force=force, mode=0o666 & ~umask, suffix=f".{kind}") as temp:
        if kind == "png":
            _png(scene, source, temp)
        elif kind == "svg":
            _svg(scene, source, temp, title)
        else:
            _pdf(scene, source, temp, title)
        if not temp.exists() or temp.stat().st_size == 0:
            raise OSError(f"nothing was written to {path}")


def _png(scene: QGraphicsScene, source: QRectF, temp: Path) -> None:
    scale = min(2.0, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    brush = scene.backgroundBrush()
    image.fill(brush.color() if brush.style() != Qt.BrushStyle.NoBrush else colour(PRINT.canvas))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    if not image.save(str(temp)):
        raise OSError(f"could not write {temp}")


def _svg(scene: QGraphicsScene, source: QRectF, temp: Path, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(temp))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {temp}")
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


def _pdf(scene: QGraphicsScene, source: QRectF, temp: Path, title: str) -> None:
    writer = QPdfWriter(str(temp))
    writer.setTitle(title)
    writer.setResolution(72)
    scale = min(1.0, MAX_PDF_SIDE / max(source.width(), source.height(), 1.0))
    page = QPageSize(
        QSizeF(source.width() * scale, source.height() * scale), QPageSize.Unit.Point, "ladder"
    )
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write {temp}")
    target = QRectF(0, 0, writer.width(), writer.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
