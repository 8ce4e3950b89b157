"""A JSON reader that keeps the line of every key and item, and refuses duplicate keys.

The ``json`` module is the judge of syntax (its messages and error lines are what users expect),
but it forgets positions and keeps the last of two equal keys. So once ``json.loads`` has
accepted the text, a single regular-expression walk over the tokens rebuilds the value through
the shared :class:`~cxcareer.framework.located.Builder`, which knows each token's line. Because
the text is already known to be valid JSON, the walk needs no error handling of its own.

Control characters inside strings (a tab pasted into a description) are accepted, as most
editors and YAML do; ``NaN``, ``Infinity`` and bombs are not
(:mod:`~cxcareer.framework.json_bounds`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from cxcareer.framework.json_bounds import JsonOutOfBounds, loads_bounded
from cxcareer.framework.located import Builder, Parsed, Refusal

__all__ = ["parse_json"]

_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"'  # string (may hold raw tabs or newlines: non-strict JSON)
    r"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?"  # number
    r"|true|false|null|[{}\[\]:,]",
    re.S,
)
_CONSTANTS: dict[str, Any] = {"true": True, "false": False, "null": None}


def _scalar(token: str) -> Any:
    """A JSON token's value; the common cases skip the general decoder."""
    first = token[0]
    if first == '"':
        return json.loads(token, strict=False) if "\\" in token else token[1:-1]
    if token in _CONSTANTS:
        return _CONSTANTS[token]
    if token.isdigit():
        return int(token)
    return json.loads(token)


def parse_json(text: str) -> Parsed:
    """Parse JSON as the ``json`` module does, keeping lines and refusing duplicate keys.

    Never raises for bad content: problems come back in :attr:`Parsed.problems` with their line.
    """
    parsed = Parsed()
    try:
        loads_bounded(text, strict=False)
    except json.JSONDecodeError as error:
        parsed.problems.append((error.lineno, f"JSON syntax error: {error.msg}"))
        return parsed
    except JsonOutOfBounds as error:
        parsed.problems.append((error.line, error.message))
        return parsed
    builder = Builder(parsed)
    line, last = 1, 0
    try:
        for match in _TOKEN.finditer(text):
            start = match.start()
            line += text.count("\n", last, start)
            last = start
            token = match.group()
            if token == "{":
                builder.start({}, line)
            elif token == "[":
                builder.start([], line)
            elif token == "}" or token == "]":
                builder.end()
            elif token != ":" and token != ",":
                builder.scalar(_scalar(token), line)
    except Refusal as refusal:
        parsed.problems.append((refusal.line, refusal.message))
    return parsed
