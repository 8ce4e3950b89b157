"""How the latest ratings make a skill's current level on each basis.

Why a module of its own: the rule ("the lower of the latest self and latest manager levels,
ties credit the manager; with one side only, that side") is a decision about people's ratings,
kept apart from the SQL that finds the latest ones (:mod:`cxcareer.store.person_reads`, which
serves both the services and the app's first read) and checked against a plain reference in
``tests/store/test_current_levels_reference.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from cxcareer.store.records import Assessor, CurrentLevel

__all__ = ["combine_latest"]


def combine_latest(latest: Iterable[tuple[str, str, int, datetime]]) -> dict[str, CurrentLevel]:
    """Each skill's current level from ``(assessor kind, skill, level, assessed at)`` rows.

    The rows are the latest rating of each skill from each side taken into account; the result
    does not depend on their order.
    """
    levels: dict[str, CurrentLevel] = {}
    for kind, skill, level, at in latest:
        held = levels.get(skill)
        if held is None or level < held.level or (level == held.level and kind == Assessor.MANAGER):
            levels[skill] = CurrentLevel(skill, level, Assessor(kind), at)
    return levels
