"""How the overview's trees and empty-state hints look, built once for its three boxes.

Why apart from the page: the targets and next-moves boxes show the same kind of tree (roles
with their missing skills, rows wrapped to the width) and every box has a hint for its empty
state; building them in one place keeps the boxes alike without the page spelling it out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeView

from cxcareer.ui.common.wrap_rows import wrap_rows
from cxcareer.ui.overview.missing_tree import MissingSkillsTreeModel

__all__ = ["hint_label", "missing_skills_tree"]


def hint_label() -> QLabel:
    """A plain-text label that wraps: what a box says when it has nothing to show."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def missing_skills_tree(model: MissingSkillsTreeModel) -> QTreeView:
    """A read-only tree of roles and their missing skills; the first column takes the width."""
    tree = QTreeView()
    tree.setModel(model)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setAlternatingRowColors(True)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    wrap_rows(tree)
    return tree
