"""A small step chart of one skill's ratings: self and manager levels over time.

Why painted by hand: QtCharts is not part of PySide6-Essentials, and two step series on a date
axis need little. The two series differ in line style and marker shape as well as colour, and
the widget's accessible description lists every point, so the chart does not depend on sight
or colour. The layout arithmetic lives in :mod:`cxcareer.service.skill_history`; the colours
come from the theme's :class:`~cxcareer.ui.common.palette.Palette` at each paint, so a theme
switch redraws it in the new colours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cxcareer.service.career import PersonSnapshot, RatingPoint
from cxcareer.service.formats import format_date
from cxcareer.service.skill_history import HistoryChartData, HistorySeries, history_chart
from cxcareer.store.records import Assessor
from cxcareer.ui.common import phrases
from cxcareer.ui.common.palette import colour, current_palette
from cxcareer.ui.skills.labels import level_label

__all__ = ["HistoryChart"]

_MARK = 4.0


class HistoryChart(QWidget):
    """Self and manager levels of one skill as steps; dates across, levels up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: HistoryChartData | None = None
        self._view: PersonSnapshot | None = None
        self._skill = ""
        self._points: tuple[RatingPoint, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._describe()

    # -- data ---------------------------------------------------------------------------
    @property
    def chart_data(self) -> HistoryChartData | None:
        """What is drawn (None: no skill chosen)."""
        return self._data

    @property
    def points(self) -> tuple[RatingPoint, ...]:
        """The ratings drawn, oldest first."""
        return self._points

    def set_history(
        self, view: PersonSnapshot | None, skill: str, points: Sequence[RatingPoint]
    ) -> None:
        """Draw ``points`` (from ``CareerApp.history``) of ``skill``; no view: clear."""
        self._view = view
        self._skill = skill if view is not None else ""
        self._points = tuple(sorted(points, key=lambda p: p.assessed_at)) if view else ()
        self._data = (
            history_chart(self._points, max_level=view.framework.scale.max)
            if view is not None
            else None
        )
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
        super().changeEvent(event)

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Rating history"))
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())

    def description(self) -> str:
        """Every point in words, for screen readers and the tooltip."""
        view = self._view
        if view is None:
            return self.tr("Choose a skill to see its ratings over time.")
        name = view.skill_name(self._skill)
        if not self._points:
            return self.tr("{skill} has not been rated yet.").format(skill=name)
        lines = [self.tr("Ratings of {skill}, oldest first:").format(skill=name)]
        for point in self._points:
            when = format_date(point.assessed_at, view.lang)
            level = level_label(view, point.level)
            if point.assessor is Assessor.SELF:
                line = self.tr("{date}: self, {level}").format(date=when, level=level)
            else:
                line = self.tr("{date}: manager, {level}").format(date=when, level=level)
            lines.append(line)
        return "\n".join(lines)

    # -- painting -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 60, metrics.height() * 10)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 30, metrics.height() * 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        data, view = self._data, self._view
        if data is None or view is None:
            self._message(painter, self.tr("Choose a skill to see its ratings over time."))
            return
        plot = self.plot_rect(data)
        self._axes(painter, data, plot)
        colours = current_palette()
        for series, line, dashed in (
            (data.own, colour(colours.self_series), False),
            (data.manager, colour(colours.manager_series), True),
        ):
            self._series(painter, data, plot, series, line, dashed)
        self._legend(painter, plot)
        if data.empty:
            self._message(painter, phrases.not_rated_yet())
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def _message(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(self.rect()),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            text,
        )

    def plot_rect(self, data: HistoryChartData) -> QRectF:
        """Where the steps are drawn: the widget less room for the legend, levels and dates."""
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(str(level))
            for level in range(data.min_level, data.max_level + 1)
        )
        left = widest + metrics.averageCharWidth() * 2
        top = metrics.height() * 2  # room for the legend
        bottom = metrics.height() * 2  # room for the dates
        right = metrics.averageCharWidth() * 6  # room for the last date's second half
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def _x(self, data: HistoryChartData, plot: QRectF, moment: datetime) -> float:
        return plot.left() + data.position(moment) * plot.width()

    def _y(self, data: HistoryChartData, plot: QRectF, level: int) -> float:
        return plot.bottom() - data.height(level) * plot.height()

    def _axes(self, painter: QPainter, data: HistoryChartData, plot: QRectF) -> None:
        assert self._view is not None
        palette = self.palette()
        metrics = self.fontMetrics()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        text = palette.color(QPalette.ColorRole.Text)
        # Every level gets its grid line; its number only when the numbers do not touch (a
        # short chart wrote 0 to 7 over each other).
        span = max(1, data.max_level - data.min_level)
        every = max(1, math.ceil(metrics.height() / max(plot.height() / span, 1.0)))
        for level in range(data.min_level, data.max_level + 1):
            y = self._y(data, plot, level)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if (level - data.min_level) % every:
                continue
            painter.setPen(text)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(level)
            )
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for moment, box, label in self.date_labels(data, plot):
            x = self._x(data, plot, moment)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def date_labels(
        self, data: HistoryChartData, plot: QRectF
    ) -> list[tuple[datetime, QRectF, str]]:
        """The dates written under the plot and where: as many evenly spaced dates as fit side
        by side (at least the first), none drawn over another — a Portuguese date ("26 de jun.
        de 2026") is twice as long as an English one, and three of them overlapped."""
        assert self._view is not None
        metrics = self.fontMetrics()
        gap = metrics.averageCharWidth() * 2
        widest = metrics.horizontalAdvance(format_date(data.end, self._view.lang)) + 4
        count = max(2, min(4, int((plot.width() + gap) // (widest + gap))))
        placed: list[tuple[datetime, QRectF, str]] = []
        ticks = data.ticks(count)
        for n, moment in enumerate(ticks):
            label = format_date(moment, self._view.lang)
            if placed and label == placed[-1][2]:  # a short history: one date per day is enough
                continue
            width = metrics.horizontalAdvance(label) + 4
            x = self._x(data, plot, moment)
            left = x if n == 0 else x - width if n == len(ticks) - 1 else x - width / 2
            box = QRectF(left, plot.bottom() + 6, width, metrics.height())
            if placed and box.left() < placed[-1][1].right() + gap:
                continue
            placed.append((moment, box, label))
        return placed

    def _series(
        self,
        painter: QPainter,
        data: HistoryChartData,
        plot: QRectF,
        series: HistorySeries,
        line: QColor,
        dashed: bool,
    ) -> None:
        pen = QPen(line, 2.2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        previous: QPointF | None = None
        for step in series.steps:
            y = self._y(data, plot, step.level)
            start = QPointF(self._x(data, plot, step.start), y)
            if previous is not None:
                painter.drawLine(previous, start)
            end = QPointF(self._x(data, plot, step.end), y)
            painter.drawLine(start, end)
            previous = end
        painter.setPen(QPen(line, 1.5))
        painter.setBrush(line)
        for step in series.steps:
            centre = QPointF(self._x(data, plot, step.start), self._y(data, plot, step.level))
            _marker(painter, centre, square=dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        y = metrics.height() * 0.9
        x = plot.left()
        colours = current_palette()
        for label, line, dashed in (
            (self.tr("Self"), colour(colours.self_series), False),
            (self.tr("Manager"), colour(colours.manager_series), True),
        ):
            style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
            painter.setPen(QPen(line, 2.2, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 24, y))
            painter.setPen(QPen(line, 1.5))
            painter.setBrush(line)
            _marker(painter, QPointF(x + 12, y), square=dashed)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            text_left = x + 30
            painter.drawText(
                QRectF(
                    text_left,
                    y - metrics.height() / 2,
                    metrics.horizontalAdvance(label) + 4,
                    metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x = text_left + metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 3


def _marker(painter: QPainter, centre: QPointF, *, square: bool) -> None:
    box = QRectF(centre.x() - _MARK, centre.y() - _MARK, 2 * _MARK, 2 * _MARK)
    if square:
        painter.drawRect(box)
    else:
        painter.drawEllipse(box)
