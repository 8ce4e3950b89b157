"""Readiness as every face says it: "62% · 3 skills not rated", or "no requirements defined".

Why one function: a readiness number hides two things a person must know before trusting it.
Skills nobody rated count as 0 (the engine marks them, :attr:`cxcareer.graph.RoleGap.unrated`),
so "40%" may mean "not rated yet" rather than "far"; and a role that lists no requirements is
1.0 by definition, which says nothing about the person. The engine counts both once; this module
turns them into the same words for the Overview, Ladder, Paths, Team, the PDF pack and the CLI.
"""

from __future__ import annotations

from typing import Protocol

from cxcareer.service.formats import percent
from cxcareer.service.texts import say, say_count

__all__ = ["Standing", "has_requirements", "readiness_label"]


class Standing(Protocol):
    """What a readiness answer carries: :class:`~cxcareer.graph.RoleGap`,
    :class:`~cxcareer.graph.NextMove`, or a row built from one."""

    @property
    def readiness(self) -> float: ...

    @property
    def requirements(self) -> int: ...

    @property
    def unrated(self) -> int: ...


def has_requirements(standing: Standing) -> bool:
    """False for a role that lists no skill requirements (its 1.0 means nothing)."""
    return standing.requirements > 0


def readiness_label(standing: Standing, lang: str, *, short: bool = False) -> str:
    """``"62%"``, ``"62% · 3 skills not rated"`` or ``"no requirements defined"``.

    ``short`` says ``"62% · 3 not rated"``, for a table's readiness column.

    >>> from cxcareer.graph import MissingSkill, RoleGap
    >>> gap = RoleGap("lead", 0.5, 4, (MissingSkill("coaching", 0, 2, rated=False),), 2)
    >>> readiness_label(gap, "en")
    '50% · 1 skill not rated'
    >>> readiness_label(RoleGap("agent", 1.0, 0, (), 0), "pt-BR")
    'nenhum requisito definido'
    >>> readiness_label(gap, "pt-BR", short=True)
    '50% · 1 sem avaliação'
    """
    if not has_requirements(standing):
        return say("readiness_no_requirements", lang)
    shown = percent(standing.readiness, lang)
    if not standing.unrated:
        return shown
    key = "count_not_rated_short" if short else "count_not_rated"
    unrated = say_count(key, standing.unrated, lang)
    return say("readiness_with_unrated", lang, percent=shown, unrated=unrated)
