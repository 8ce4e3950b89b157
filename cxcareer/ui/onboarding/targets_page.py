"""Step 4 (optional): up to three roles to aim at; roles within reach are listed first."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
)

from cxcareer.service.onboarding_steps import target_options
from cxcareer.ui.common import phrases
from cxcareer.ui.common.tree_filter import TreeFilter
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext
from cxcareer.ui.onboarding.target_list_model import MAX_TARGETS, TargetListModel

__all__ = ["TargetsPage"]


class TargetsPage(OnboardingPage):
    """Checkable roles (space toggles the current row), a switch to list unreachable roles, and
    a line saying which target is the main one."""

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.model = TargetListModel(context.progress.framework(), context.controller.text, self)
        self.table = QTreeView()
        self.table.setObjectName("targets")
        self.table.setRootIsDecorated(False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setUniformRowHeights(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.show_all = QCheckBox()
        self.show_all.setObjectName("showAll")
        self.show_all.toggled.connect(self.model.set_show_all)
        self.summary = QLabel()
        self.summary.setObjectName("targetSummary")
        self.summary.setWordWrap(True)
        self.limit = QLabel()
        self.limit.setWordWrap(True)
        self.limit.hide()
        self.search = TreeFilter(self.table)
        self.search.setObjectName("findRole")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_all)
        layout.addWidget(self.limit)
        layout.addWidget(self.summary)
        self.model.checkedChanged.connect(self._checked_changed)
        self.model.limitReached.connect(self.limit.show)
        self._options_for: str | None = None
        self.retranslate()

    def initializePage(self) -> None:
        person = self.context.progress.person()
        current = person.current_role if person else None
        if current != self._options_for or not self.model.rowCount():
            graph = self.context.progress.graph()
            keep = self.model.checked() or (person.targets if person else ())
            self.model.set_options(
                target_options(graph, current), [t for t in keep if t != current]
            )
            self._options_for = current
        self.show_all.setVisible(self.model.has_unreachable() and self.model.has_reachable())
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._checked_changed()

    def _checked_changed(self) -> None:
        if len(self.model.checked()) < MAX_TARGETS:
            self.limit.hide()
        checked = self.model.checked()
        text = self.context.controller.text
        framework = self.context.progress.framework()
        if not checked:
            self.summary.setText(
                self.tr("No target yet. You can also choose targets later on the Paths screen.")
            )
            return
        titles = [escape(text(framework.role(role).title)) for role in checked]
        parts = [self.tr("Main target: <b>{0}</b>.").format(titles[0])]
        if len(titles) > 1:
            parts.append(self.tr("Also: {0}.").format(", ".join(titles[1:])))
        self.summary.setText(" ".join(parts))

    def save(self) -> bool:
        targets = self.model.checked()
        return self.context.write(self, lambda progress: progress.save_targets(targets))

    def keep(self) -> bool:
        """Leaving without Next keeps the ticked roles (when the page was shown at all)."""
        if self.context.progress.person_id is None or self._options_for is None:
            return True
        return self.save()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where would you like to go?"))
        self.setSubTitle(
            self.tr(
                "Tick up to three roles, the main one first. Roles you can reach from your "
                "current role are listed first."
            )
        )
        self.search.setPlaceholderText(phrases.search_roles())
        self.search.setAccessibleName(phrases.search_roles())
        self.table.setAccessibleName(self.tr("Target roles"))
        self.show_all.setText(self.tr("Also list roles with no path from my current role"))
        self.show_all.setAccessibleName(self.show_all.text())
        self.limit.setText(
            self.tr("You can choose up to three targets; untick one to choose another.")
        )
        self._checked_changed()

    def refresh_framework_texts(self) -> None:
        self.model.refresh_texts()
        self._checked_changed()
