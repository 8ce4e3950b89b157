"""The sample team of ``cxcareer --demo``, read from ``resources/demo/team.yaml``.

Why data in a file: the story of each person (where they started, where they stand, what they
proved, what was agreed in their one-to-ones) is easier to read and to keep believable as one
document in both languages than as Python; :mod:`cxcareer.service.demo` stores it. The file
ships with the app, so a mistake in it is a bug: :func:`load_demo_team` refuses anything it
does not expect — a missing or unknown field, a wrong type, a text without both languages, an
agreed action that does not exist — naming where it is (``members[1].actions[0].due_in``).

Examples:
    >>> team = load_demo_team()
    >>> team.manager.role
    'support-performance-manager'
    >>> [person.role for person in team.members][:2]
    ['support-representative', 'support-specialist']
    >>> parse_demo_team({"manager": {"name": "Ana"}, "members": []})
    Traceback (most recent call last):
    ...
    cxcareer.service.demo_team.DemoDataError: demo team: manager: missing email
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from cxcareer.framework import Text
from cxcareer.resources import resource_path
from cxcareer.store.records import EvidenceKind, EvidenceStrength

__all__ = [
    "LANGUAGES",
    "ActionSpec",
    "DemoDataError",
    "DemoScript",
    "EvidenceSpec",
    "MeetingSpec",
    "PersonSpec",
    "demo_team_path",
    "load_demo_team",
    "parse_demo_team",
]

_Choice = TypeVar("_Choice", bound=StrEnum)

#: Every free text of the demo is written in these languages.
LANGUAGES = ("en", "pt-BR")


class DemoDataError(ValueError):
    """The demo team file is not what the demo needs; the message says where and why."""


@dataclass(frozen=True)
class EvidenceSpec:
    """Something the person did that shows ``skill`` at ``level``, ``days_ago`` days back."""

    skill: str
    level: int
    days_ago: int
    kind: EvidenceKind
    strength: EvidenceStrength
    text: Text


@dataclass(frozen=True)
class ActionSpec:
    """A plan action; ``due_in`` counts from today (negative: already due), ``done_days_ago``
    says when it was finished (None: still open)."""

    title: Text
    created_days_ago: int
    due_in: int | None
    done_days_ago: int | None = None
    skill: str | None = None
    target_role: str | None = None


@dataclass(frozen=True)
class MeetingSpec:
    """A one-to-one ``days_ago`` days back; ``agreed`` are indexes into the person's actions."""

    days_ago: int
    shared: Text
    private: Text
    agreed: tuple[int, ...] = ()


