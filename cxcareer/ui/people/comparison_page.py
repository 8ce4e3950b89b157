"""The "Self vs manager" screen: comparison, history, evidence and the development plan.

Why two tabs: the comparison (with each skill's history and evidence) and the plan are the two
halves of a one-to-one — "where do we see things differently" and "what will you do about it" —
and each needs the whole height of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from cxcareer.service.changes import Aspect, Changes
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.plan_panel import PlanPanel
from cxcareer.ui.people.skills_panel import SkillsPanel

__all__ = ["ComparisonPage"]


#: What this screen shows of a person: both sides' ratings, evidence and the plan.
_ASPECTS = (
    Aspect.PROFILE,
    Aspect.RATINGS,
    Aspect.EVIDENCE,
    Aspect.ACTIONS,
    Aspect.FRAMEWORK,
)


class ComparisonPage(QWidget):
    """Self vs manager and the plan for ``controller``'s selected person."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.skills = SkillsPanel(controller)
        self.plan = PlanPanel(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.skills, "")
        self.tabs.addTab(self.plan, "")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.title)
        content_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.refresher = RefreshOnChange.for_person(self, controller, _ASPECTS, self._changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Skills: self vs manager"))
        self.tabs.setTabText(1, self.tr("Development &plan"))
        self.tabs.setAccessibleName(self.tr("Comparison and plan"))
        self.empty.setText(self.tr("Choose a person in the People list, or add one."))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        view = self.controller.snapshot
        if view is None:
            self.title.setText("")
            return
        role = view.person.current_role
        if role:
            self.title.setText(self.tr("{0} — {1}").format(view.person.name, view.role_title(role)))
        else:
            self.title.setText(view.person.name)

    def _changed(self, changes: Changes) -> None:
        """A new person starts on all their roles; a new language re-says the skills."""
        if changes.touches(Aspect.SELECTION):
            self.skills.reset_scope()
        if changes.touches(Aspect.LANGUAGE):
            self.skills.retranslate()
        self.reload()

    def reload(self) -> None:
        """Redraw from ``controller.snapshot`` (called on every change)."""
        self.stack.setCurrentIndex(0 if self.controller.snapshot is None else 1)
        self.skills.reload(rescope=True)
        self.plan.reload()
        self._update_title()
