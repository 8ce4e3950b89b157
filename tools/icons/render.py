"""Render ``resources/icons/cxcareer.svg`` to the PNG sizes desktops and Qt look for.

Run ``python -m tools.icons.render`` after editing the SVG and commit the PNGs it writes to
``resources/icons/hicolor/<n>x<n>/apps/cxcareer.png`` (the freedesktop icon-theme layout, so a
later package can copy the folder as it is). Why PNGs beside the SVG: the app builds its window
icon from them without Qt's SVG plugin, and small sizes come out as drawn, not as a desktop's
own downscale. ``tests/tools/test_icon_renders.py`` fails when a PNG is missing or stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "cxcareer.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)

__all__ = ["SIZES", "SVG", "THEME", "png_path", "render", "write_all"]


def png_path(size: int, theme: Path = THEME) -> Path:
    """Where the ``size`` px render lives."""
    return theme / f"{size}x{size}" / "apps" / "cxcareer.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn on a transparent ``size`` × ``size`` QImage."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_all(theme: Path = THEME) -> list[Path]:
    """Render every size into ``theme``; returns the files written."""
    written = []
    for size in SIZES:
        path = png_path(size, theme)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
