"""Painting a QTextDocument onto PDF pages, each with a running header and a numbered footer.

Why by hand: ``QTextDocument.print_`` needs a QPrinter (QtPrintSupport, a widget-era module) and
offers no header or "page x of y". Here the document is laid out in the writer's own device
pixels, so fonts measure exactly as they print, then each page paints its header, its slice of
the body and its footer. Only QPdfWriter, QPainter and QTextDocument are used, which Qt allows
on a worker thread (no QWidget, no QPixmap).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from cxcareer.ui.common.palette import PRINT

__all__ = ["PAPER_SIZES", "PageFrame", "configure_writer", "lay_out", "pack_font", "paint_pages"]

#: Paper names a caller may pass, and Qt's page size for each.
PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}

#: Dots per inch of the PDF's coordinate system (text stays vector; this is layout precision).
RESOLUTION = 300
_MARGIN_MM = QMarginsF(18, 16, 18, 16)
_BAND_PT = 22.0  # height of the header and footer bands, in points
_TEXT_COLOR = QColor(PRINT.text)
_MUTED = QColor(PRINT.muted)
_WARN = QColor(PRINT.error)


@dataclass(frozen=True)
class PageFrame:
    """What each page's header and footer say.

    ``footer_right`` holds ``{page}`` and ``{pages}`` placeholders; ``header_flag`` (may be
    empty) is printed in red on the header's right, e.g. a private-notes warning.
    """

    header_left: str
    header_right: str
    header_flag: str
    footer_left: str
    footer_right: str
    accent: str


def pack_font(point_size: float) -> QFont:
    """A clean sans-serif in ``point_size``, from whichever good family the system has."""
    font = QFont()
    font.setFamilies(["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def configure_writer(writer: QPdfWriter, paper: str) -> None:
    """Paper size, portrait, margins and resolution.

    Raises:
        ValueError: ``paper`` is neither "a4" nor "letter".
    """
    size = PAPER_SIZES.get(paper.casefold())
    if size is None:
        raise ValueError(f"unknown paper size {paper!r} (choose a4 or letter)")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            _MARGIN_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def lay_out(document: QTextDocument, writer: QPdfWriter) -> QRectF:
    """Lay ``document`` out in the writer's pixels, paginated; returns one page's body area.

    The body sits between the header and footer bands, in page coordinates.
    """
    dpi = writer.resolution()
    band = _BAND_PT * dpi / 72.0
    area = QRectF(writer.pageLayout().paintRectPixels(dpi))
    body = QRectF(0.0, band, area.width(), area.height() - 2 * band)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(QSizeF(body.width(), body.height()))
    return body


def paint_pages(writer: QPdfWriter, document: QTextDocument, frame: PageFrame) -> int:
    """Lay ``document`` out on the writer's pages and paint them; returns the page count.

    Raises:
        OSError: the writer could not start (its file cannot be opened).
    """
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        dpi = writer.resolution()
        band = _BAND_PT * dpi / 72.0
        area = QRectF(writer.pageLayout().paintRectPixels(dpi))
        body = lay_out(document, writer)
        pages = max(document.pageCount(), 1)
        for index in range(pages):
            if index:
                writer.newPage()
            _header(painter, frame, area.width(), band, dpi)
            painter.save()
            painter.translate(QPointF(0.0, band - index * body.height()))
            clip = QRectF(0.0, index * body.height(), body.width(), body.height())
            document.drawContents(painter, clip)
            painter.restore()
            _footer(painter, frame, area.width(), area.height(), band, index + 1, pages, dpi)
        return pages
    finally:
        painter.end()


def _band_font(painter: QPainter, *, bold: bool = False) -> None:
    font = pack_font(8.0)
    font.setBold(bold)
    painter.setFont(QFont(font, painter.device()))


def _header(painter: QPainter, frame: PageFrame, width: float, band: float, dpi: int) -> None:
    text_area = QRectF(0.0, 0.0, width, band * 0.7)
    painter.setPen(QColor(frame.accent))
    _band_font(painter, bold=True)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_area, left, frame.header_left)
    _band_font(painter)
    painter.setPen(_MUTED)
    if frame.header_flag:
        _band_font(painter, bold=True)
        painter.setPen(_WARN)
        painter.drawText(text_area, right, f"{frame.header_flag}  ·  {frame.header_right}")
    else:
        painter.drawText(text_area, right, frame.header_right)
    painter.setPen(QPen(QColor(frame.accent), dpi / 72.0))
    painter.drawLine(QPointF(0.0, band * 0.78), QPointF(width, band * 0.78))


def _footer(
    painter: QPainter,
    frame: PageFrame,
    width: float,
    height: float,
    band: float,
    page: int,
    pages: int,
    dpi: int,
) -> None:
    top = height - band
    painter.setPen(QPen(_MUTED, dpi / 144.0))
    painter.drawLine(QPointF(0.0, top + band * 0.22), QPointF(width, top + band * 0.22))
    text_area = QRectF(0.0, top + band * 0.3, width, band * 0.7)
    _band_font(painter)
    painter.setPen(_MUTED)
    painter.drawText(
        text_area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, frame.footer_left
    )
    painter.setPen(_TEXT_COLOR)
    painter.drawText(
        text_area,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        frame.footer_right.format(page=page, pages=pages),
    )
