"""Plain values plus the line of every mapping key and list item, shared by both readers.

Validation reports ``FILE:LINE: where: message``, so the readers keep, for each path into the
document (``("roles", 3, "requires", "coaching")``), the line where it was written. The YAML
reader (:mod:`cxcareer.framework.yamlsafe`) and the JSON reader
(:mod:`cxcareer.framework.json_located`) both feed the one :class:`Builder` here, so duplicate
keys, nesting limits and paths behave identically whichever format a user writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cxcareer.framework.limits import MAX_DEPTH

__all__ = ["MAX_DEPTH", "Builder", "Parsed", "Path", "Refusal", "key_text"]

Path = tuple[str | int, ...]


@dataclass
class Parsed:
    """A parsed document: ``value`` (dicts, lists, scalars), ``lines`` per path, and problems.

    ``problems`` holds ``(line, message)`` pairs; when it is not empty ``value`` may be partial
    or ``None`` and must not be validated.
    """

    value: Any = None
    lines: dict[Path, int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)


class Refusal(Exception):
    """Raised inside a reader to stop at something it will not read (alias, tag, depth...)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_NO_KEY = object()
_BAD_KEY = object()


def key_text(key: Any) -> str:
    """The form a mapping key takes inside a path (always text, so ``levels.3`` is never
    mistaken for a list index and YAML ``3`` and ``true`` keys get lines like any other)."""
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


class Builder:
    """Builds nested values from start/end/scalar calls, recording each path's line.

    Duplicate keys are reported (with the line of both) instead of silently keeping the last,
    which is what ``yaml.safe_load`` and ``json.loads`` do.
    """

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        # Each frame: [container, path, pending key (mappings), key line]
        self.stack: list[list[Any]] = []

    def _place(self, value: Any, line: int) -> Path | None:
        """Attach ``value`` to the open container; returns its path (None for a mapping key)."""
        if not self.stack:
            self.parsed.value = value
            self.parsed.lines[()] = line
            return ()
        frame = self.stack[-1]
        container, path = frame[0], frame[1]
        if type(container) is list:
            item_path = (*path, len(container))
            container.append(value)
            self.parsed.lines[item_path] = line
            return item_path
        if frame[2] is _NO_KEY:
            if isinstance(value, (dict, list)):
                self.parsed.problems.append(
                    (line, "a key must be a plain value, not a map or list")
                )
                frame[2] = _BAD_KEY
            else:
                frame[2], frame[3] = value, line
            return None
        key, key_line = frame[2], frame[3]
        frame[2] = _NO_KEY
        if key is _BAD_KEY:
            return (*path, "?")
        if type(key) is str:
            key_path = (*path, key)
        else:
            if isinstance(key, float) or key is None or isinstance(key, bool):
                key = key_text(key)
            key_path = (*path, key_text(key))
        if key in container:
            first = self.parsed.lines.get(key_path, 0)
            self.parsed.problems.append(
                (key_line, f"duplicate key {key!r} (first written on line {first})")
            )
            return key_path
        container[key] = value
        self.parsed.lines[key_path] = key_line
        return key_path

    def start(self, container: dict[Any, Any] | list[Any], line: int) -> None:
        """Open a map or list at ``line``."""
        if len(self.stack) >= MAX_DEPTH:
            raise Refusal(line, f"nested more than {MAX_DEPTH} levels deep")
        path = self._place(container, line)
        self.stack.append([container, path if path is not None else (), _NO_KEY, 0])

    def end(self) -> None:
        """Close the innermost map or list."""
        self.stack.pop()

    def scalar(self, value: Any, line: int) -> None:
        """Add a plain value (or a mapping key) at ``line``."""
        self._place(value, line)
