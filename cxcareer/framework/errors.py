"""Problems found in framework files, and the one exception family of this package.

Every problem carries the file, the line, the place inside the document and a message, so a user
can go straight to it: ``team.yaml:41: roles[3].requires.coaching: unknown skill 'coaching'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

__all__ = [
    "SHOWN_PROBLEMS",
    "FrameworkError",
    "FrameworkInvalid",
    "Problem",
    "Severity",
    "UnknownIdError",
    "first_shown",
]

#: At most this many problems of one file are shown — by the CLI (``framework check``,
#: ``framework import``, ``import``) and by the app's problem lists — then a count of the rest:
#: a generated file once printed 300,005 lines, which nobody reads and which buries the first.
SHOWN_PROBLEMS = 100

_T = TypeVar("_T")


def first_shown(problems: Sequence[_T]) -> tuple[Sequence[_T], int]:
    """The problems to show (the first :data:`SHOWN_PROBLEMS`) and how many more there are."""
    return problems[:SHOWN_PROBLEMS], max(0, len(problems) - SHOWN_PROBLEMS)


class Severity(StrEnum):
    """How bad a problem is: errors make a file unusable, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or suspicious) in a framework document.

    Attributes:
        file: the file name as the user gave it (or ``<string>``).
        line: 1-based line number, or 0 when the problem concerns the whole file.
        where: a path into the document such as ``roles[3].requires.coaching`` (``""`` for the
            whole document).
        message: what is wrong, in plain words.
        severity: error or warning.
    """

    file: str
    line: int
    where: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where else ""
        return f"{self.file}:{self.line}: {place}{self.message}"

    def as_dict(self) -> dict[str, str | int]:
        """A JSON-friendly form."""
        return {
            "file": self.file,
            "line": self.line,
            "where": self.where,
            "message": self.message,
            "severity": self.severity.value,
        }


class FrameworkError(Exception):
    """Base class of every error raised by :mod:`cxcareer.framework`."""


class FrameworkInvalid(FrameworkError):
    """A framework document could not be used; ``problems`` lists every problem found at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        errors, more = first_shown([p for p in self.problems if p.severity is Severity.ERROR])
        shown = "\n".join(str(p) for p in errors) or "invalid framework"
        super().__init__(shown + (f"\n… and {more} more" if more else ""))

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Only the problems that are errors."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)


class UnknownIdError(FrameworkError, LookupError):
    """A role, skill or track id that the framework does not declare.

    ``suggestions`` holds the closest valid ids, best first, for messages such as
    "unknown role 'team-leed'; did you mean 'team-lead'?".
    """

    def __init__(self, kind: str, value: str, suggestions: Iterable[str] = ()) -> None:
        self.kind = kind
        self.value = value
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        hint = ""
        if self.suggestions:
            hint = f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?"
        super().__init__(f"unknown {kind} {value!r}{hint}")
