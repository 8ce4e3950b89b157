"""Undoing a rating: the previous level recorded again, or a first rating taken back.

Why two ways: ratings are append-only, so undoing a change of level records the level the
skill had before (the history shows both). A skill rated for the first time had no level
before; recording 0 would claim a rating of 0 nobody gave, so that rating is taken back out of
the assessment that recorded it.
"""

from __future__ import annotations

from collections.abc import Mapping

from cxcareer.service.career import CareerApp
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.store.records import Assessor

__all__ = ["undo_rating"]


def undo_rating(
    app: CareerApp,
    person_id: str,
    assessment_id: str,
    before: Mapping[str, int | None],
    *,
    assessor: Assessor,
    note: str,
) -> Outcome[None]:
    """Put each skill of ``before`` back as it was before assessment ``assessment_id``.

    ``before[skill]`` is the level the skill had on the assessor's side, None when it had
    none: those skills are taken out of that assessment; the others are rated again at their
    previous level with ``note`` as the comment.

    Raises:
        DatabaseReadOnly: read-only database.
        NotFound: no such assessment.
    """
    # Imported here, as CareerApp.rate does: the app paints before SQLAlchemy loads.
    from cxcareer.store.services import assessments as assessment_services

    app.writable()
    again = {skill: level for skill, level in before.items() if level is not None}
    first = [skill for skill, level in before.items() if level is None]
    if first:
        with app.database.session() as session:
            assessment_services.withdraw_items(session, assessment_id, first)
    if again:
        app.rate(person_id, again, assessor=assessor, comments=dict.fromkeys(again, note))
    return Outcome(None, Changes.of(Aspect.RATINGS, people={person_id}, skills=set(before)))
