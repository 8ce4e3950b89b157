"""What the first-run wizard has saved so far, and the writes it makes as each step is left.

Why writes happen step by step: a person setting up their profile may be interrupted; closing
the window halfway must keep what was entered. The person is created when the profile step is
done, the role and targets are saved when their steps are left, and each page of ratings is
saved as one self-assessment when it is left. Going back and forth never duplicates anything:
each write is skipped when it would change nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from cxcareer.framework import Framework, RoleId
from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Changes, Outcome
from cxcareer.service.onboarding_steps import SkillToRate, batches, next_move, skills_to_rate
from cxcareer.store.records import AssessmentRecord, Assessor, Basis, PersonRecord
from cxcareer.store.services import assessments as assessment_services

__all__ = ["OnboardingProgress", "RatingPlan", "looks_like_email"]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_email(text: str) -> bool:
    """True for an empty text (email is optional) or something shaped like an address."""
    text = text.strip()
    return not text or bool(_EMAIL.match(text))


class RatingPlan:
    """The skills to rate for a role and next move, split into pages."""

    def __init__(
        self, next_role: RoleId | None, skills: Sequence[SkillToRate], per_page: int
    ) -> None:
        self.next_role = next_role
        self.skills = tuple(skills)
        self.pages = batches(self.skills, per_page)


class OnboardingProgress:
    """The person the wizard is setting up, and the step-by-step writes.

    Args:
        app: the open database.
        person_id: an existing person to go through the steps again (None: create one when the
            profile step is done).

    Every method lets store and engine errors through unchanged for the caller to show.
    """

    def __init__(self, app: CareerApp, person_id: str | None = None) -> None:
        self.app = app
        self.person_id = person_id

    def person(self) -> PersonRecord | None:
        """The person as stored now (None until the profile step is done)."""
        return self.app.person(self.person_id) if self.person_id is not None else None

    def framework(self) -> Framework:
        """The framework the person is measured on (the built-in one before they exist)."""
        person = self.person()
        version = person.framework_version_id if person else self.app.builtin_version().id
        return self.app.framework(version)

    def graph(self) -> Any:
        """The career graph of :meth:`framework`."""
        person = self.person()
        version = person.framework_version_id if person else self.app.builtin_version().id
        return self.app.graph(version)

    def save_profile(self, name: str, email: str) -> Outcome[PersonRecord]:
        """Create the person, or rename them / change their email when they exist."""
        clean_email = email.strip() or None
        if self.person_id is None:
            created = self.app.create_person(name, email=clean_email)
            self.person_id = created.value.id
            return created
        current = self.app.person(self.person_id)
        if current.name == name.strip() and (current.email or None) == clean_email:
            return Outcome(current, Changes())
        return self.app.update_person(self.person_id, name=name, email=clean_email or current.email)

    def save_role(self, role: str) -> Outcome[PersonRecord]:
        """Record the person's current role (nothing written when it is already theirs)."""
        person_id = self._need_person()
        current = self.app.person(person_id)
        if current.current_role == role:
            return Outcome(current, Changes())
        return self.app.update_person(person_id, current_role=role)

    def save_targets(self, roles: Sequence[str]) -> Outcome[PersonRecord]:
        """Replace the targets (at most three, first = main; unchanged: nothing written)."""
        person_id = self._need_person()
        current = self.app.person(person_id)
        if tuple(current.targets) == tuple(roles):
            return Outcome(current, Changes())
        return self.app.set_targets(person_id, roles)

    def self_levels(self) -> dict[str, int]:
        """The person's current self-rated levels (empty before they exist)."""
        if self.person_id is None:
            return {}
        with self.app.database.session() as session:
            levels = assessment_services.current_levels(session, self.person_id, Basis.SELF)
        return {skill: current.level for skill, current in levels.items()}

    def save_ratings(self, levels: Mapping[str, int]) -> Outcome[AssessmentRecord | None]:
        """Record the levels that differ from the person's current self-ratings, as one
        self-assessment; a ``None`` value when nothing changed."""
        person_id = self._need_person()
        before = self.self_levels()
        changed = {skill: level for skill, level in levels.items() if before.get(skill) != level}
        if not changed:
            return Outcome(None, Changes())
        rated = self.app.rate(person_id, changed, assessor=Assessor.SELF)
        return Outcome(rated.value, rated.changes)

    def rating_plan(self, per_page: int) -> RatingPlan:
        """Which skills to rate now, given the stored role and targets."""
        person = self.person()
        framework = self.framework()
        if person is None or person.current_role is None:
            return RatingPlan(None, (), per_page)
        graph = self.graph()
        following = next_move(graph, person.current_role, person.targets, self.self_levels())
        skills = skills_to_rate(framework, person.current_role, following)
        return RatingPlan(following, skills, per_page)

    def _need_person(self) -> str:
        if self.person_id is None:
            raise ValueError("create the profile first")
        return self.person_id
