"""Short texts shared by the Overview, Paths and Ladder screens: level changes and move kinds.

Why one module: the same "have → need" and "Lateral move" appear in targets, next moves, path
steps and what-if; writing them once keeps every screen saying the same thing. Percentages,
months, counts and dates come from :mod:`cxcareer.service.formats`, as in the CLI and the PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxcareer.framework.model import MoveKind
from cxcareer.service.career import PersonSnapshot
from cxcareer.ui.common import phrases

__all__ = ["kind_text", "level_change_text", "level_change_tooltip"]


def level_change_text(have: int, need: int, *, rated: bool = True) -> str:
    """``"1 → 3"``: the person's level and the level needed; ``"not rated → 3"`` when nobody
    rated the skill (its 0 is no level anybody gave)."""
    return f"{have if rated else phrases.not_rated()} → {need}"


def level_change_tooltip(view: PersonSnapshot, have: int, need: int, *, rated: bool = True) -> str:
    """The same change with the scale's names, e.g. "Assist (2) → Apply (3)"."""

    def named(level: int) -> str:
        if level <= 0:
            return phrases.level_not_yet()
        return f"{view.scale_name(level)} ({level})"

    return QCoreApplication.translate("OverviewLabels", "You have: {have}. Needed: {need}.").format(
        have=named(have) if rated else phrases.not_rated_yet(), need=named(need)
    )


def kind_text(kind: MoveKind) -> str:
    """Promotion or lateral move, in words."""
    if kind is MoveKind.PROMOTION:
        return QCoreApplication.translate("OverviewLabels", "Promotion")
    return QCoreApplication.translate("OverviewLabels", "Lateral move")
