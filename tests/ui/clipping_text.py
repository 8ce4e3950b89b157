"""What a text needs and how a miss is told: shared by the clipping checker's modules.

Why apart: the widget checks (:mod:`tests.ui.clipping`) and the item-view checks
(:mod:`tests.ui.clipping_views`) measure text the same way: the room for a wrapped text, a word
cut inside, a text squeezed to about one word per line, an elided text whose tooltip holds it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

__all__ = ["ELLIPSIS", "SLACK", "Clip", "plain", "same", "told_in", "wrapped_problems"]

#: Rounding slack, in pixels.
SLACK = 1
#: A wrapped text of this many words or more may not take almost one line per word.
_SQUEEZE_WORDS = 4
#: ... that is, wrapped to this many lines or more with fewer words than this on each on average.
_SQUEEZE_LINES = 3
_WORDS_PER_LINE = 1.3
ELLIPSIS = "…"


@dataclass(frozen=True)
class Clip:
    """One text that does not fit: where, what, and how much room it needs and has."""

    where: str
    text: str
    problem: str
    needed: int = 0
    available: int = 0

    def __str__(self) -> str:
        room = f" (needs {self.needed}px, has {self.available}px)" if self.needed else ""
        return f"{self.where}: {self.text!r} {self.problem}{room}"


def plain(text: str) -> str:
    """The text as drawn: ``&&`` is one ampersand, a single ``&`` marks a shortcut."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def same(text: str) -> str:
    return " ".join(plain(text).split())


def told_in(text: str, tip: object) -> bool:
    """The whole of ``text`` (less an ellipsis its model already put at its end) is in ``tip``."""
    shown = same(text)
    if shown.endswith(ELLIPSIS):
        shown = shown[: -len(ELLIPSIS)].rstrip()
    return bool(shown) and shown in same(str(tip or ""))


def _words_fit(metrics: QFontMetrics, text: str, width: int) -> str | None:
    """The first word wider than ``width`` (it would be cut inside), else None."""
    for word in text.split():
        if metrics.horizontalAdvance(word) > width + SLACK:
            return word
    return None


def _wrapped_lines(metrics: QFontMetrics, text: str, width: int) -> int:
    rect = metrics.boundingRect(QRect(0, 0, max(width, 1), 1_000_000), _WRAP, text)
    return max(1, round(rect.height() / max(metrics.lineSpacing(), 1)))


_WRAP = int(Qt.TextFlag.TextWordWrap)


def _squeezed(metrics: QFontMetrics, text: str, width: int) -> bool:
    """About one word per line: the wrap leaves no room to read the text as sentences."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    if words < _SQUEEZE_WORDS:
        return False
    lines = sum(_wrapped_lines(metrics, p, width) for p in paragraphs)
    return lines >= _SQUEEZE_LINES and words < _WORDS_PER_LINE * lines


def wrapped_problems(
    where: str, metrics: QFontMetrics, text: str, width: int, height: int | None
) -> Iterator[Clip]:
    word = _words_fit(metrics, text, width)
    if word is not None:
        yield Clip(
            where, text, f"is cut inside the word {word!r}", metrics.horizontalAdvance(word), width
        )
        return
    if _squeezed(metrics, text, width):
        yield Clip(where, text, f"is squeezed to about one word per line ({width}px wide)")
        return
    if height is not None:
        lines = sum(_wrapped_lines(metrics, p, width) for p in text.split("\n"))
        needed = lines * metrics.lineSpacing()
        if needed > height + metrics.descent() + SLACK:
            yield Clip(where, text, f"is cut at the bottom ({needed}px tall, has {height}px)")