@dataclass(frozen=True)
class PersonSpec:
    """One person of the demo and their history.

    Self ratings move evenly from ``start`` to ``now`` over ``self_days`` (days back, oldest
    first); manager ratings follow the same curve over ``manager_days``, shifted per skill by
    ``manager_delta`` (a manager who sees some things differently).
    """

    name: str
    email: str
    role: str
    targets: tuple[str, ...]
    start: Mapping[str, int]
    now: Mapping[str, int]
    self_days: tuple[int, ...]
    manager_days: tuple[int, ...] = ()
    manager_delta: Mapping[str, int] = field(default_factory=dict)
    manager_comments: Mapping[str, Text] = field(default_factory=dict)
    evidence: tuple[EvidenceSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()
    meetings: tuple[MeetingSpec, ...] = ()


@dataclass(frozen=True)
class DemoScript:
    """The whole demo: the manager the demo is seen through, and their reports in order.

    ``director`` is the manager's own manager (None: she has none): with one, the person the
    demo opens on has manager ratings, one-to-ones and a plan of her own, not only a team.
    """

    manager: PersonSpec
    members: tuple[PersonSpec, ...]
    director: PersonSpec | None = None


def demo_team_path() -> Path:
    """Where the shipped demo team file is."""
    return resource_path("demo", "team.yaml")


@cache
def load_demo_team(path: Path | None = None) -> DemoScript:
    """Read and check the demo team (the shipped file unless ``path``); read once per path.

    Raises:
        DemoDataError: when the file cannot be read, is not YAML, or does not describe a team.
    """
    source = path or demo_team_path()
    try:
        # libyaml when the wheel has it: the pure-Python parser took 0.45 s of the demo start
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        document = yaml.load(source.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise DemoDataError(f"demo team file {source}: cannot be read: {error}") from error
    return parse_demo_team(document, source=str(source))


def parse_demo_team(document: object, *, source: str = "demo team") -> DemoScript:
    """Check a demo team document already read from YAML and build its specs.

    Raises:
        DemoDataError: naming the first field that is missing, unknown or of the wrong type.
    """
    reader = _Reader(source)
    top = reader.fields(document, "", required=("manager", "members"), optional=("director",))
    members = reader.items(top["members"], "members")
    director = top.get("director")
    return DemoScript(
        manager=reader.person(top["manager"], "manager"),
        members=tuple(reader.person(item, f"members[{n}]") for n, item in enumerate(members)),
        director=None if director is None else reader.person(director, "director"),
    )


_PERSON_REQUIRED = ("name", "email", "role", "targets", "start", "now", "self_days")
_PERSON_OPTIONAL = (
    "manager_days",
    "manager_delta",
    "manager_comments",
    "evidence",
    "actions",
    "meetings",
)


class _Reader:
    """Typed reads of the YAML tree; every failure names ``source`` and the field's path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> DemoDataError:
        place = f"{where}: " if where else ""
        return DemoDataError(f"{self.source}: {place}{problem}")

    def fields(
        self, node: object, where: str, *, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        node = self.mapping(node, where)
        for name in required:
            if name not in node:
                raise self.fail(where, f"missing {name}")
        unknown = sorted(str(key) for key in node if key not in (*required, *optional))
        if unknown:
            raise self.fail(where, f"unknown field(s) {', '.join(unknown)}")
        return node

    def items(self, node: object, where: str) -> list[Any]:
        if not isinstance(node, list):
            raise self.fail(where, f"expected a list, got {type(node).__name__}")
        return node

    def text(self, node: object, where: str) -> str:
        if not isinstance(node, str) or not node.strip():
            raise self.fail(where, f"expected a non-empty text, got {node!r}")
        return node

    def number(self, node: object, where: str) -> int:
        if isinstance(node, bool) or not isinstance(node, int):
            raise self.fail(where, f"expected a whole number, got {node!r}")
        return node

    def optional_number(self, node: object, where: str) -> int | None:
        return None if node is None else self.number(node, where)

    def optional_text(self, node: object, where: str) -> str | None:
        return None if node is None else self.text(node, where)

    def numbers(self, node: object, where: str) -> tuple[int, ...]:
        return tuple(self.number(v, f"{where}[{n}]") for n, v in enumerate(self.items(node, where)))

    def texts(self, node: object, where: str) -> tuple[str, ...]:
        return tuple(self.text(v, f"{where}[{n}]") for n, v in enumerate(self.items(node, where)))

    def mapping(self, node: object, where: str) -> dict[Any, Any]:
        if not isinstance(node, dict):
            raise self.fail(where, f"expected a mapping, got {type(node).__name__}")
        return node

    def levels(self, node: object, where: str) -> dict[str, int]:
        mapping = self.mapping(node, where)
        return {self.text(k, where): self.number(v, f"{where}.{k}") for k, v in mapping.items()}

    def translated(self, node: object, where: str, *, may_be_empty: bool = False) -> Text:
        mapping = self.fields(node, where, required=LANGUAGES)
        texts = {}
        for lang in LANGUAGES:
            value = mapping[lang]
            blank_allowed = may_be_empty and value == ""
            texts[lang] = value if blank_allowed else self.text(value, f"{where}.{lang}")
        return Text(texts)

    def choice(self, node: object, where: str, kind: type[_Choice]) -> _Choice:
        if isinstance(node, str) and node in {member.value for member in kind}:
            return kind(node)
        allowed = ", ".join(member.value for member in kind)
        raise self.fail(where, f"expected one of {allowed}, got {node!r}")

    def person(self, node: object, where: str) -> PersonSpec:
        data = self.fields(node, where, required=_PERSON_REQUIRED, optional=_PERSON_OPTIONAL)
        actions = tuple(
            self.action(item, f"{where}.actions[{n}]")
            for n, item in enumerate(self.items(data.get("actions", []), f"{where}.actions"))
        )
        meetings = tuple(
            self.meeting(item, f"{where}.meetings[{n}]", len(actions))
            for n, item in enumerate(self.items(data.get("meetings", []), f"{where}.meetings"))
        )
        comments = self.mapping(data.get("manager_comments", {}), f"{where}.manager_comments")
        return PersonSpec(
            name=self.text(data["name"], f"{where}.name"),
            email=self.text(data["email"], f"{where}.email"),
            role=self.text(data["role"], f"{where}.role"),
            targets=self.texts(data["targets"], f"{where}.targets"),
            start=self.levels(data["start"], f"{where}.start"),
            now=self.levels(data["now"], f"{where}.now"),
            self_days=self.numbers(data["self_days"], f"{where}.self_days"),
            manager_days=self.numbers(data.get("manager_days", []), f"{where}.manager_days"),
            manager_delta=self.levels(data.get("manager_delta", {}), f"{where}.manager_delta"),
            manager_comments={
                str(skill): self.translated(text, f"{where}.manager_comments.{skill}")
                for skill, text in comments.items()
            },
            evidence=tuple(
                self.evidence(item, f"{where}.evidence[{n}]")
                for n, item in enumerate(self.items(data.get("evidence", []), f"{where}.evidence"))
            ),
            actions=actions,
            meetings=meetings,
        )

    def evidence(self, node: object, where: str) -> EvidenceSpec:
        data = self.fields(
            node, where, required=("skill", "level", "days_ago", "kind", "strength", "text")
        )
        return EvidenceSpec(
            skill=self.text(data["skill"], f"{where}.skill"),
            level=self.number(data["level"], f"{where}.level"),
            days_ago=self.number(data["days_ago"], f"{where}.days_ago"),
            kind=self.choice(data["kind"], f"{where}.kind", EvidenceKind),
            strength=self.choice(data["strength"], f"{where}.strength", EvidenceStrength),
            text=self.translated(data["text"], f"{where}.text"),
        )

    def action(self, node: object, where: str) -> ActionSpec:
        data = self.fields(
            node,
            where,
            required=("title", "created_days_ago", "due_in"),
            optional=("done_days_ago", "skill", "target_role"),
        )
        return ActionSpec(
            title=self.translated(data["title"], f"{where}.title"),
            created_days_ago=self.number(data["created_days_ago"], f"{where}.created_days_ago"),
            due_in=self.optional_number(data["due_in"], f"{where}.due_in"),
            done_days_ago=self.optional_number(data.get("done_days_ago"), f"{where}.done_days_ago"),
            skill=self.optional_text(data.get("skill"), f"{where}.skill"),
            target_role=self.optional_text(data.get("target_role"), f"{where}.target_role"),
        )

    def meeting(self, node: object, where: str, action_count: int) -> MeetingSpec:
        data = self.fields(
            node, where, required=("days_ago", "shared", "private"), optional=("agreed",)
        )
        agreed = self.numbers(data.get("agreed", []), f"{where}.agreed")
        missing = [index for index in agreed if not 0 <= index < action_count]
        if missing:
            raise self.fail(
                f"{where}.agreed",
                f"no action {missing[0]} (the person has {action_count} action(s), from 0)",
            )
        return MeetingSpec(
            days_ago=self.number(data["days_ago"], f"{where}.days_ago"),
            shared=self.translated(data["shared"], f"{where}.shared"),
            private=self.translated(data["private"], f"{where}.private", may_be_empty=True),
            agreed=agreed,
        )
