"""JSON read within bounds: NaN, Infinity, overlong numbers and stack-deep nesting refused
with their line.

Why: ``json.loads`` accepts ``NaN`` and ``Infinity`` (which are not JSON), turns ``1e999`` into
infinity, raises a bare ``ValueError`` past 4,300 digits and ``RecursionError`` on deep nesting —
none of them with a line, so a framework file or a bundle built as a bomb reached the
"internal error" path. Framework files and bundles both read JSON through :func:`loads_bounded`.

Valid files take the fast path: ``json.loads`` with hooks that look only at numbers. Only a
refused file is scanned again, token by token (:func:`locate`), to find the line of the problem.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from cxcareer.framework.limits import MAX_DEPTH, MAX_NUMBER_CHARS

__all__ = ["JsonOutOfBounds", "loads_bounded", "locate"]


class JsonOutOfBounds(ValueError):
    """A JSON text outside the bounds, with the 1-based ``line`` of the first problem."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class _Refused(Exception):
    """Raised by the hooks to leave ``json.loads`` at the first value out of bounds."""


def _refuse_constant(name: str) -> Any:
    raise _Refused(name)


def _integer(digits: str) -> int:
    if len(digits) > MAX_NUMBER_CHARS:
        raise _Refused(digits)
    return int(digits)


def _decimal(digits: str) -> float:
    value = float(digits)
    if len(digits) > MAX_NUMBER_CHARS or not math.isfinite(value):
        raise _Refused(digits)
    return value


def loads_bounded(text: str, *, strict: bool = True) -> Any:
    """``json.loads(text)``, refusing what :func:`locate` describes.

    Raises:
        json.JSONDecodeError: the text is not JSON (with its line, as ``json`` says it).
        JsonOutOfBounds: the text is JSON but out of bounds (with the line of the problem).
    """
    try:
        return json.loads(
            text,
            strict=strict,
            parse_constant=_refuse_constant,
            parse_int=_integer,
            parse_float=_decimal,
        )
    except (_Refused, RecursionError):
        pass  # leave the except block so the scan below runs on a short stack
    raise JsonOutOfBounds(*locate(text))


_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"'  # a string, skipped whole
    r"|[\[{]|[\]}]"
    r"|-?[0-9][0-9.eE+-]*"  # a number, however long
    r"|-?[A-Za-z]+",  # true, false, null, NaN, Infinity, -Infinity
    re.S,
)
_NOT_NUMBERS = ("NaN", "Infinity", "-Infinity")


def _number_problem(token: str) -> str | None:
    if len(token) > MAX_NUMBER_CHARS:
        return f"a number written with more than {MAX_NUMBER_CHARS} characters"
    if any(mark in token for mark in ".eE"):
        try:
            finite = math.isfinite(float(token))
        except ValueError:
            return None  # not a number at all: json says so
        if not finite:
            return f"the number {token} is too large"
    return None


def locate(text: str) -> tuple[int, str]:
    """The line and description of the first thing out of bounds in ``text``.

    Nesting deeper than :data:`MAX_DEPTH`, a number longer than :data:`MAX_NUMBER_CHARS` or too
    large for a decimal, and ``NaN``/``Infinity``. Returns line 1 and a general message if none
    is found (not expected for a text :func:`loads_bounded` refused).
    """
    line, last, depth = 1, 0, 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            continue
        start = match.start()
        line += text.count("\n", last, start)
        last = start
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, f"nested more than {MAX_DEPTH} levels deep"
        elif first in "]}":
            depth -= 1
        elif token in _NOT_NUMBERS:
            return line, f"{token} is not a number JSON allows"
        elif first == "-" or first.isdigit():
            problem = _number_problem(token)
            if problem is not None:
                return line, problem
    return 1, "the JSON is out of bounds"
