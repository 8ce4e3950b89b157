"""Parse YAML or JSON into plain values plus the line of every mapping key and list item.

Validation reports ``FILE:LINE: where: message``, so the parser keeps, for each path into the
document (``("roles", 3, "requires", "coaching")``), the line where it was written. Both formats
feed one small builder, so they behave alike.

YAML is read through libyaml's event stream (fast) and the tree is built here, which is where
anchors, aliases, custom tags and duplicate keys are refused: ``yaml.safe_load`` would expand
aliases (a few hundred bytes can become gigabytes) and silently keep the last of two equal keys.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

__all__ = ["MAX_DEPTH", "Parsed", "parse_json", "parse_yaml"]

#: Deeper nesting is refused: no valid framework comes close, and it keeps recursion bounded.
MAX_DEPTH = 64

Path = tuple[str | int, ...]

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

try:  # libyaml when present: an order of magnitude faster on big files
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML wheels ship libyaml
    _Loader = yaml.SafeLoader


@dataclass
class Parsed:
    """A parsed document: ``value`` (dicts, lists, scalars), ``lines`` per path, and problems.

    ``problems`` holds ``(line, message)`` pairs; when it is not empty ``value`` may be partial
    or ``None`` and must not be validated.
    """

    value: Any = None
    lines: dict[Path, int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)


class _Builder:
    """Builds nested values from start/end/scalar calls, recording each path's line."""

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        # Each frame: [container, path, pending key (mappings), key line]
        self.stack: list[list[Any]] = []
        self.done = False

    def _place(self, value: Any, line: int) -> Path | None:
        """Attach ``value`` to the open container; returns its path (None for a mapping key)."""
        if not self.stack:
            self.parsed.value = value
            self.parsed.lines[()] = line
            self.done = True
            return ()
        frame = self.stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            item_path = (*path, len(container))
            container.append(value)
            self.parsed.lines[item_path] = line
            return item_path
        if frame[2] is _NO_KEY:
            if isinstance(value, (dict, list)):
                problem = "a key must be a plain value, not a map or list"
                self.parsed.problems.append((line, problem))
                frame[2] = _BAD_KEY
            else:
                frame[2], frame[3] = value, line
            return None
        key, key_line = frame[2], frame[3]
        frame[2] = _NO_KEY
        if key is _BAD_KEY:
            return (*path, "?")
        if isinstance(key, bool) or key is None or isinstance(key, float):
            key = str(key).lower() if key is not None else "null"
        if key in container:
            first = self.parsed.lines.get((*path, str(key)), 0)
            self.parsed.problems.append(
                (key_line, f"duplicate key {key!r} (first written on line {first})")
            )
            return (*path, str(key))
        container[key] = value
        # Mapping keys go into paths as text, so ``levels.3`` is never mistaken for a list index.
        key_path = (*path, str(key))
        self.parsed.lines[key_path] = key_line
        return key_path

    def start(self, container: dict[Any, Any] | list[Any], line: int) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _TooDeep(line)
        path = self._place(container, line)
        self.stack.append([container, path if path is not None else (), _NO_KEY, 0])

    def end(self) -> None:
        self.stack.pop()

    def scalar(self, value: Any, line: int) -> None:
        self._place(value, line)


_NO_KEY = object()
_BAD_KEY = object()


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct(tag: str, value: str) -> Any:
    node = yaml.ScalarNode(tag, value)
    return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)


@lru_cache(maxsize=8192)
def _plain_scalar(value: str) -> Any:
    """The value of an unquoted scalar with the safe loader's implicit typing (cached: files
    repeat the same ids and numbers thousands of times)."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return value if tag == "tag:yaml.org,2002:str" else _construct(tag, value)


def _scalar_value(event: yaml.ScalarEvent) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        # libyaml reports plain scalars with style "", the pure-Python parser with None.
        return event.value if event.style or tag == "!" else _plain_scalar(event.value)
    return _construct(tag, event.value)


def parse_yaml(text: str) -> Parsed:
    """Parse one YAML document, refusing anchors, aliases, custom tags and duplicate keys."""
    parsed = Parsed()
    builder = _Builder(parsed)
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = event.start_mark.line + 1 if event.start_mark else 0
            if (
                type(event) is yaml.ScalarEvent
                and event.anchor is None
                and (event.tag is None or event.tag == "!" or event.tag in _CORE_TAGS)
            ):
                builder.scalar(_scalar_value(event), line)
                continue
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    parsed.problems.append((line, "only one YAML document is allowed per file"))
                    return parsed
                continue
            if isinstance(event, yaml.AliasEvent):
                parsed.problems.append(
                    (line, f"YAML aliases (*{event.anchor}) are not allowed; write the value out")
                )
                return parsed
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                parsed.problems.append(
                    (line, f"YAML anchors (&{anchor}) are not allowed; write each value out")
                )
                return parsed
            tag = getattr(event, "tag", None)
            explicit = tag is not None and tag != "!" and not _implicit(event)
            if explicit and tag not in _CORE_TAGS:
                parsed.problems.append((line, f"custom YAML tag {tag!r} is not allowed"))
                return parsed
            if isinstance(event, yaml.MappingStartEvent):
                builder.start({}, line)
            elif isinstance(event, yaml.SequenceStartEvent):
                builder.start([], line)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                builder.end()
    except _TooDeep as deep:
        parsed.problems.append((deep.line, f"nested more than {MAX_DEPTH} levels deep"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        parsed.problems.append((line, f"YAML syntax error: {error.problem or error}"))
    except (yaml.YAMLError, ValueError, OverflowError) as error:
        parsed.problems.append((0, f"YAML error: {error}"))
    if documents == 0 and not parsed.problems:
        parsed.problems.append((1, "the file is empty"))
    return parsed


def _implicit(event: yaml.Event) -> bool:
    implicit = getattr(event, "implicit", False)
    if isinstance(implicit, tuple):
        return bool(implicit[0] or implicit[1])
    return bool(implicit)


_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"'  # string
    r"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?"  # number
    r"|true|false|null|[{}\[\]:,]",
    re.S,
)


def parse_json(text: str) -> Parsed:
    """Parse JSON exactly as the ``json`` module does, keeping lines and refusing duplicate keys.

    The ``json`` module checks the syntax (and gives the line of an error); a token walk over the
    now-known-valid text then rebuilds the value with the line of every key and item.
    """
    parsed = Parsed()
    try:
        json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        parsed.problems.append((error.lineno, f"JSON syntax error: {error.msg}"))
        return parsed
    except (ValueError, RecursionError) as error:
        parsed.problems.append((0, f"JSON error: {error}"))
        return parsed
    builder = _Builder(parsed)
    line, last = 1, 0
    try:
        for match in _JSON_TOKEN.finditer(text):
            line += text.count("\n", last, match.start())
            last = match.start()
            token = match.group()
            if token == "{":
                builder.start({}, line)
            elif token == "[":
                builder.start([], line)
            elif token in ("}", "]"):
                builder.end()
            elif token not in (":", ","):
                builder.scalar(_json_scalar(token), line)
    except _TooDeep as deep:
        parsed.problems.append((deep.line, f"nested more than {MAX_DEPTH} levels deep"))
    return parsed


def _json_scalar(token: str) -> Any:
    """A JSON token's value; the common cases skip the general decoder."""
    if token[0] == '"' and "\\" not in token:
        return token[1:-1]
    if token.isdigit():
        return int(token)
    return json.loads(token)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")
