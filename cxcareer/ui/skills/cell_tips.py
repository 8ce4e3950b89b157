"""The tooltips of the Skills table's level cells: what a rating or a need means for this person.

Why apart from the model: a tooltip is a small paragraph (the level's name, its descriptor,
when it was given, the gap it leaves) written from the snapshot alone; keeping those sentences
here leaves :class:`~cxcareer.ui.skills.skills_model.SkillsTableModel` to the table's shape
and its edits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_datetime
from cxcareer.service.skill_rows import SkillRow, TargetNeed
from cxcareer.ui.common import phrases
from cxcareer.ui.skills.labels import level_label

__all__ = ["level_tip", "need_tip"]


def level_tip(view: PersonSnapshot, row: SkillRow, *, own: bool, level: int | None) -> str:
    """The tooltip of a self (``own``) or manager level cell showing ``level`` (None: unrated)."""
    if level is None:
        return (
            QCoreApplication.translate(
                "SkillTips", "Not rated by the person yet. Press F2 or Enter to rate."
            )
            if own
            else QCoreApplication.translate(
                "SkillTips", "Not rated by a manager yet. Press F2 or Enter to rate."
            )
        )
    levels = view.self_levels if own else view.manager_levels
    lines = [
        QCoreApplication.translate("SkillTips", "Self: {level}").format(
            level=level_label(view, level)
        )
        if own
        else QCoreApplication.translate("SkillTips", "Manager: {level}").format(
            level=level_label(view, level)
        )
    ]
    descriptor = view.descriptor(row.skill, level)
    if descriptor:
        lines.append(descriptor)
    current = levels.get(row.skill)
    if current is not None:
        when = format_datetime(current.assessed_at, view.lang)
        lines.append(QCoreApplication.translate("SkillTips", "Rated on {date}").format(date=when))
    return "\n".join(lines)


def need_tip(view: PersonSnapshot, row: SkillRow, need: TargetNeed, label: str) -> str:
    """The tooltip of a "needed for a target" cell whose level ``label`` the target asks for."""
    assert need.need is not None
    title = view.role_title(need.target)
    lines = [
        QCoreApplication.translate("SkillTips", "{target} needs {level}").format(
            target=title, level=label
        )
    ]
    descriptor = view.descriptor(row.skill, need.need)
    if descriptor:
        lines.append(descriptor)
    have = level_label(view, need.have)
    if need.unrated:
        lines.append(phrases.not_rated_yet())
    elif need.gap:
        lines.append(
            QCoreApplication.translate(
                "SkillTips", "Gap: the current level ({level}) is {points} below it."
            ).format(level=have, points=need.points)
        )
    else:
        lines.append(
            QCoreApplication.translate("SkillTips", "Met: the current level is {level}.").format(
                level=have
            )
        )
    return "\n".join(lines)
