"""How the Skills screen writes levels, in the current language.

Why one module: the table, its editor, the tooltips and the chart all say "3 · Apply"; they
ask here, and here asks :mod:`cxcareer.ui.common.phrases`, so the screen writes a level as every
other screen does. Dates come from :mod:`cxcareer.service.formats`, like everywhere else.
"""

from __future__ import annotations

from cxcareer.service.career import PersonSnapshot
from cxcareer.ui.common import phrases

__all__ = ["level_label", "not_rated"]


def not_rated() -> str:
    """What a cell says when nobody gave that rating."""
    return phrases.not_rated()


def level_label(view: PersonSnapshot, level: int) -> str:
    """``"3 · Apply"``: the number and the scale's name for it, as every screen writes it."""
    return phrases.level_label(level, view.scale_name(level))
