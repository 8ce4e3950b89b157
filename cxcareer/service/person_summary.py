"""One person at a glance: their snapshot, who manages them and how much history they have.

Why one use case: ``cxcareer person show`` prints exactly this, and it used to read the
manager's name straight from the store; reading it here keeps the command line on the service
layer, with the same snapshot every screen shows.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from cxcareer.service.career import CareerApp
from cxcareer.service.snapshot import PersonSnapshot
from cxcareer.store.errors import NotFound
from cxcareer.store.records import Basis, HistoryCounts, PersonRecord

__all__ = ["PersonSummary", "summarise_person"]


@dataclass(frozen=True)
class PersonSummary:
    """A person's snapshot on one basis, their manager (None: nobody, or nobody this login
    may see) and history counts."""

    snapshot: PersonSnapshot
    manager: PersonRecord | None
    counts: HistoryCounts


def summarise_person(app: CareerApp, key: str, *, basis: Basis = Basis.MIN) -> PersonSummary:
    """The person ``key`` (an id or a unique name) on ``basis``.

    Raises:
        NotFound, AmbiguousName: ``key`` names nobody, or several people.
    """
    snapshot = app.person_snapshot(key, basis=basis)
    person = snapshot.person
    manager = None
    if person.manager_id:
        with contextlib.suppress(NotFound):  # a company server hides an employee's manager
            manager = app.person(person.manager_id)
    return PersonSummary(snapshot, manager, app.history_counts(person.id))
