"""The Frameworks screen's browser: one version's roles and skills as filterable trees.

Why a widget of its own: reading a framework (roles by track, skills by category with each
level's descriptor, a filter over all of it, the selected item's full text below) is
independent of which version is selected and of importing or switching; the page only tells
it what to show (:meth:`FrameworkBrowser.show_outline`) and sets its title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import Framework
from cxcareer.service.framework_browse import role_outline, skill_outline
from cxcareer.ui.common import phrases
from cxcareer.ui.frameworks.outline_model import KIND_ROLE, TEXT_ROLE, OutlineModel

__all__ = ["FrameworkBrowser"]


class FrameworkBrowser(QGroupBox):
    """Roles and skills of one framework in two tabs, a filter, and the selection's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_label = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter)
        self.filter.textChanged.connect(self.apply_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter, 1)
        self.roles_model = OutlineModel(self)
        self.skills_model = OutlineModel(self)
        self.roles_proxy = _outline_proxy(self.roles_model, self)
        self.skills_proxy = _outline_proxy(self.skills_model, self)
        self.roles_tree = _outline_tree(self.roles_proxy)
        self.skills_tree = _outline_tree(self.skills_proxy)
        for tree in (self.roles_tree, self.skills_tree):
            tree.selectionModel().currentChanged.connect(self.show_detail)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roles_tree, "")
        self.tabs.addTab(self.skills_tree, "")
        self.tabs.currentChanged.connect(lambda _i: self.show_detail(self.current_index()))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        browse_splitter = QSplitter(Qt.Orientation.Vertical)
        browse_splitter.addWidget(self.tabs)
        browse_splitter.addWidget(self.detail)
        browse_splitter.setStretchFactor(0, 3)
        browse_splitter.setStretchFactor(1, 1)
        browse_splitter.setChildrenCollapsible(False)
        browse_layout = QVBoxLayout(self)
        browse_layout.addLayout(filter_row)
        browse_layout.addWidget(browse_splitter, 1)

    def show_outline(self, framework: Framework, lang: str) -> None:
        """Browse ``framework`` in ``lang``, keeping the filter typed so far."""
        self.roles_model.set_outline(role_outline(framework, lang))
        self.skills_model.set_outline(skill_outline(framework, lang))
        self.apply_filter(self.filter.text())
        self.show_detail(self.current_index())

    def apply_filter(self, text: str) -> None:
        """Keep the rows matching ``text`` (and their parents), all expanded; none: tops open."""
        for proxy, tree in (
            (self.roles_proxy, self.roles_tree),
            (self.skills_proxy, self.skills_tree),
        ):
            proxy.setFilterFixedString(text.strip())
            if text.strip():
                tree.expandAll()
            else:
                tree.collapseAll()
                for row in range(proxy.rowCount()):
                    tree.expand(proxy.index(row, 0))

    def current_index(self) -> QModelIndex:
        """The current item of the tab shown."""
        tree = self.roles_tree if self.tabs.currentIndex() == 0 else self.skills_tree
        return tree.currentIndex()

    def show_detail(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """Show the full text of the item at ``index`` below the trees."""
        if not index.isValid():
            self.detail.setPlainText(self.tr("Select a role, a skill or a level to read it here."))
            return
        name = str(index.siblingAtColumn(0).data() or "")
        level = str(index.siblingAtColumn(1).data() or "")
        text = str(index.siblingAtColumn(0).data(TEXT_ROLE) or "")
        title = self.tr("{name} (level {level})").format(name=name, level=level) if level else name
        if index.data(KIND_ROLE) in ("level", "requirement"):
            # A level or a requirement reads better with its skill or role in front.
            owner = str(index.parent().siblingAtColumn(0).data() or "")
            title = f"{owner}: {title}" if owner else title
        self.detail.setPlainText(f"{title}\n\n{text}" if text else title)

    def retranslate(self) -> None:
        """Every fixed text in the current language (the title is the page's: it names the
        version)."""
        self.filter_label.setText(self.tr("&Find:"))
        self.filter.setPlaceholderText(self.tr("Filter roles, skills and descriptors"))
        self.filter.setAccessibleName(self.tr("Filter roles and skills"))
        self.tabs.setTabText(0, phrases.roles_by_track())
        self.tabs.setTabText(1, phrases.skills_and_levels())
        self.tabs.setAccessibleName(self.tr("Framework outline"))
        self.tabs.tabBar().setAccessibleName(self.tr("Framework outline"))
        self.roles_tree.setAccessibleName(phrases.roles_by_track())
        self.skills_tree.setAccessibleName(phrases.skills_and_levels())
        self.detail.setAccessibleName(self.tr("Details of the selected item"))
        for model in (self.roles_model, self.skills_model):
            model.retranslate()


def _outline_proxy(model: OutlineModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setAutoAcceptChildRows(True)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def _outline_tree(model: QSortFilterProxyModel) -> QTreeView:
    tree = QTreeView()
    tree.setModel(model)
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setAlternatingRowColors(True)
    header = tree.header()
    header.setStretchLastSection(True)
    # Names are never clipped (pt-BR titles run long); the details column takes the rest.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    return tree
