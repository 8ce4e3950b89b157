"""Step 3: your current role, picked from the ladder grouped by track (entry roles first)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView, QVBoxLayout

from cxcareer.ui.common import phrases
from cxcareer.ui.common.tree_filter import TreeFilter
from cxcareer.ui.onboarding.base_page import OnboardingPage, WizardContext
from cxcareer.ui.onboarding.role_tree_model import RoleTreeModel

__all__ = ["RolePage"]


class RolePage(OnboardingPage):
    """A tree of tracks and roles; below it, what the selected role is about.

    Enter or a double click on a role moves on to the next step.
    """

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.model = RoleTreeModel(context.progress.framework(), context.controller.text, self)
        self.tree = QTreeView()
        self.tree.setObjectName("roles")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setObjectName("roleDetails")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.search = TreeFilter(self.tree)
        self.search.setObjectName("findRole")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        # Enter reaches the wizard's default button (Next) by itself; a double click needs help.
        self.tree.doubleClicked.connect(self._activated)
        self.retranslate()

    def initializePage(self) -> None:
        person = self.context.progress.person()
        if person is not None and person.current_role and self.chosen_role() is None:
            self.select_role(person.current_role)
        self.tree.setFocus()
        self._show_details()

    # -- selection ---------------------------------------------------------------------
    def chosen_role(self) -> str | None:
        """The selected role's id, if any."""
        indexes = self.tree.selectionModel().selectedRows(0)
        found = self.model.role_at(indexes[0]) if indexes else None
        return str(found.id) if found is not None else None

    def select_role(self, role_id: str) -> None:
        """Select ``role_id`` in the tree (for a person going through the steps again)."""
        index = self.model.index_of(role_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def isComplete(self) -> bool:
        return self.chosen_role() is not None

    def _selected(self) -> None:
        self._show_details()
        self.completeChanged.emit()

    def _activated(self, index: QModelIndex) -> None:
        if self.model.role_at(index) is not None and self.wizard() is not None:
            self.wizard().next()

    def _show_details(self) -> None:
        role_id = self.chosen_role()
        if role_id is None:
            self.details.setText(self.tr("Select the role you have today."))
            return
        framework = self.context.progress.framework()
        role = framework.role(role_id)
        text = self.context.controller.text
        lines = [f"<b>{escape(text(role.title))}</b> — {escape(self.model.level_text(role.level))}"]
        if role.entry:
            lines.append(self.tr("An entry role: people often start their career here."))
        description = text(role.description)
        if description:
            lines.append(escape(description))
        self.details.setText("<br>".join(lines))

    # -- saving and texts --------------------------------------------------------------
    def save(self) -> bool:
        role = self.chosen_role()
        if role is None:
            return False
        return self.context.write(self, lambda progress: progress.save_role(role))

    def keep(self) -> bool:
        """Leaving without Next keeps a chosen role; with none chosen there is nothing to keep."""
        if self.chosen_role() is None or self.context.progress.person_id is None:
            return True
        return self.save()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your current role"))
        self.setSubTitle(
            self.tr("Pick the role closest to what you do today. Roles are grouped by track.")
        )
        self.search.setPlaceholderText(phrases.search_roles())
        self.search.setAccessibleName(phrases.search_roles())
        self.tree.setAccessibleName(phrases.roles_by_track())
        self._show_details()

    def refresh_framework_texts(self) -> None:
        self.model.refresh_texts()
        self._show_details()
