"""Save a screenshot as a small palette PNG: :func:`save_compact`.

Why a palette of the most frequent colours: a screen of the app is flat areas (window, rows,
alternating row shades, selection) and antialiased text, a few hundred colours at most. Qt's own
conversion to 8 bits uses a fixed colour cube and turns the faint alternating row shades white;
a palette of the 256 colours the picture uses most keeps every flat area exact, and the rare
text-edge tints go to their nearest neighbour, where the eye cannot tell. The result is about a
third of the full-colour PNG, with no tool beyond Qt.
"""

from __future__ import annotations

import array
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QImageWriter

__all__ = ["PALETTE_SIZE", "save_compact"]

PALETTE_SIZE = 256


def _palette(image: QImage) -> list[int]:
    """The ``PALETTE_SIZE`` most frequent colours of an RGB32 image, most frequent first."""
    pixels = array.array("I", bytes(image.constBits()))
    counts = Counter(pixels)
    # Each pixel is 0xffRRGGBB; a palette entry is the same 32-bit value.
    return [colour for colour, _count in counts.most_common(PALETTE_SIZE)]


def save_compact(image: QImage, path: Path) -> Path:
    """Write ``image`` to ``path`` as an 8-bit palette PNG at the strongest compression.

    Raises:
        OSError: the file could not be written.
    """
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    indexed = rgb.convertToFormat(QImage.Format.Format_Indexed8, _palette(rgb), flags)
    writer = QImageWriter(str(path), QByteArray(b"png"))
    writer.setQuality(0)  # for PNG: the strongest compression, the same pixels
    if not writer.write(indexed):
        raise OSError(f"could not write {path}: {writer.errorString()}")
    return path
