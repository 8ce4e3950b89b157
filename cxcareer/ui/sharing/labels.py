"""Names of the kinds of entries a bundle holds, in the current language.

Why one place: the preview table, the import summary and the export confirmation all name
the same kinds, and must name them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["kind_label"]


def kind_label(kind: str) -> str:
    """``assessments`` → "Ratings" and so on; an unknown kind is shown as it is."""
    labels = {
        "assessments": QCoreApplication.translate("sharing", "Ratings"),
        "evidence": QCoreApplication.translate("sharing", "Evidence"),
        "actions": QCoreApplication.translate("sharing", "Plan actions"),
        "meetings": QCoreApplication.translate("sharing", "One-to-ones"),
    }
    return labels.get(kind, kind)
