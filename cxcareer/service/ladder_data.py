"""What the ladder screen shows: a framework, and (when someone is chosen) where they stand on it.

Why one snapshot: the map, the list beside it and the role detail must agree on the current role,
the targets, the best route and every role's readiness; computing them once per change, without
Qt, keeps the three views in step and testable without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxcareer.framework.model import Framework, RoleId
from cxcareer.graph import RoleGap, gap
from cxcareer.service.career import CareerApp, PersonSnapshot

__all__ = ["LadderData", "ladder_data"]


@dataclass(frozen=True)
class LadderData:
    """A framework in one language, with the chosen person's position if there is one.

    ``readiness`` holds every role's readiness for the person (empty without a person), and
    ``standings`` the engine's whole answer per role (how many requirements, how many of them
    nobody rated), for saying "no requirements defined" or "· 3 not rated" beside it;
    ``best_path`` is the best route from the current role to the first target (may be empty).
    """

    framework: Framework
    lang: str
    person_name: str | None = None
    levels: dict[str, int] | None = None
    current: str | None = None
    targets: tuple[str, ...] = ()
    best_path: tuple[str, ...] = ()
    readiness: dict[str, float] = field(default_factory=dict)
    standings: dict[str, RoleGap] = field(default_factory=dict)

    def role_title(self, role_id: str) -> str:
        """The role's title in the snapshot's language (its id when unknown)."""
        role = self.framework.roles.get(RoleId(role_id))
        return role.title.get(self.lang) if role is not None else role_id

    def track_name(self, track_id: str | None) -> str:
        """The track's name, or ``""`` for roles without a track (the caller says "Other")."""
        track = self.framework.tracks.get(track_id) if track_id else None  # type: ignore[call-overload]
        return track.name.get(self.lang) if track is not None else ""

    def level_name(self, level: int) -> str:
        """The scale's name for ``level``, or the number when the framework gives none."""
        text = self.framework.scale.names.get(level)
        return (text.get(self.lang) if text else "") or str(level)


def ladder_data(app: CareerApp, view: PersonSnapshot | None) -> LadderData:
    """The snapshot for ``view``'s person, or the built-in framework alone when nobody is chosen."""
    if view is None:
        return LadderData(app.framework(app.builtin_version().id), app.lang)
    person = view.person
    path: tuple[str, ...] = ()
    for target in person.targets:
        best = view.best_paths.get(target)
        if best is not None:
            path = tuple(best.roles)
            break
    standings = {str(role): gap(view.graph, role, view.levels) for role in view.framework.roles}
    return LadderData(
        framework=view.framework,
        lang=view.lang,
        person_name=person.name,
        levels=dict(view.levels),
        current=person.current_role,
        targets=tuple(person.targets),
        best_path=path,
        readiness={role_id: found.readiness for role_id, found in standings.items()},
        standings=standings,
    )
