"""Words for stored values (evidence kinds, strengths, action statuses, assessors, levels).

Why one module: the same value is named in a table, a dialog and a tooltip; naming it once
keeps the English and the pt-BR the same everywhere. Texts are looked up when called, so they
follow a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxcareer.service.career import PersonSnapshot
from cxcareer.store.records import ActionStatus, Assessor, EvidenceKind, EvidenceStrength
from cxcareer.ui.common import phrases

__all__ = [
    "assessor_label",
    "kind_label",
    "level_text",
    "status_label",
    "strength_label",
]


translate = QCoreApplication.translate


def kind_label(kind: EvidenceKind) -> str:
    """The kind's word in the current language ("Work", "Training", …)."""
    return {
        EvidenceKind.WORK: translate("PeopleLabels", "Work"),
        EvidenceKind.TRAINING: translate("PeopleLabels", "Training"),
        EvidenceKind.FEEDBACK: translate("PeopleLabels", "Feedback"),
        EvidenceKind.CERTIFICATION: translate("PeopleLabels", "Certification"),
    }[EvidenceKind(kind)]


def strength_label(strength: EvidenceStrength) -> str:
    """How strong a piece of evidence is, in words."""
    return {
        EvidenceStrength.CLAIM: translate("PeopleLabels", "Claim"),
        EvidenceStrength.EXAMPLE: translate("PeopleLabels", "Example"),
        EvidenceStrength.VERIFIED: translate("PeopleLabels", "Verified"),
    }[EvidenceStrength(strength)]


def status_label(status: ActionStatus) -> str:
    """An action's status in words."""
    return {
        ActionStatus.OPEN: translate("PeopleLabels", "Open"),
        ActionStatus.DONE: translate("PeopleLabels", "Done"),
        ActionStatus.DROPPED: translate("PeopleLabels", "Dropped"),
    }[ActionStatus(status)]


def assessor_label(assessor: Assessor) -> str:
    """The word for who rated: "Self" or "Manager"."""
    return (
        translate("PeopleLabels", "Self")
        if Assessor(assessor) is Assessor.SELF
        else translate("PeopleLabels", "Manager")
    )


def level_text(view: PersonSnapshot, level: int | None) -> str:
    """A level as shown: "3 · Apply" (with the scale's name), "0 · not yet", or "not rated"."""
    return phrases.level_label(level, view.scale_name(level) if level else "")
