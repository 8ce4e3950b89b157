"""The desktop app's one door to the store and the engine: :class:`CareerApp` and its snapshots.

Why a facade: every screen needs the same few things — a person, their levels, readiness, next
moves, paths — computed the same way, each in one short transaction. Screens hold a
:class:`PersonSnapshot` (a frozen snapshot) instead of ORM rows, so redrawing never touches the
database and a change is one ``person_snapshot`` call away from every view at once.

Why the store services are imported inside the methods: they bring SQLAlchemy and the ORM, which
the desktop app loads only after it has painted the first person's overview. Until then (a
SQLite database opened with a deferred engine) :meth:`CareerApp.people` and
:meth:`CareerApp.person_snapshot` read through :mod:`cxcareer.store.quick_read`, which returns what
the services would.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cxcareer.framework import Framework, Text
from cxcareer.framework.load import LoadReport, check_file
from cxcareer.graph import CareerPath, NextMove, RoleGap, WhatIf, gap, next_moves, paths, what_if
from cxcareer.store import quick_read
from cxcareer.store.quick_read import PersonState
from cxcareer.store.records import (
    ActionRecord,
    ActionStatus,
    AssessmentItemRecord,
    AssessmentRecord,
    Assessor,
    Basis,
    CurrentLevel,
    FrameworkImport,
    FrameworkVersionRecord,
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


@dataclass(frozen=True)
class PersonSnapshot:
    """Everything the screens show for one person, read in one transaction."""

    person: PersonRecord
    framework: Framework
    graph: Any
    basis: Basis
    lang: str
    levels: dict[str, int]
    self_levels: dict[str, CurrentLevel]
    manager_levels: dict[str, CurrentLevel]
    readiness: dict[str, float]
    gaps: dict[str, RoleGap]
    best_paths: dict[str, CareerPath | None]
    next_moves: tuple[NextMove, ...]
    open_actions: tuple[ActionRecord, ...]

    def text(self, value: Text | None) -> str:
        """A framework text in the view's language (with the usual fallbacks)."""
        return value.get(self.lang) if value is not None else ""

    def role_title(self, role_id: str) -> str:
        """The role's title, or its id when the framework does not declare it."""
        role = self.framework.roles.get(role_id)  # type: ignore[call-overload]
        return self.text(role.title) if role is not None else role_id

    def skill_name(self, skill_id: str) -> str:
        """The skill's name, or its id when the framework does not declare it."""
        skill = self.framework.skills.get(skill_id)  # type: ignore[call-overload]
        return self.text(skill.name) if skill is not None else skill_id

    def descriptor(self, skill_id: str, level: int) -> str:
        """What ``level`` means for the skill, or ``""`` when the framework says nothing."""
        skill = self.framework.skills.get(skill_id)  # type: ignore[call-overload]
        if skill is None:
            return ""
        return self.text(skill.levels.get(level))

    def scale_name(self, level: int) -> str:
        """The scale's name for ``level`` (e.g. "Apply"), else the number itself."""
        name = self.text(self.framework.scale.names.get(level))
        return name or str(level)


