"""What a write changed: the payload every screen uses to refresh only what it shows.

Why a payload (in the spirit of Anki's ``OpChanges``): without one, every write made every
screen rebuild, hidden ones included, and a framework switch looked like any other edit. Each
write of the service layer returns an :class:`Outcome` — its result and the :class:`Changes`
it made — and the desktop app hands the changes to the screens, which decide from them whether
to redraw now, later (when shown), or not at all. The command line ignores them.

>>> rated = Changes.of(Aspect.RATINGS, people={"p1"}, skills={"empathy"})
>>> rated.touches(Aspect.RATINGS), rated.touches(Aspect.ACTIONS), rated.concerns("p2")
(True, False, False)
>>> both = rated | Changes.of(Aspect.ACTIONS, people={"p2"})
>>> sorted(both.people), both.touches(Aspect.ACTIONS)
(['p1', 'p2'], True)
>>> Changes.everything().touches(Aspect.MEETINGS), Changes.everything().concerns("anyone")
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

__all__ = ["Aspect", "Changes", "Outcome"]

T = TypeVar("T")


class Aspect(StrEnum):
    """A kind of data a write can change (or, for the app, a change of what is shown)."""

    PEOPLE = "people"
    """Who is in the list and how: added, removed, renamed, archived, manager changed."""
    PROFILE = "profile"
    """A person's own fields: name, email, current role, targets, manager."""
    RATINGS = "ratings"
    EVIDENCE = "evidence"
    ACTIONS = "actions"
    MEETINGS = "meetings"
    FRAMEWORK = "framework"
    """The framework version a person is measured on (every role, skill and level may differ)."""
    FRAMEWORKS = "frameworks"
    """The stored framework versions (one was imported)."""
    LANGUAGE = "language"
    """The app's language: every text, framework texts included."""
    SELECTION = "selection"
    """Which person the app shows, or on which basis."""
    DATABASE = "database"
    """Anything at all (a restore, another database): every screen starts afresh."""


@dataclass(frozen=True)
class Changes:
    """Which aspects changed, for which people and which skills.

    ``people`` empty means the change concerns no particular person (e.g. a framework import);
    ``skills`` empty with :attr:`Aspect.RATINGS` means "any skill".
    """

    aspects: frozenset[Aspect] = field(default_factory=frozenset)
    people: frozenset[str] = field(default_factory=frozenset)
    skills: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls, *aspects: Aspect, people: Iterable[str] = (), skills: Iterable[str] = ()
    ) -> Changes:
        """The changes ``aspects`` made to ``people`` (and ``skills``)."""
        return cls(frozenset(aspects), frozenset(people), frozenset(skills))

    @classmethod
    def everything(cls) -> Changes:
        """Every aspect of every person (after a restore or a reopen)."""
        return cls(frozenset({Aspect.DATABASE}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.aspects | other.aspects,
            self.people | other.people,
            self.skills | other.skills,
        )

    def __bool__(self) -> bool:
        return bool(self.aspects)

    def touches(self, *aspects: Aspect) -> bool:
        """True when any of ``aspects`` changed (everything changed counts for all)."""
        return Aspect.DATABASE in self.aspects or any(a in self.aspects for a in aspects)

    def concerns(self, person_id: str | None) -> bool:
        """True when the change is about ``person_id`` (or about everyone)."""
        if Aspect.DATABASE in self.aspects or Aspect.LANGUAGE in self.aspects:
            return True
        return person_id is not None and person_id in self.people


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A write's result and what it changed."""

    value: T
    changes: Changes
