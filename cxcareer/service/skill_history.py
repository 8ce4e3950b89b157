"""A skill's ratings over time as step series, ready to draw: self and manager, oldest first.

Why steps: a rating holds until the next rating from the same side replaces it, so the honest
picture is a level that stays flat and then jumps, not a line sloping between two dates. The
layout numbers (where a date falls between the first rating and today, the level range) live
here so the chart widget only paints and the arithmetic is tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cxcareer.service.career import RatingPoint
from cxcareer.store.records import Assessor

__all__ = ["HistoryChartData", "HistorySeries", "Step", "history_chart"]

#: The shortest time span drawn, so ratings given minutes apart still spread out.
MIN_SPAN = timedelta(days=1)


@dataclass(frozen=True)
class Step:
    """A level held from ``start`` until ``end`` (the next rating, or the end of the chart)."""

    start: datetime
    end: datetime
    level: int


@dataclass(frozen=True)
class HistorySeries:
    """The ratings from one side (self or manager) and the steps they make."""

    assessor: Assessor
    points: tuple[RatingPoint, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class HistoryChartData:
    """Both series of one skill on a shared time axis and level axis."""

    own: HistorySeries
    manager: HistorySeries
    start: datetime
    end: datetime
    min_level: int
    max_level: int

    @property
    def empty(self) -> bool:
        """True when the skill has never been rated."""
        return not self.own.points and not self.manager.points

    def position(self, moment: datetime) -> float:
        """Where ``moment`` falls on the time axis: 0.0 at the start, 1.0 at the end."""
        span = (self.end - self.start).total_seconds()
        if span <= 0:
            return 0.0
        return min(max((moment - self.start).total_seconds() / span, 0.0), 1.0)

    def height(self, level: int) -> float:
        """Where ``level`` falls on the level axis: 0.0 at the bottom, 1.0 at the top."""
        span = self.max_level - self.min_level
        return (level - self.min_level) / span if span > 0 else 0.0

    def ticks(self, count: int) -> tuple[datetime, ...]:
        """``count`` evenly spaced dates from start to end (at least the two ends)."""
        count = max(count, 2)
        step = (self.end - self.start) / (count - 1)
        return tuple(self.start + step * n for n in range(count))


def _series(assessor: Assessor, points: Sequence[RatingPoint], end: datetime) -> HistorySeries:
    mine = tuple(sorted((p for p in points if p.assessor is assessor), key=lambda p: p.assessed_at))
    steps = []
    for n, point in enumerate(mine):
        until = mine[n + 1].assessed_at if n + 1 < len(mine) else end
        steps.append(Step(point.assessed_at, max(until, point.assessed_at), point.level))
    return HistorySeries(assessor, mine, tuple(steps))


def history_chart(
    points: Sequence[RatingPoint],
    *,
    max_level: int,
    now: datetime | None = None,
) -> HistoryChartData:
    """Lay out ``points`` (any order) from the first rating until ``now``.

    Args:
        points: every rating of one skill, as :meth:`CareerApp.history` returns them.
        max_level: the top of the framework's scale; the level axis runs from 0 (not yet).
        now: the right end of the time axis (the current time when omitted); the latest
            rating of each side holds until then.
    """
    now = now or datetime.now(UTC)
    moments = [point.assessed_at for point in points]
    end = max([now, *moments])
    start = min(moments) if moments else end - MIN_SPAN
    if end - start < MIN_SPAN:
        start = end - MIN_SPAN
    return HistoryChartData(
        own=_series(Assessor.SELF, points, end),
        manager=_series(Assessor.MANAGER, points, end),
        start=start,
        end=end,
        min_level=0,
        max_level=max([max_level, *(point.level for point in points)]),
    )
