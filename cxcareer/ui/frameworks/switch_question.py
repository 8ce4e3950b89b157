"""The question asked before a person is measured on another framework version, and the switch.

Why its own module: the confirmation must say plainly what switching costs — which rated
skills stop counting (their ratings stay in the history), which current role or targets are
cleared, and that nothing is deleted — and building that text is independent of the screen
that asks it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxcareer.service.framework_browse import SwitchImpact, switch_impact
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.controller import ProfileController

__all__ = ["ask_and_switch", "switch_question"]

#: How many names a confirmation lists before "and N more".
_LISTED = 8


def switch_question(impact: SwitchImpact) -> str:
    """The confirmation text: what stays, what stops counting, what is cleared."""
    parts = [
        QCoreApplication.translate(
            "SwitchQuestion", "Measure {name} on {new} instead of {old}?"
        ).format(name=impact.person_name, new=impact.to_version, old=impact.from_version)
    ]
    if impact.orphaned_skills:
        parts.append(
            QCoreApplication.translate(
                "SwitchQuestion",
                "These rated skills do not exist in {new}. Their ratings stay in the history "
                "but no longer count: {skills}.",
            ).format(
                new=impact.to_version,
                skills=_listing([name for _id, name in impact.orphaned_skills]),
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "SwitchQuestion", "Every rated skill exists in {new}."
            ).format(new=impact.to_version)
        )
    if impact.cleared_role is not None:
        parts.append(
            QCoreApplication.translate(
                "SwitchQuestion",
                "The current role {role} does not exist there and will be cleared.",
            ).format(role=impact.cleared_role[1])
        )
    if impact.cleared_targets:
        parts.append(
            QCoreApplication.translate(
                "SwitchQuestion", "These targets do not exist there and will be removed: {roles}."
            ).format(roles=_listing([title for _id, title in impact.cleared_targets]))
        )
    parts.append(
        QCoreApplication.translate(
            "SwitchQuestion", "No rating is deleted: switching back makes them count again."
        )
        if impact.orphaned_skills
        else QCoreApplication.translate("SwitchQuestion", "No rating is deleted.")
    )
    if impact.cleared_role is not None or impact.cleared_targets:
        parts.append(
            QCoreApplication.translate(
                "SwitchQuestion",
                "Switching back does not bring a cleared role or target back: choose it again "
                "then.",
            )
        )
    return "\n\n".join(parts)


def _listing(names: list[str]) -> str:
    if len(names) <= _LISTED:
        return ", ".join(names)
    shown = ", ".join(names[:_LISTED])
    return QCoreApplication.translate("SwitchQuestion", "{names} and {count} more").format(
        names=shown, count=len(names) - _LISTED
    )


def ask_and_switch(
    parent: QWidget, controller: ProfileController, person_id: str, version_id: str
) -> str | None:
    """Ask, then measure the person on ``version_id``; what to tell them, or None when it was
    declined or failed (a failure has been shown)."""
    try:
        impact = switch_impact(controller.app, person_id, version_id)
    except Exception as error:
        show_error(parent, error)
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FrameworksPage", "Switch framework version"),
        switch_question(impact),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    done = controller.run(lambda app: app.switch_framework(person_id, version_id))
    if done is None:
        return None
    return QCoreApplication.translate(
        "FrameworksPage", "{name} is now measured on {version}."
    ).format(name=impact.person_name, version=impact.to_version)
