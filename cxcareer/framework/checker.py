"""The bookkeeping shared by the validation steps: where a value is, and the problems found.

Validation never stops at the first problem; every step records what it finds here and carries
on with what is usable, so a user fixes a file in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

from cxcareer.framework.errors import Problem, Severity
from cxcareer.framework.limits import MAX_ID_CHARS, MAX_LONG_TEXT_CHARS, MAX_TEXT_CHARS
from cxcareer.framework.located import key_text
from cxcareer.framework.model import closest_ids
from cxcareer.framework.text import Text

__all__ = ["ID_PATTERN", "Checker", "Path", "shown"]

Path = tuple[str | int, ...]

#: Ids of frameworks, tracks, skills and roles: lowercase letters, digits and dashes.
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
#: Candidates compared for "did you mean" hints in one file: a hint against 10,000 ids takes a
#: quarter of a second, so a file with thousands of unknown references must not ask for each.
_HINT_BUDGET = 20_000
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


def shown(value: Any) -> str:
    """``repr(value)`` cut to a readable length (a bomb's value must not become the message)."""
    if isinstance(value, (dict, list)):
        return "{...}" if isinstance(value, dict) else "[...]"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return "(a very large number)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Checker:
    """Collects problems for one file; knows the line of every path in it."""

    def __init__(self, filename: str, lines: dict[Path, int]) -> None:
        self.filename = filename
        self.lines = lines
        self.problems: list[Problem] = []
        self._hint_budget = _HINT_BUDGET

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

    def hints(self, value: str, candidates: Collection[str]) -> tuple[str, ...]:
        """The closest ``candidates`` to ``value``, while the file's hint budget lasts."""
        if len(value) > MAX_ID_CHARS or len(candidates) > self._hint_budget:
            return ()
        self._hint_budget -= len(candidates)
        return closest_ids(value, candidates)

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
                hint = self.hints(str(key), allowed)
                extra = f"; did you mean '{hint[0]}'?" if hint else ""
                self.error((*path, key_text(key)), f"unknown key {shown(key_text(key))}{extra}")
        return value

    def list_of(self, value: Any, path: Path, limit: int | None = None) -> list[Any]:
        """``value`` if it is a list, else an error and an empty list.

        A list longer than ``limit`` is an error; its first ``limit`` items are still returned,
        so their own problems are reported in the same run.
        """
        if not isinstance(value, list):
            self.error(path, f"expected a list, found {_type_name(value)}")
            return []
        if limit is not None and len(value) > limit:
            self.error(path, f"more than {limit:,} items ({len(value):,})")
            return value[:limit]
        return value

    def integer(self, value: Any, path: Path, what: str = "a whole number") -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.error(path, f"expected {what}, found {_type_name(value)} {shown(value)}")
        return None

    def _within(self, value: str, path: Path, limit: int) -> bool:
        if len(value) <= limit:
            return True
        self.error(path, f"longer than {limit:,} characters ({len(value):,})")
        return False

    def text(self, value: Any, path: Path, limit: int = MAX_TEXT_CHARS) -> Text | None:
        """A plain string or a map of language tag to string, each at most ``limit`` long."""
        if isinstance(value, str):
            if not value.strip():
                self.error(path, "text is empty")
                return None
            return Text.plain(value) if self._within(value, path, limit) else None
        if isinstance(value, dict) and value:
            good: dict[str, str] = {}
            for tag, item in value.items():
                if not isinstance(tag, str) or not _LANGUAGE_TAG.match(tag):
                    self.error(
                        (*path, str(tag)), f"'{tag}' is not a language tag such as en, pt-BR"
                    )
                elif not isinstance(item, str) or not item.strip():
                    self.error((*path, tag), f"expected non-empty text, found {_type_name(item)}")
                elif self._within(item, (*path, tag), limit):
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
        return self.text(doc[key], (*path, key), MAX_LONG_TEXT_CHARS) or Text()

    def identifier(self, value: Any, path: Path) -> str | None:
        if not isinstance(value, str):
            self.error(path, f"expected an id, found {_type_name(value)} {shown(value)}")
            return None
        if not self._within(value, path, MAX_ID_CHARS):
            return None
        if not ID_PATTERN.match(value):
            self.error(
                path,
                f"{shown(value)} is not a valid id: use lowercase letters, digits and "
                "dashes, starting with a letter or digit",
            )
            return None
        return value

    def reference(self, value: Any, path: Path, kind: str, known: Collection[str]) -> str | None:
        """An id that must name something declared (``kind`` is "role", "skill" or "track")."""
        if not isinstance(value, str):
            self.error(path, f"expected a {kind} id, found {_type_name(value)} {shown(value)}")
            return None
        if value not in known:
            hint = self.hints(value, known)
            extra = f"; did you mean {', '.join(repr(h) for h in hint)}?" if hint else ""
            self.error(path, f"unknown {kind} {shown(value)}{extra}")
            return None
        return value
