"""The bookkeeping shared by the validation steps: where a value is, and the problems found.

Validation never stops at the first problem; every step records what it finds here and carries
on with what is usable, so a user fixes a file in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from cxcareer.framework.errors import Problem, Severity
from cxcareer.framework.located import key_text
from cxcareer.framework.model import closest_ids
from cxcareer.framework.text import Text

__all__ = ["ID_PATTERN", "Checker", "Path"]

Path = tuple[str | int, ...]

#: Ids of frameworks, tracks, skills and roles: lowercase letters, digits and dashes.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    return {
        int: "a whole number",
        float: "a decimal number",
        str: "text",
        dict: "a map",
        list: "a list",
    }.get(type(value), type(value).__name__)


class Checker:
    """Collects problems for one file; knows the line of every path in it."""

    def __init__(self, filename: str, lines: dict[Path, int]) -> None:
        self.filename = filename
        self.lines = lines
        self.problems: list[Problem] = []

    # --- reporting ----------------------------------------------------------------------------
    def line(self, path: Path) -> int:
        """The line of ``path``, or of its nearest written ancestor."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 0)

    @staticmethod
    def where(path: Path) -> str:
        """``("roles", 3, "requires", "x")`` -> ``roles[3].requires.x``."""
        out = ""
        for part in path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out

    def error(self, path: Path, message: str, line: int | None = None) -> None:
        self.problems.append(
            Problem(
                self.filename, self.line(path) if line is None else line, self.where(path), message
            )
        )

    def warn(self, path: Path, message: str) -> None:
        self.problems.append(
            Problem(self.filename, self.line(path), self.where(path), message, Severity.WARNING)
        )

    @property
    def failed(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    # --- shapes -------------------------------------------------------------------------------
    def mapping(
        self,
        value: Any,
        path: Path,
        required: Iterable[str],
        optional: Iterable[str],
    ) -> dict[str, Any] | None:
        """``value`` if it is a map: reports missing and unknown keys; None if not a map."""
        if not isinstance(value, dict):
            self.error(path, f"expected a map, found {_type_name(value)}")
            return None
        required = tuple(required)
        allowed = (*required, *optional)
        for key in required:
            if key not in value:
                self.error(path, f"missing required key '{key}'")
        for key in value:
            if key not in allowed:
                hint = closest_ids(str(key), allowed)
                extra = f"; did you mean '{hint[0]}'?" if hint else ""
                self.error((*path, key_text(key)), f"unknown key '{key_text(key)}'{extra}")
        return value

    def list_of(self, value: Any, path: Path) -> list[Any]:
        """``value`` if it is a list, else an error and an empty list."""
        if isinstance(value, list):
            return value
        self.error(path, f"expected a list, found {_type_name(value)}")
        return []

    def integer(self, value: Any, path: Path, what: str = "a whole number") -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.error(path, f"expected {what}, found {_type_name(value)} {value!r}")
        return None

    def text(self, value: Any, path: Path) -> Text | None:
        """A plain string or a map of language tag to string."""
        if isinstance(value, str):
            if not value.strip():
                self.error(path, "text is empty")
                return None
            return Text.plain(value)
        if isinstance(value, dict) and value:
            good: dict[str, str] = {}
            for tag, item in value.items():
                if not isinstance(tag, str) or not _LANGUAGE_TAG.match(tag):
                    self.error(
                        (*path, str(tag)), f"'{tag}' is not a language tag such as en, pt-BR"
                    )
                elif not isinstance(item, str) or not item.strip():
                    self.error((*path, tag), f"expected non-empty text, found {_type_name(item)}")
                else:
                    good[tag] = item
            return Text(good) if len(good) == len(value) else None
        self.error(
            path,
            "expected a text: a string, or a map of language tag to string "
            f"(en: ..., pt-BR: ...), found {_type_name(value)}",
        )
        return None

    def optional_text(self, doc: dict[str, Any], key: str, path: Path) -> Text:
        if key not in doc:
            return Text()
        return self.text(doc[key], (*path, key)) or Text()

    def identifier(self, value: Any, path: Path) -> str | None:
        if not isinstance(value, str):
            self.error(path, f"expected an id, found {_type_name(value)} {value!r}")
            return None
        if not ID_PATTERN.match(value):
            self.error(
                path,
                f"'{value}' is not a valid id: use lowercase letters, digits and "
                "dashes, starting with a letter or digit",
            )
            return None
        return value

    def reference(self, value: Any, path: Path, kind: str, known: Collection[str]) -> str | None:
        """An id that must name something declared (``kind`` is "role", "skill" or "track")."""
        if not isinstance(value, str):
            self.error(path, f"expected a {kind} id, found {_type_name(value)} {value!r}")
            return None
        if value not in known:
            hint = closest_ids(value, known)
            extra = f"; did you mean {', '.join(repr(h) for h in hint)}?" if hint else ""
            self.error(path, f"unknown {kind} '{value}'{extra}")
            return None
        return value
