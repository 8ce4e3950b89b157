"""The committed PNG renders of the app icon exist at every size and match the SVG."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from tools.icons.render import SIZES, SVG, png_path, render


def _channels(image: QImage, x: int, y: int) -> tuple[int, int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


@pytest.mark.parametrize("size", SIZES)
def test_each_size_is_rendered_from_the_current_svg(qapp: QGuiApplication, size: int) -> None:
    committed = QImage(str(png_path(size)))
    assert not committed.isNull(), f"{png_path(size)} is missing: run python -m tools.icons.render"
    assert (committed.width(), committed.height()) == (size, size)
    fresh = render(size, SVG)
    differing = 0
    for y in range(size):
        for x in range(size):
            pairs = zip(_channels(committed, x, y), _channels(fresh, x, y), strict=True)
            differing += max(abs(a - b) for a, b in pairs) > 8
    assert differing <= size * size // 100, "stale render: run python -m tools.icons.render"
