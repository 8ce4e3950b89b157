"""Errors raised by the career engine.

Unknown role and skill ids raise the framework's :class:`~cxcareer.framework.UnknownIdError`
(with "did you mean" suggestions); a level outside the scale raises :class:`InvalidLevelError`.
"""

from __future__ import annotations

from cxcareer.framework.errors import FrameworkError

__all__ = ["GraphError", "InvalidLevelError"]


class GraphError(FrameworkError):
    """Base class of every error raised by :mod:`cxcareer.graph`."""


class InvalidLevelError(GraphError, ValueError):
    """A person's level for ``skill`` is not an integer between ``minimum`` and ``maximum``.

    >>> str(InvalidLevelError("empathy", 9, 0, 7))
    "level 9 for skill 'empathy' is outside 0..7"
    """

    def __init__(self, skill: str, level: object, minimum: int, maximum: int) -> None:
        self.skill = skill
        self.level = level
        self.minimum = minimum
        self.maximum = maximum
        super().__init__(f"level {level!r} for skill {skill!r} is outside {minimum}..{maximum}")
