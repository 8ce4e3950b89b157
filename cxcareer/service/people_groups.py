"""The people list as a manager sees it: me, my team (people I manage), everyone else.

Why a module: the grouping and the filter (by name or email, ignoring case and accents, so
"joao" finds "João") are the rules of the side list; the Qt model only shows what this returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from cxcareer.service.comparison import sort_key_text
from cxcareer.store.records import PersonRecord

__all__ = ["Group", "PeopleGroup", "group_people", "matches"]


class Group(StrEnum):
    """The three headings of the people list, in display order."""

    ME = "me"
    TEAM = "team"
    OTHERS = "others"


@dataclass(frozen=True)
class PeopleGroup:
    group: Group
    people: tuple[PersonRecord, ...]


def matches(person: PersonRecord, query: str) -> bool:
    """True when every word of ``query`` is in the person's name or email."""
    words = sort_key_text(query).split()
    haystack = sort_key_text(f"{person.name} {person.email or ''}")
    return all(word in haystack for word in words)


def group_people(
    people: Iterable[PersonRecord], me_id: str | None, query: str = ""
) -> list[PeopleGroup]:
    """Non-empty groups in order Me, My team, Others; each sorted by name.

    "My team" holds the people ``me_id`` manages, directly or through their reports (on a
    company server a manager sees exactly those, and they belong under one heading); without
    a "me", everyone is in Others.
    """
    people = list(people)
    team = _reports(people, me_id) if me_id is not None else set()
    buckets: dict[Group, list[PersonRecord]] = {group: [] for group in Group}
    for person in people:
        if not matches(person, query):
            continue
        if me_id is not None and person.id == me_id:
            buckets[Group.ME].append(person)
        elif person.id in team:
            buckets[Group.TEAM].append(person)
        else:
            buckets[Group.OTHERS].append(person)
    return [
        PeopleGroup(group, tuple(sorted(found, key=lambda p: (sort_key_text(p.name), p.id))))
        for group, found in buckets.items()
        if found
    ]


def _reports(people: Iterable[PersonRecord], me_id: str) -> set[str]:
    """The ids of everyone whose chain of managers (among ``people``) reaches ``me_id``."""
    managers = {person.id: person.manager_id for person in people}
    found: set[str] = set()
    for person_id in managers:
        seen = {person_id}
        boss = managers[person_id]
        while boss is not None and boss not in seen:
            if boss == me_id:
                found.add(person_id)
                break
            seen.add(boss)
            boss = managers.get(boss)
    return found
