"""The one door to the store and the engine: :class:`CareerApp`, its reads and its writes.

Why a facade: the desktop app, the command line and the one-to-one pack all need the same few
things — a person, their snapshot, the framework they are measured on — and must apply the
same rules when they change them (names and owners trimmed and required, levels on the scale,
nothing written to a read-only database). Each method is one short transaction; each write
returns an :class:`~cxcareer.service.changes.Outcome`: its result and the
:class:`~cxcareer.service.changes.Changes` it made, so the app refreshes only what changed.

Why the store services are imported inside the methods: they bring SQLAlchemy and the ORM, which
the desktop app loads only after it has painted the first person's overview. Until then (a
SQLite database opened with a deferred engine) :meth:`CareerApp.people` and
:meth:`CareerApp.person_snapshot` read through :mod:`cxcareer.store.quick_read`, which runs the
very statements the services run (:mod:`cxcareer.store.person_reads`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from cxcareer.framework import Text
from cxcareer.graph import CareerPath, WhatIf, paths, what_if
from cxcareer.service.career_frameworks import FrameworkReads
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.rules import KEEP, Keep, Refused, required_text
from cxcareer.service.snapshot import PersonSnapshot, build_snapshot
from cxcareer.store import quick_read
from cxcareer.store.person_reads import PersonFacts
from cxcareer.store.records import (
    AssessmentItemRecord,
    AssessmentRecord,
    AssessmentStatus,
    Assessor,
    Basis,
    FrameworkImport,
    HistoryCounts,
    PersonRecord,
)

if TYPE_CHECKING:
    from cxcareer.store.database import Database

__all__ = ["CareerApp", "PersonSnapshot", "RatingPoint"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")


@dataclass(frozen=True)
class RatingPoint:
    """One rating of one skill, for history charts and lists."""

    assessed_at: datetime
    assessor: Assessor
    assessor_name: str
    level: int
    comment: str | None


class CareerApp(FrameworkReads):
    """One open database, the language of framework texts and the name of whoever uses the app.

    Every method runs in its own short transaction; store and engine errors come out unchanged
    (``StoreError`` subclasses, ``UnknownIdError``, ``InvalidLevelError``,
    :class:`~cxcareer.service.rules.Refused`) for the caller to say in its language
    (:func:`cxcareer.service.problems.describe_problem`).
    """

    def __init__(self, database: Database, *, lang: str = "en", user: str = "") -> None:
        self.database = database
        self.lang = lang
        self.user = user

    # -- language and texts -------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        """Framework texts from now on come in ``lang``."""
        self.lang = lang

    def text(self, value: Text | None) -> str:
        """A framework text in the app's language, ``""`` for none."""
        return value.get(self.lang) if value is not None else ""

    # -- reading ------------------------------------------------------------------------
    def people(self, *, include_archived: bool = False) -> list[PersonRecord]:
        """Everyone in the database, by name."""
        quick = self._read_quickly(
            lambda path: quick_read.list_people(path, include_archived=include_archived)
        )
        if quick is not None:
            return quick
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.list_people(session, include_archived=include_archived)

    def person(self, person_id: str) -> PersonRecord:
        """One person, by id or unique name (``NotFound`` / ``AmbiguousName`` otherwise)."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.find_person(session, person_id)

    def person_snapshot(self, person_id: str, *, basis: Basis = Basis.MIN) -> PersonSnapshot:
        """What ``person_id`` looks like now, the one builder every face uses."""
        facts = self._read_quickly(lambda path: quick_read.person_facts(path, person_id))
        if facts is None:
            facts = self._person_facts(person_id)
        return build_snapshot(facts, Basis(basis), self.lang)

    def _person_facts(self, key: str) -> PersonFacts:
        """What :meth:`person_snapshot` computes from, read through a session in one transaction."""
        from cxcareer.store.errors import NotFound
        from cxcareer.store.person_reads import read_person_facts
        from cxcareer.store.services.common import person_row, session_rows

        with self.database.session() as session:
            rows = session_rows(session)
            facts = read_person_facts(rows, key)  # the usual case: ``key`` is an id
            if facts is None:  # a name, or nobody: NotFound / AmbiguousName from person_row
                facts = read_person_facts(rows, person_row(session, key).id)
        if facts is None:  # cannot happen: person_row found them in this very transaction
            raise NotFound(f"no person with the id {key!r}")
        return facts

    def _read_quickly(self, read: Callable[[Path], _T | None]) -> _T | None:
        """``read(path)`` through :mod:`cxcareer.store.quick_read` while the engine is deferred.

        None when the engine exists, when ``read`` finds nothing, or when the file holds
        something unexpected (logged): the caller then asks the ORM.
        """
        path = None if self.database.engine_started else self.database.location.path
        if path is None:
            return None
        try:
            return read(path)
        except (sqlite3.Error, ValueError) as error:
            log.warning("first read of %s fell back to the ORM: %s", path, error)
            return None

    def history_counts(self, person_id: str) -> HistoryCounts:
        """How many ratings, evidence entries, actions and one-to-ones the person has."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.history_counts(session, person_id)

    def paths(self, person_id: str, target: str, *, k: int = 3) -> tuple[CareerPath, ...]:
        """Up to ``k`` ranked paths from the person's current role to ``target``."""
        snapshot = self.person_snapshot(person_id)
        if snapshot.person.current_role is None:
            return ()
        return paths(snapshot.graph, snapshot.person.current_role, target, snapshot.levels, k=k)

    def what_if(self, person_id: str, changes: Mapping[str, int]) -> WhatIf:
        """Which roles would open up with these levels; nothing is written."""
        snapshot = self.person_snapshot(person_id)
        return what_if(snapshot.graph, snapshot.levels, changes)

    # -- people -------------------------------------------------------------------------
    def writable(self) -> None:
        """Refuse any write to a database opened read-only, before anything is tried.

        Raises:
            DatabaseReadOnly: with the store's sentence naming the database.
        """
        if self.database.read_only:
            from cxcareer.store.sqlite_errors import read_only_error

            raise read_only_error(str(self.database.location))

    def create_person(
        self,
        name: str,
        *,
        current_role: str | None = None,
        targets: Sequence[str] = (),
        manager_id: str | None = None,
        email: str | None = None,
        framework_version_id: str | None = None,
    ) -> Outcome[PersonRecord]:
        """Add a person (on the built-in framework unless another version is given).

        ``framework_version_id`` may also be a framework's id (its newest stored version);
        ``manager_id`` an id or a unique name.

        Raises:
            Refused: a blank name, or a framework that is not stored.
        """
        from cxcareer.store.services import people as people_services

        self.writable()
        clean = required_text(name, "person_name")
        if framework_version_id is not None:
            framework_version_id = self.framework_version(framework_version_id).id
        with self.database.session() as session:
            person = people_services.create_person(
                session,
                clean,
                email=(email or "").strip() or None,
                current_role=current_role,
                targets=targets,
                manager=manager_id,
                framework_version_id=framework_version_id,
            )
        return Outcome(person, Changes.of(Aspect.PEOPLE, Aspect.PROFILE, people={person.id}))

    def update_person(
        self,
        person_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        current_role: str | None = None,
    ) -> Outcome[PersonRecord]:
        """Change the given fields only (a name is trimmed and may not be blank)."""
        from cxcareer.store.services import people as people_services

        self.writable()
        clean = required_text(name, "person_name") if name is not None else None
        with self.database.session() as session:
            person = people_services.update_person(
                session,
                person_id,
                name=clean,
                email=email.strip() if email is not None else None,
                current_role=current_role,
            )
        aspects = (Aspect.PROFILE, Aspect.PEOPLE) if clean is not None else (Aspect.PROFILE,)
        return Outcome(person, Changes.of(*aspects, people={person.id}))

    def edit_person(
        self,
        person_id: str,
        *,
        name: str | Keep = KEEP,
        email: str | Keep | None = KEEP,
        current_role: str | Keep | None = KEEP,
        manager_id: str | Keep | None = KEEP,
        targets: Sequence[str] | Keep = KEEP,
    ) -> Outcome[PersonRecord]:
        """Save the given fields of a person at once (all or nothing); :data:`KEEP` the rest.

        The app's form gives every field, ``cxcareer person edit`` only those typed;
        ``manager_id`` may be an id or a unique name, ``None`` for no manager.

        Raises:
            Refused: a blank name, or a current role removed (it can be changed, not removed).
        """
        from cxcareer.store.services import people as people_services

        self.writable()
        clean = None if name is KEEP else required_text(name, "person_name")
        with self.database.session() as session:
            before = people_services.find_person(session, person_id)
            if current_role is None and before.current_role is not None:
                raise Refused("role_removed")
            unchanged = current_role is KEEP or current_role == before.current_role
            person = people_services.update_person(
                session,
                before.id,
                name=clean,
                email=None if email is KEEP else (email or "").strip(),
                current_role=None if unchanged or current_role is KEEP else current_role,
            )
            if manager_id is not KEEP and manager_id != before.manager_id:
                person = people_services.set_manager(session, before.id, manager_id)
            if targets is not KEEP and tuple(targets) != before.targets:
                person = people_services.set_targets(session, before.id, targets)
        return Outcome(person, Changes.of(Aspect.PROFILE, Aspect.PEOPLE, people={person.id}))

    def set_targets(self, person_id: str, roles: Sequence[str]) -> Outcome[PersonRecord]:
        """Replace the person's targets (at most three, the first is the main one)."""
        from cxcareer.store.services import people as people_services

        self.writable()
        with self.database.session() as session:
            person = people_services.set_targets(session, person_id, roles)
        return Outcome(person, Changes.of(Aspect.PROFILE, people={person.id}))

    def set_manager(self, person_id: str, manager_id: str | None) -> Outcome[PersonRecord]:
        """Point the person at their manager, or at nobody."""
        from cxcareer.store.services import people as people_services

        self.writable()
        with self.database.session() as session:
            person = people_services.set_manager(session, person_id, manager_id)
        return Outcome(person, Changes.of(Aspect.PROFILE, Aspect.PEOPLE, people={person.id}))

    def archive_person(self, person_id: str, archived: bool = True) -> Outcome[PersonRecord]:
        """Hide (or show again) a person in everyday lists; nothing is deleted."""
        from cxcareer.store.services import people as people_services

        self.writable()
        with self.database.session() as session:
            person = people_services.archive_person(session, person_id, archived)
        return Outcome(person, Changes.of(Aspect.PEOPLE, Aspect.PROFILE, people={person.id}))

    def switch_framework(self, person_id: str, version_id: str) -> Outcome[PersonRecord]:
        """Measure the person on another stored version; ratings stay in the history."""
        from cxcareer.store.services import people as people_services

        self.writable()
        with self.database.session() as session:
            person = people_services.set_framework_version(session, person_id, version_id)
        return Outcome(
            person,
            Changes.of(Aspect.FRAMEWORK, Aspect.PROFILE, Aspect.PEOPLE, people={person.id}),
        )

    # -- ratings ------------------------------------------------------------------------
    def rate(
        self,
        person_id: str,
        levels: Mapping[str, int],
        *,
        assessor: Assessor = Assessor.SELF,
        comments: Mapping[str, str] | None = None,
        assessor_name: str | None = None,
    ) -> Outcome[AssessmentRecord]:
        """Record one assessment of several skills by ``assessor``.

        ``assessor_name`` (trimmed, not blank) defaults to the app's user, else to the person
        (a self-rating) or their manager ("manager" when they have none); on a company server
        it is always the connected person (:mod:`cxcareer.service.company_identity`). Skills
        are checked against the person's framework, levels against its scale.
        """
        from cxcareer.service.company_identity import default_assessor, rating_author
        from cxcareer.store.services import assessments as assessment_services
        from cxcareer.store.services import people as people_services

        self.writable()
        name = self.user or None
        if assessor_name is not None:
            name = required_text(assessor_name, "assessor_name")
        comments = comments or {}
        items = [
            AssessmentItemRecord(skill.strip(), level, (comments.get(skill) or "").strip() or None)
            for skill, level in levels.items()
        ]
        with self.database.session() as session:
            person = people_services.find_person(session, person_id)
            author = rating_author(self, person, Assessor(assessor), assessor_name)
            if author is not None:  # a company server: the connected person, always
                name = author.name
            elif name is None:
                name = default_assessor(session, person, assessor)
            record = assessment_services.add_assessment(
                session,
                person.id,
                assessor,
                name,
                items,
                assessor_id=author.person_id if author is not None else None,
            )
        return Outcome(
            record,
            Changes.of(
                Aspect.RATINGS,
                people={record.person_id},
                skills={item.skill for item in record.items},
            ),
        )

    def history(self, person_id: str, skill: str) -> list[RatingPoint]:
        """Every shared or final rating of one skill, oldest first."""
        from cxcareer.store.services import assessments as assessment_services

        with self.database.session() as session:
            records = assessment_services.list_assessments(session, person_id)
        return [
            RatingPoint(
                record.assessed_at, record.assessor, record.assessor_name, item.level, item.comment
            )
            for record in records
            if record.status is not AssessmentStatus.DRAFT
            for item in record.items
            if item.skill == skill
        ]

    # -- frameworks (reads: FrameworkReads) ---------------------------------------------
    def import_framework(self, path: Path) -> Outcome[FrameworkImport]:
        """Store a framework file (``FrameworkInvalid`` and nothing stored when it is bad)."""
        from cxcareer.store.services import frameworks as framework_services

        self.writable()
        data = Path(path).read_bytes()
        with self.database.session() as session:
            imported = framework_services.import_framework(session, data, Path(path).name)
        return Outcome(imported, Changes.of(Aspect.FRAMEWORKS))