class CareerApp:
    """One open database, the language of framework texts and the name of whoever uses the app.

    Every method runs in its own short transaction; store and engine errors come out unchanged
    (``StoreError`` subclasses, ``UnknownIdError``, ``InvalidLevelError``, ``ValueError``) for
    the caller to show.
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

    # -- people -------------------------------------------------------------------------
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
        """One person (``NotFound`` when gone)."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.find_person(session, person_id)

    def person_snapshot(self, person_id: str, *, basis: Basis = Basis.MIN) -> PersonSnapshot:
        """A consistent snapshot of one person for every screen."""
        state = self._read_quickly(lambda path: quick_read.person_state(path, person_id))
        if state is None:
            state = self._person_state(person_id, basis)
        person, graph = state.person, state.graph
        levels = {skill: current.level for skill, current in state.levels[basis].items()}
        gaps = {target: gap(graph, target, levels) for target in person.targets}
        best: dict[str, CareerPath | None] = {}
        for target in person.targets:
            if person.current_role is None or person.current_role == target:
                best[target] = None
                continue
            found = paths(graph, person.current_role, target, levels, k=1)
            best[target] = found[0] if found else None
        steps = next_moves(graph, person.current_role, levels) if person.current_role else ()
        return PersonSnapshot(
            person=person,
            framework=state.framework,
            graph=graph,
            basis=basis,
            lang=self.lang,
            levels=levels,
            self_levels=state.levels[Basis.SELF],
            manager_levels=state.levels[Basis.MANAGER],
            readiness={target: gaps[target].readiness for target in person.targets},
            gaps=gaps,
            best_paths=best,
            next_moves=steps,
            open_actions=state.open_actions,
        )

    def _person_state(self, person_id: str, basis: Basis) -> PersonState:
        """What :meth:`person_snapshot` computes from, read through the ORM in one transaction."""
        from cxcareer.store.services import actions as action_services
        from cxcareer.store.services import assessments as assessment_services
        from cxcareer.store.services import frameworks as framework_services
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            person = people_services.find_person(session, person_id)
            version = person.framework_version_id
            levels = {
                side: assessment_services.current_levels(session, person.id, side)
                for side in {basis, Basis.SELF, Basis.MANAGER}
            }
            return PersonState(
                person=person,
                framework=framework_services.framework_from_version(session, version),
                graph=framework_services.graph_from_version(session, version),
                levels=levels,
                open_actions=tuple(
                    action_services.list_actions(session, person.id, status=ActionStatus.OPEN)
                ),
            )

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

    def create_person(
        self,
        name: str,
        *,
        current_role: str | None = None,
        targets: Sequence[str] = (),
        manager_id: str | None = None,
        email: str | None = None,
        framework_version_id: str | None = None,
    ) -> PersonRecord:
        """Add a person (on the built-in framework unless another version is given)."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.create_person(
                session,
                name,
                email=email,
                current_role=current_role,
                targets=targets,
                manager=manager_id,
                framework_version_id=framework_version_id,
            )

    def update_person(
        self,
        person_id: str,
        *,
        name: str | None = None,
        email: str | None = None,
        current_role: str | None = None,
    ) -> PersonRecord:
        """Change the given fields only."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.update_person(
                session, person_id, name=name, email=email, current_role=current_role
            )

    def set_targets(self, person_id: str, roles: Sequence[str]) -> PersonRecord:
        """Replace the person's targets (at most three, the first is the main one)."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.set_targets(session, person_id, roles)

    def set_manager(self, person_id: str, manager_id: str | None) -> PersonRecord:
        """Point the person at their manager, or at nobody."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.set_manager(session, person_id, manager_id)

    def archive_person(self, person_id: str, archived: bool = True) -> PersonRecord:
        """Hide (or show again) a person in everyday lists; nothing is deleted."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.archive_person(session, person_id, archived)

    # -- ratings ------------------------------------------------------------------------
    def rate(
        self,
        person_id: str,
        levels: Mapping[str, int],
        *,
        assessor: Assessor = Assessor.SELF,
        comments: Mapping[str, str] | None = None,
    ) -> AssessmentRecord:
        """Record one assessment of several skills by ``assessor`` (named after the app's user)."""
        from cxcareer.store.services import assessments as assessment_services

        comments = comments or {}
        items = [
            AssessmentItemRecord(skill, level, comments.get(skill) or None)
            for skill, level in levels.items()
        ]
        name = self.user or ("self" if assessor is Assessor.SELF else "manager")
        with self.database.session() as session:
            return assessment_services.add_assessment(session, person_id, assessor, name, items)

    def history(self, person_id: str, skill: str) -> list[RatingPoint]:
        """Every shared or final rating of one skill, oldest first."""
        from cxcareer.store.services import assessments as assessment_services

        with self.database.session() as session:
            records = assessment_services.list_assessments(session, person_id)
        points = []
        for record in records:
            if record.status.value == "draft":
                continue
            for item in record.items:
                if item.skill == skill:
                    points.append(
                        RatingPoint(
                            record.assessed_at,
                            record.assessor,
                            record.assessor_name,
                            item.level,
                            item.comment,
                        )
                    )
        return points

    # -- the engine ---------------------------------------------------------------------
    def paths(self, person_id: str, target: str, *, k: int = 3) -> tuple[CareerPath, ...]:
        """Up to ``k`` ranked paths from the person's current role to ``target``."""
        view = self.person_snapshot(person_id)
        if view.person.current_role is None:
            return ()
        return paths(view.graph, view.person.current_role, target, view.levels, k=k)

    def what_if(self, person_id: str, changes: Mapping[str, int]) -> WhatIf:
        """Which roles would open up with these levels; nothing is written."""
        view = self.person_snapshot(person_id)
        return what_if(view.graph, view.levels, changes)

    # -- frameworks ---------------------------------------------------------------------
    def framework_versions(self) -> list[FrameworkVersionRecord]:
        """Every stored framework version (the built-in one is stored on first use)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            framework_services.ensure_builtin(session)
            return framework_services.list_framework_versions(session)

    def builtin_version(self) -> FrameworkVersionRecord:
        """The stored built-in framework version."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.ensure_builtin(session)

    def check_framework_file(self, path: Path) -> LoadReport:
        """Validate a framework file without storing anything."""
        return check_file(path)

    def import_framework(self, path: Path) -> FrameworkImport:
        """Store a framework file (``FrameworkInvalid`` and nothing stored when it is bad)."""
        from cxcareer.store.services import frameworks as framework_services

        data = Path(path).read_bytes()
        with self.database.session() as session:
            return framework_services.import_framework(session, data, Path(path).name)

    def switch_framework(self, person_id: str, version_id: str) -> PersonRecord:
        """Measure the person on another stored version; ratings stay in the history."""
        from cxcareer.store.services import people as people_services

        with self.database.session() as session:
            return people_services.set_framework_version(session, person_id, version_id)

    def framework(self, version_id: str) -> Framework:
        """A stored version's parsed framework (cached per content)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.framework_from_version(session, version_id)

    def graph(self, version_id: str) -> Any:
        """A stored version's career graph (cached per content)."""
        from cxcareer.store.services import frameworks as framework_services

        with self.database.session() as session:
            return framework_services.graph_from_version(session, version_id)
