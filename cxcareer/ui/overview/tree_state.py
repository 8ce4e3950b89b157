"""Keep which roles are expanded in a missing-skills tree across refreshes.

Why: every rating rebuilds the trees; a person who opened "Support Specialist" to read its
missing skills should still see them open after rating one of those skills.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTreeView

from cxcareer.ui.overview.missing_tree import MissingSkillsTreeModel

__all__ = ["expanded_roles", "restore_expanded"]


def expanded_roles(tree: QTreeView, model: MissingSkillsTreeModel) -> set[str]:
    """The role ids whose rows are open now."""
    opened = set()
    for row in range(model.role_count()):
        index = model.index(row, 0)
        if tree.isExpanded(index):
            opened.add(model.role_at(row))
    return opened


def restore_expanded(
    tree: QTreeView, model: MissingSkillsTreeModel, roles: Iterable[str] | None
) -> None:
    """Open the rows of ``roles``; None (first showing) opens the first row only."""
    wanted = set(roles) if roles is not None else None
    for row in range(model.role_count()):
        index = model.index(row, 0)
        open_it = row == 0 if wanted is None else model.role_at(row) in wanted
        tree.setExpanded(index, open_it)
