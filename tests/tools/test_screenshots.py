"""tools/screenshots.py: one command makes every picture from the demo, small and exact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtWidgets import QApplication

from cxcareer.ui.pages import PAGES
from tests.app_process import isolated_env, run_python
from tools.screenshot_images import save_compact
from tools.screenshots import DARK_SCREENS, SCREENS


def test_every_screen_of_the_window_is_taken() -> None:
    assert set(SCREENS) == {spec.key for spec in PAGES}
    assert set(DARK_SCREENS) <= set(SCREENS)


def _screen_like() -> QImage:
    """Flat areas as a window has them, and antialiased text in several colours on them."""
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f5f5"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(0, 0, 400, 20, QColor("#f7f7f7"))  # an alternating row: nearly the same
    painter.fillRect(0, 40, 200, 20, QColor("#308cc6"))  # a selection
    for row in range(12):
        painter.setPen(QColor.fromHsv(row * 30, 200, 120))
        painter.drawText(10, 80 + row * 18, "Customer Support Specialist · 3 → 5 · 76 %")
    painter.end()
    return image


def test_compact_pictures_keep_flat_colours_exactly_and_are_smaller(
    qapp: QApplication, tmp_path: Path
) -> None:
    image = _screen_like()
    full = tmp_path / "full.png"
    writer = QImageWriter(str(full), QByteArray(b"png"))
    writer.setQuality(0)
    assert writer.write(image)
    compact = save_compact(image, tmp_path / "compact.png")
    read = QImage(str(compact))
    assert read.format() == QImage.Format.Format_Indexed8
    assert read.colorCount() <= 256
    assert QColor(read.pixel(5, 5)).name() == "#f7f7f7", "the faint row shade stays"
    assert QColor(read.pixel(5, 30)).name() == "#f5f5f5"
    assert QColor(read.pixel(5, 45)).name() == "#308cc6"
    assert compact.stat().st_size < full.stat().st_size


def test_one_command_makes_the_pictures_and_leaves_no_demo_behind(tmp_path: Path) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    out = tmp_path / "shots"
    arguments = ["-m", "tools.screenshots", "--out", str(out), "--lang", "en"]
    done = run_python(arguments, isolated_env(tmp_path, TMPDIR=str(temporary)))
    assert done.returncode == 0, done.stderr
    names = {path.name for path in out.iterdir()}
    expected = {f"{key}-en.png" for key in SCREENS} | {f"{key}-en-dark.png" for key in DARK_SCREENS}
    expected |= {"wizard-en.png", "wizard-role-en.png", "pack-en.png"}
    assert names == expected
    overview = QImage(str(out / "overview-en.png"))
    assert (overview.width(), overview.height()) == (1280, 800)
    assert list(temporary.iterdir()) == [], "the demo databases were removed"
