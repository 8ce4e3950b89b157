"""How the Skills screen writes levels, in the current language.

Why one module: the table, its editor, the tooltips and the chart all say "3 — Apply"; writing
it in one place keeps the screen consistent with itself. Dates come from
:mod:`cxcareer.service.formats`, like everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxcareer.service.career import PersonSnapshot

__all__ = ["level_label", "not_rated"]


def not_rated() -> str:
    """What a cell says when nobody gave that rating."""
    return QCoreApplication.translate("SkillLabels", "Not rated")


def level_label(view: PersonSnapshot, level: int) -> str:
    """``"3 — Apply"``: the number and the scale's name for it (0 is "Not yet")."""
    not_yet = level <= 0
    name = (
        QCoreApplication.translate("SkillLabels", "Not yet") if not_yet else view.scale_name(level)
    )
    if name == str(level):
        return name
    return QCoreApplication.translate("SkillLabels", "{level} — {name}").format(
        level=level, name=name
    )
