"""A YAML reader for untrusted framework files: lines kept, dangerous features refused.

``yaml.safe_load`` is not enough for files people download and share: it expands aliases (a few
hundred bytes can become gigabytes, the "billion laughs"), silently keeps the last of two equal
keys, and forgets where each value was written. So the document is read here from libyaml's
event stream (the C parser, an order of magnitude faster than pure Python) and the tree is built
by :class:`~cxcareer.framework.located.Builder`, which records the line of every key and item.
Anchors, aliases and any tag outside the YAML core schema stop the read with a clear problem.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from cxcareer.framework.limits import MAX_NUMBER_CHARS
from cxcareer.framework.located import Builder, Parsed, Refusal

__all__ = ["parse_yaml"]

_PREFIX = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = f"{_PREFIX}str", f"{_PREFIX}map", f"{_PREFIX}seq"
#: Scalar tags whose values become numbers, booleans or null; every other implicit tag the
#: resolver knows (timestamps, ``<<`` merge keys, ``=``) stays text, which is what a user means.
_TYPED = {f"{_PREFIX}{name}" for name in ("int", "float", "bool", "null")}
_SCALAR_TAGS = {_STR, *_TYPED}
_NUMBERS = {f"{_PREFIX}int", f"{_PREFIX}float"}

try:  # libyaml when present: an order of magnitude faster on big files
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML wheels ship libyaml
    _Loader = yaml.SafeLoader

_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _construct(tag: str, value: str, line: int) -> Any:
    """``value`` read as ``tag`` by the safe constructor, or a :class:`Refusal` if it cannot be.

    Numbers longer than :data:`MAX_NUMBER_CHARS` are refused before conversion: past 4,300
    digits Python refuses them anyway, and well before that they are slow and no real value.
    """
    short = tag.removeprefix(_PREFIX)
    if tag in _NUMBERS and len(value) > MAX_NUMBER_CHARS:
        raise Refusal(line, f"a number written with more than {MAX_NUMBER_CHARS} characters")
    node = yaml.ScalarNode(tag, value)
    try:
        return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
    except (ValueError, KeyError, OverflowError, TypeError, yaml.YAMLError):
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise Refusal(line, f"{shown!r} cannot be read as !!{short}") from None


@lru_cache(maxsize=8192)
def _plain(value: str) -> Any:
    """An unquoted scalar with the safe loader's implicit typing (cached: files repeat the same
    ids and numbers thousands of times). A refusal here has no line; :func:`_scalar` adds it."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    return _construct(tag, value, 0) if tag in _TYPED else value


def _scalar(event: yaml.ScalarEvent, line: int) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        # libyaml reports plain scalars with style "", the pure-Python parser with None;
        # quoted scalars and the non-specific "!" tag are always text.
        if event.style or tag == "!":
            return event.value
        try:
            return _plain(event.value)
        except Refusal as refusal:
            raise Refusal(line, refusal.message) from None
    if tag not in _SCALAR_TAGS:
        raise Refusal(line, _tag_message(tag, "a single value"))
    return event.value if tag == _STR else _construct(tag, event.value, line)


def _tag_message(tag: str, what: str) -> str:
    short = f"!!{tag.removeprefix(_PREFIX)}" if tag.startswith(_PREFIX) else tag
    if tag in {_MAP, _SEQ, *_SCALAR_TAGS}:
        return f"the YAML tag {short} does not fit {what}"
    return f"custom YAML tag {short} is not allowed; framework files use plain YAML only"


def _explicit(event: yaml.CollectionStartEvent) -> str | None:
    """The tag written on a map or list, if any (``!`` means none)."""
    tag = event.tag
    return None if tag is None or tag == "!" or event.implicit else tag


def _check_collection(event: yaml.CollectionStartEvent, expected: str, line: int) -> None:
    if event.anchor is not None:
        raise Refusal(line, f"YAML anchors (&{event.anchor}) are not allowed; write each value out")
    tag = _explicit(event)
    if tag is not None and tag != expected:
        what = "a map" if expected == _MAP else "a list"
        raise Refusal(line, _tag_message(tag, what))


def _read(text: str, parsed: Parsed) -> None:
    builder = Builder(parsed)
    documents = 0
    line = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = event.start_mark.line + 1 if event.start_mark else line
            if isinstance(event, yaml.ScalarEvent):
                if event.anchor is not None:
                    raise Refusal(
                        line, f"YAML anchors (&{event.anchor}) are not allowed; write it out"
                    )
                builder.scalar(_scalar(event, line), line)
            elif isinstance(event, yaml.MappingStartEvent):
                _check_collection(event, _MAP, line)
                builder.start({}, line)
            elif isinstance(event, yaml.SequenceStartEvent):
                _check_collection(event, _SEQ, line)
                builder.start([], line)
            elif isinstance(event, yaml.CollectionEndEvent):
                builder.end()
            elif isinstance(event, yaml.AliasEvent):
                raise Refusal(
                    line, f"YAML aliases (*{event.anchor}) are not allowed; write the value out"
                )
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise Refusal(line, "only one YAML document is allowed per file")
    except Refusal as refusal:
        parsed.problems.append((refusal.line, refusal.message))
    except yaml.reader.ReaderError as error:
        where = text.count("\n", 0, error.position) + 1 if error.position >= 0 else line
        code = error.character if isinstance(error.character, int) else ord(error.character)
        parsed.problems.append((where, f"the character U+{code:04X} is not allowed in YAML"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        parsed.problems.append(
            (mark.line + 1 if mark else line, f"YAML syntax error: {error.problem or error}")
        )
    except (yaml.YAMLError, ValueError) as error:  # e.g. control characters, lone surrogates
        parsed.problems.append((line, f"YAML error: {error}"))
    if documents == 0 and not parsed.problems:
        parsed.problems.append((1, "the file is empty"))


def parse_yaml(text: str) -> Parsed:
    """Parse one YAML document, refusing anchors, aliases, custom tags and duplicate keys.

    Never raises for bad content: problems come back in :attr:`Parsed.problems` with their line.
    """
    parsed = Parsed()
    _read(text, parsed)
    return parsed
