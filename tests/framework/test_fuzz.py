"""Fuzzing the loader: malformed documents always give errors, never an exception."""

from __future__ import annotations

import random
import re
from typing import Any

from cxcareer.framework.load import check_text
from tests.framework.documents import as_json, as_yaml, valid

WRONG_LEVELS: list[Any] = ["x", True, None, [], {}, 1.5, -3, 10**30, 99]
WRONG_IDS: list[Any] = ["", "UPPER", 3, None, "-x", "a b", ["a"], {"id": 1}]
WRONG_TEXTS: list[Any] = [None, 3, [], {}, "", "   ", {"en": 5}, {"??": "x"}, True]


def _break_once(doc: dict[str, Any], rng: random.Random) -> None:
    """Apply one mutation that is certain to make the document invalid."""
    roles, skills, moves = (doc.get(k) for k in ("roles", "skills", "transitions"))
    if not (isinstance(roles, list) and isinstance(skills, list) and isinstance(moves, list)):
        doc["format"] = None  # an earlier mutation replaced a list: one more certain break
        return
    choice = rng.randrange(14)
    if choice == 0:
        doc.pop(rng.choice(["format", "id", "version", "name", "roles"]), None)
    elif choice == 1:
        role = rng.choice(roles)
        role.pop(rng.choice(["id", "title", "level"]), None)
        if not {"id", "title", "level"} - set(role):
            role["level"] = "high"
    elif choice == 2:
        rng.choice(roles)["level"] = rng.choice(WRONG_LEVELS)
    elif choice == 3:
        rng.choice([*roles, *skills])["id"] = rng.choice(WRONG_IDS)
    elif choice == 4:
        target = rng.choice([doc, rng.choice(roles), rng.choice(skills)])
        key = "title" if "title" in target else "name"
        target[key] = rng.choice(WRONG_TEXTS)
    elif choice == 5:
        rng.choice([doc, rng.choice(roles), rng.choice(skills), rng.choice(moves)])[
            f"unknown_{rng.randrange(1000)}"
        ] = rng.choice([1, "x", None])
    elif choice == 6:
        role = rng.choice(roles)
        if not isinstance(role.get("requires"), dict):
            role["requires"] = {}
        role["requires"][f"ghost-{rng.randrange(99)}"] = 1
    elif choice == 7:
        rng.choice(moves)[rng.choice(["from", "to"])] = f"nobody-{rng.randrange(99)}"
    elif choice == 8:
        move = rng.choice(moves)
        move["to"] = move["from"]
    elif choice == 9:
        doc[rng.choice(["roles", "skills", "tracks", "transitions"])] = rng.choice(
            ["text", 3, {"a": 1}, True]
        )
    elif choice == 10:
        rng.choice(skills)["levels"] = {rng.choice([0, 11, -1, "x", 100]): "desc"}
    elif choice == 11:
        nested: Any = 1
        for _ in range(rng.randint(70, 300)):
            nested = [nested] if rng.random() < 0.5 else {"k": nested}
        rng.choice([*roles, *skills, *moves])[rng.choice(["id", "requires", "deep"])] = nested
    elif choice == 12:
        huge = rng.choice([10**40, -(10**40), 1e300, -1e300, 2**63])
        rng.choice(roles)["level"] = huge
    else:
        doc["format"] = rng.choice(["cxcareer/framework@2", "", 1, None, "x"])


def test_a_thousand_structural_mutations_all_fail_cleanly() -> None:
    rng = random.Random(20261122)
    for index in range(1200):
        doc = valid()
        for _ in range(rng.randint(1, 4)):
            _break_once(doc, rng)
        text = as_json(doc) if index % 3 == 0 else as_yaml(doc)
        name = "fuzz.json" if index % 3 == 0 else "fuzz.yaml"
        report = check_text(text, name)
        assert report.errors, (index, text)
        assert report.framework is None
        for problem in report.problems:
            assert problem.file == name
            assert problem.line >= 0
            assert problem.message


def _break_text(text: str, rng: random.Random) -> str:
    """A text-level break: an anchor, an alias, a custom tag or a repeated key line."""
    lines = text.splitlines()
    keyed = [i for i, line in enumerate(lines) if re.match(r"\s*[\w-]+: \S", line)]
    index = rng.choice(keyed)
    key, value = lines[index].split(": ", 1)
    choice = rng.randrange(4)
    if choice == 0:
        lines[index] = f"{key}: &a{rng.randrange(9)} {value}"
    elif choice == 1:
        lines[index] = f"{key}: *a{rng.randrange(9)}"
    elif choice == 2:
        lines[index] = f"{key}: !{rng.choice(['x', '!python/tuple', 'env', '!binary'])} {value}"
    else:
        lines.insert(index, lines[index])
    return "\n".join(lines) + "\n"


def test_text_level_breaks_are_refused_with_a_line() -> None:
    rng = random.Random(11)
    base = as_yaml(valid())
    for _ in range(300):
        text = _break_text(base, rng)
        report = check_text(text, "fuzz.yaml")
        assert report.errors, text
        assert report.framework is None
        assert 1 <= report.errors[0].line <= len(text.splitlines())


def test_random_bytes_and_truncations_never_raise() -> None:
    rng = random.Random(7)
    base = as_yaml(valid())
    alphabet = [*list(":-[]{}&*!|>'\"#%@`,?\n\t "), "a", "1", "é", "\x00", "\ufeff"]
    for index in range(400):
        if index % 2:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
            report = check_text(text, "noise.yaml")
            assert report.errors  # noise is never a framework (no format, id, roles...)
        else:
            cut = rng.randint(0, len(base) - 200)
            check_text(base[:cut], "cut.yaml")  # may or may not be valid; must not raise
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))
        assert check_text(raw, "bytes.yaml").errors
