"""Seeded mutations of the built-in framework that are certain to make it invalid.

Each mutation is a bomb someone could write by hand or send inside a bundle: a scale of a billion
levels, numbers of thousands of digits, NaN and Infinity, nesting deeper than any reader's stack,
texts and lists past their limits, a promotion cycle, wrong types, a right-to-left override in
the version, a repeated key. Values the dumpers cannot write (a bare ``NaN``, 5,000 digits, a
nesting of 100,000 brackets) are put in as placeholders and written into the text afterwards.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from functools import cache
from typing import Any

import yaml

from cxcareer.framework import builtin_bytes
from cxcareer.framework.limits import (
    MAX_DEPTH,
    MAX_ID_CHARS,
    MAX_LEVEL,
    MAX_LONG_TEXT_CHARS,
    MAX_NUMBER_CHARS,
    MAX_REQUIREMENTS,
    MAX_RESPONSIBILITIES,
    MAX_ROLES,
    MAX_TEXT_CHARS,
    MAX_TRACKS,
    MAX_VERSION_CHARS,
)
from tests.framework.test_fuzz import _break_once

Doc = dict[str, Any]

#: Characters that make text read other than it is, or not at all.
HIDDEN = ["\u202e", "\u202d", "\u2066", "\u2067", "\u200f", "\u200b", "\ufeff", "\x07", "\x1b"]


@cache
def _builtin() -> Doc:
    doc: Doc = yaml.load(builtin_bytes(), Loader=yaml.CSafeLoader)
    return doc


def builtin_doc() -> Doc:
    """A fresh copy of the built-in framework as plain data."""
    return copy.deepcopy(_builtin())


class Bombs:
    """Raw tokens to write in place of placeholders once a document is dumped."""

    def __init__(self) -> None:
        self.raw: dict[str, tuple[str, str]] = {}

    def placeholder(self, json_token: str, yaml_token: str | None = None) -> str:
        key = f"BOMB{len(self.raw):04d}X"
        self.raw[key] = (json_token, json_token if yaml_token is None else yaml_token)
        return key

    def write(self, doc: Doc, kind: str) -> str:
        if kind == "json":
            text = json.dumps(doc, ensure_ascii=False, indent=1)
            for key, (token, _) in self.raw.items():
                text = text.replace(f'"{key}"', token)
        else:
            text = yaml.dump(doc, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
            for key, (_, token) in self.raw.items():
                text = text.replace(key, token)
        return text


def _any_role(doc: Doc, rng: random.Random) -> Doc:
    role: Doc = rng.choice(doc["roles"])
    return role


def _scale(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    doc["scale"]["max"] = rng.choice([MAX_LEVEL + 1, 1000, 10**9, 2**63, 10**40])
    if rng.random() < 0.5:
        _any_role(doc, rng)["level"] = rng.choice([2**63, 10**9, MAX_LEVEL + 5])


def _huge_number(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    digits = "9" * rng.choice([MAX_NUMBER_CHARS + 1, 400, 4_300, 4_400, 50_000])
    token = bombs.placeholder(rng.choice(["", "-"]) + digits)
    _place_value(doc, rng, token)


def _not_a_number(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    json_token, yaml_token = rng.choice(
        [("NaN", ".nan"), ("Infinity", ".inf"), ("-Infinity", "-.inf"), ("1e999", "1e999")]
    )
    token = bombs.placeholder(json_token, yaml_token)
    where = rng.randrange(3)
    if where == 0:
        _any_role(doc, rng)["level"] = token
    elif where == 1:
        rng.choice(doc["transitions"])["months"] = token
    else:
        doc["scale"]["max"] = token


def _deep(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    depth = rng.choice([MAX_DEPTH + 1, 500, 5_000, 100_000])
    opening, closing = rng.choice([("[", "]"), ('{"a":', "}")])
    json_token = opening * depth + "1" + closing * depth
    yaml_token = json_token.replace('"a":', "a: ")
    _place_value(doc, rng, bombs.placeholder(json_token, yaml_token))


def _place_value(doc: Doc, rng: random.Random, value: Any) -> None:
    """Put ``value`` where a number, a text or a map belongs."""
    where = rng.randrange(5)
    if where == 0:
        _any_role(doc, rng)["level"] = value
    elif where == 1:
        rng.choice(doc["transitions"])["months"] = value
    elif where == 2:
        requires = _any_role(doc, rng).setdefault("requires", {})
        requires[rng.choice(list(requires) or ["communication"])] = value
    elif where == 3:
        rng.choice(doc["skills"])["name"] = value
    else:
        doc["scale"]["min"] = value


def _long_text(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    where = rng.randrange(5)
    if where == 0:
        _any_role(doc, rng)["id"] = "r" * rng.choice([MAX_ID_CHARS + 1, 100_000])
    elif where == 1:
        _any_role(doc, rng)["title"] = "T" * rng.choice([MAX_TEXT_CHARS + 1, 100_000])
    elif where == 2:
        rng.choice(doc["skills"])["description"] = {
            "en": "ok",
            "pt-BR": "D" * rng.choice([MAX_LONG_TEXT_CHARS + 1, 300_000]),
        }
    elif where == 3:
        doc["version"] = "9" * rng.choice([MAX_VERSION_CHARS + 1, 10_000])
    else:
        doc["id"] = "f" * (MAX_ID_CHARS + 1)


def _huge_list(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    where = rng.randrange(40)
    if where == 0:  # rare: the biggest list there is
        doc["roles"] = [{"id": f"r{i}", "title": "R", "level": 1} for i in range(MAX_ROLES + 1)]
    elif where < 14:
        _any_role(doc, rng)["responsibilities"] = ["Do"] * (MAX_RESPONSIBILITIES + 1)
    elif where < 27:
        _any_role(doc, rng)["requires"] = {f"s{i}": 1 for i in range(MAX_REQUIREMENTS + 1)}
    else:
        doc["tracks"] = [{"id": f"t{i}", "name": "T"} for i in range(MAX_TRACKS + 1)]


def _cycle(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    promotions = [m for m in doc["transitions"] if m.get("kind", "promotion") == "promotion"]
    move = rng.choice(promotions)
    doc["transitions"].append({"from": move["to"], "to": move["from"], "kind": "promotion"})


def _wrong_type(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    _break_once(doc, rng)


def _hidden_character(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    char = rng.choice(HIDDEN)
    if rng.random() < 0.7:
        version = str(doc["version"])
        cut = rng.randrange(len(version) + 1)
        doc["version"] = version[:cut] + char + version[cut:]
    else:
        role = _any_role(doc, rng)
        role["id"] = role["id"] + char


def _duplicate_key(doc: Doc, rng: random.Random, bombs: Bombs) -> None:
    """A top-level key written twice (readers that keep the last one hide the first)."""
    key = rng.choice(["id", "version", "format"])
    value = json.dumps(doc.get(key) if isinstance(doc.get(key), str) else "x")
    doc[key] = bombs.placeholder(f'{value}, "{key}": {value}', f"{value}\n{key}: {value}")


MUTATIONS: list[Callable[[Doc, random.Random, Bombs], None]] = [
    _scale,
    _huge_number,
    _not_a_number,
    _deep,
    _long_text,
    _huge_list,
    _cycle,
    _wrong_type,
    _hidden_character,
    _duplicate_key,
]


def bombed_framework(rng: random.Random, kind: str) -> tuple[str, list[str]]:
    """The built-in framework as ``kind`` text with 1-3 bombs, and the names of the bombs."""
    doc = builtin_doc()
    bombs = Bombs()
    names = []
    for _ in range(rng.randint(1, 3)):
        mutation = rng.choice(MUTATIONS)
        names.append(mutation.__name__.lstrip("_"))
        try:
            mutation(doc, rng, bombs)
        except (KeyError, TypeError, AttributeError, IndexError):
            # an earlier bomb replaced what this one aims at: one more certain break instead
            doc["format"] = None
    return bombs.write(doc, kind), names
