"""The Frameworks screen: which versions are stored, importing a file, switching, browsing.

Why imports run in the background and show a table: a large framework takes a moment to
validate, and a hand-written one often has many problems at once; the person gets every problem
with its line in one list (warnings too), and an invalid file changes nothing. Switching a
person to another version is confirmed first, saying plainly which ratings stop counting (they
stay in the history) and which role or targets are cleared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import FrameworkInvalid, Problem
from cxcareer.framework.load import LoadReport
from cxcareer.service.backups import backup_now
from cxcareer.service.career import CareerApp
from cxcareer.service.framework_browse import (
    SwitchImpact,
    VersionRow,
    role_outline,
    skill_outline,
    switch_impact,
    version_rows,
)
from cxcareer.store.records import FrameworkImport
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.tasks import Progress, run_in_background
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.frameworks.outline_model import KIND_ROLE, TEXT_ROLE, OutlineModel
from cxcareer.ui.frameworks.problems_model import ProblemsModel
from cxcareer.ui.frameworks.versions_model import SORT_ROLE, VERSION_ID_ROLE, VersionsModel

__all__ = ["FrameworksPage"]

#: How many names a confirmation lists before "and N more".
_LISTED = 8


class FrameworksPage(QWidget):
    """Stored framework versions, their import problems, switching and a browsable outline."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._dirty = True
        self._shown_version: str | None = None
        self._problem_file = ""
        self._problem_imported = False
        self._busy = False

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.versions = VersionsModel(self)
        self.versions_proxy = QSortFilterProxyModel(self)
        self.versions_proxy.setSourceModel(self.versions)
        self.versions_proxy.setSortRole(SORT_ROLE)
        self.versions_table = QTableView()
        self.versions_table.setModel(self.versions_proxy)
        self.versions_table.setSortingEnabled(True)
        self.versions_table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setTabKeyNavigation(False)
        self.versions_table.verticalHeader().hide()
        header = self.versions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.versions_table.selectionModel().selectionChanged.connect(self._on_version_selected)
        self.versions_table.activated.connect(lambda _index: self.switch_person())

        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.switch_button = QPushButton()
        self.switch_button.clicked.connect(self.switch_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.problems = ProblemsModel(self)
        self.problems_box = QGroupBox()
        self.problems_summary = QLabel()
        self.problems_summary.setWordWrap(True)
        self.problems_table = QTableView()
        self.problems_table.setModel(self.problems)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setTabKeyNavigation(False)
        self.problems_table.setWordWrap(True)
        self.problems_table.verticalHeader().hide()
        problems_header = self.problems_table.horizontalHeader()
        problems_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        problems_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.hide_problems_button = QPushButton()
        self.hide_problems_button.clicked.connect(self.clear_problems)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_summary)
        problems_layout.addWidget(self.problems_table, 1)
        hide_row = QHBoxLayout()
        hide_row.addStretch(1)
        hide_row.addWidget(self.hide_problems_button)
        problems_layout.addLayout(hide_row)
        self.problems_box.hide()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.intro)
        top_layout.addWidget(self.versions_table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.notice)
        top_layout.addWidget(self.problems_box, 2)

        self.browse_box = QGroupBox()
        self.filter_label = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter)
        self.filter.textChanged.connect(self._apply_filter)
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
            tree.selectionModel().currentChanged.connect(self._show_detail)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roles_tree, "")
        self.tabs.addTab(self.skills_tree, "")
        self.tabs.currentChanged.connect(lambda _i: self._show_detail(self._current_tree_index()))
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        browse_splitter = QSplitter(Qt.Orientation.Vertical)
        browse_splitter.addWidget(self.tabs)
        browse_splitter.addWidget(self.detail)
        browse_splitter.setStretchFactor(0, 3)
        browse_splitter.setStretchFactor(1, 1)
        browse_splitter.setChildrenCollapsible(False)
        browse_layout = QVBoxLayout(self.browse_box)
        browse_layout.addLayout(filter_row)
        browse_layout.addWidget(browse_splitter, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.browse_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        controller.dataChanged.connect(self._mark_dirty)
        controller.personChanged.connect(self._mark_dirty)
        controller.languageChanged.connect(self._language_changed)
        controller.databaseChanged.connect(self._database_changed)
        self.retranslate()

    # -- refreshing ---------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def _database_changed(self) -> None:
        self._shown_version = None
        self.clear_problems()
        self._mark_dirty()

    def _language_changed(self) -> None:
        self._shown_version = None
        self._mark_dirty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def reload(self) -> None:
        """Read the stored versions again and show the selected one's outline."""
        self._dirty = False
        selected = self.selected_version_id()
        try:
            rows = version_rows(self.controller.app)
        except Exception as error:
            show_error(self, error)
            return
        view = self.controller.snapshot
        current = view.person.framework_version_id if view is not None else None
        self.versions.set_rows(rows, current, self.controller.lang)
        keep = selected if selected and self.versions.row_of(selected) >= 0 else current
        if keep is None and rows:
            keep = rows[0].version_id
        if keep is not None:
            self.select_version(keep)
        self._update_buttons()

    # -- selection ----------------------------------------------------------------------
    def selected_version_id(self) -> str | None:
        """The version selected in the table."""
        rows = self.versions_table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(VERSION_ID_ROLE)
        return str(value) if value else None

    def selected_version(self) -> VersionRow | None:
        """The selected version's row."""
        version_id = self.selected_version_id()
        if version_id is None:
            return None
        return self.versions.version(self.versions.row_of(version_id))

    def select_version(self, version_id: str) -> None:
        """Select ``version_id`` in the table and browse it."""
        row = self.versions.row_of(version_id)
        if row < 0:
            return
        proxy_index = self.versions_proxy.mapFromSource(self.versions.index(row, 0))
        self.versions_table.selectRow(proxy_index.row())
        self.versions_table.setCurrentIndex(proxy_index)
        self._browse(version_id)

    def _on_version_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        version_id = self.selected_version_id()
        if version_id is not None:
            self._browse(version_id)
        self._update_buttons()

    def _browse(self, version_id: str) -> None:
        if version_id == self._shown_version:
            return
        try:
            framework = self.controller.app.framework(version_id)
        except Exception as error:
            show_error(self, error)
            return
        self._shown_version = version_id
        lang = self.controller.lang
        self.roles_model.set_outline(role_outline(framework, lang))
        self.skills_model.set_outline(skill_outline(framework, lang))
        self._apply_filter(self.filter.text())
        self._update_browse_title()
        self._show_detail(self._current_tree_index())

    def _update_browse_title(self) -> None:
        row = self.selected_version()
        if row is None:
            self.browse_box.setTitle(self.tr("Browse"))
        else:
            self.browse_box.setTitle(
                self.tr("Browse {name} {version}").format(name=row.name, version=row.version)
            )

    def _update_buttons(self) -> None:
        read_only = self.controller.read_only
        self.import_button.setEnabled(not read_only and not self._busy)
        view = self.controller.snapshot
        selected = self.selected_version_id()
        can_switch = (
            not read_only
            and view is not None
            and selected is not None
            and selected != view.person.framework_version_id
        )
        self.switch_button.setEnabled(can_switch)
        if view is not None:
            self.switch_button.setText(
                self.tr("Measure {name} on this version…").format(name=view.person.name)
            )
        else:
            self.switch_button.setText(self.tr("Measure the selected person on this version…"))
        self.switch_button.setAccessibleName(self.switch_button.text().rstrip("…"))
        if read_only:
            self.switch_button.setToolTip(phrases.read_only_database())
        elif view is not None and selected == view.person.framework_version_id:
            self.switch_button.setToolTip(
                self.tr("{name} is already measured on this version.").format(name=view.person.name)
            )
        else:
            self.switch_button.setToolTip("")

    # -- browsing -----------------------------------------------------------------------
    def _apply_filter(self, text: str) -> None:
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

    def _current_tree_index(self) -> QModelIndex:
        tree = self.roles_tree if self.tabs.currentIndex() == 0 else self.skills_tree
        return tree.currentIndex()

    def _show_detail(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
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

    # -- importing ----------------------------------------------------------------------
    def import_file(self) -> None:
        """Ask for a framework file (YAML or JSON) and import it."""
        if self.controller.read_only:
            show_error(self, PermissionError(phrases.read_only_database()))
            return
        start = str(self.controller.settings.value("frameworks/last_folder", "")) or (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import framework"),
            start,
            self.tr("Framework files (*.yaml *.yml *.json);;All files (*)"),
        )
        if chosen:
            self.controller.settings.setValue("frameworks/last_folder", str(Path(chosen).parent))
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> None:
        """Validate ``path`` off the UI thread; store it only when it has no errors."""
        if self._busy:
            return
        app = self.controller.app
        self._busy = True
        self._update_buttons()
        self._set_notice(self.tr("Checking {file}…").format(file=path.name))

        def work(_progress: Progress) -> tuple[LoadReport, FrameworkImport | None]:
            return _check_and_import(app, path)

        run_in_background(
            self,
            self.tr("Checking the framework file…"),
            work,
            lambda result: self._import_done(path, result),
            on_error=lambda error: self._import_failed(path, error),
        )

    def _import_done(self, path: Path, result: Any) -> None:
        self._busy = False
        report, imported = result
        self._show_problems(path.name, report.problems, imported is not None)
        if imported is None:
            self._set_notice(
                self.tr("{file} was not imported: it has errors. Nothing was changed.").format(
                    file=path.name
                )
            )
            self._update_buttons()
            return
        version = imported.version
        if imported.created:
            message = self.tr("Imported {id} version {version} from {file}.")
        else:
            message = self.tr("{id} version {version} was already stored; nothing was added.")
        self._set_notice(
            message.format(id=version.framework_id, version=version.version, file=path.name)
        )
        self._dirty = True
        self.reload()
        self.select_version(version.id)

    def _import_failed(self, path: Path, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, FrameworkInvalid):
            self._show_problems(path.name, error.problems, False)
            self._set_notice(
                self.tr("{file} was not imported: it has errors. Nothing was changed.").format(
                    file=path.name
                )
            )
        else:
            self._set_notice("")
            show_error(self, error)
        self._update_buttons()

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_problems(self, filename: str, problems: tuple[Problem, ...], imported: bool) -> None:
        self._problem_file = filename
        self._problem_imported = imported
        self.problems.set_problems(problems)
        self.problems_box.setVisible(bool(problems))
        self._retranslate_problems()
        if problems:
            self.problems_table.resizeRowsToContents()

    def clear_problems(self) -> None:
        """Hide the problems of the last import."""
        self.problems.set_problems(())
        self.problems_box.hide()
        self._set_notice("")

    # -- switching ----------------------------------------------------------------------
    def switch_person(self) -> bool:
        """Measure the selected person on the selected version, after confirmation."""
        view = self.controller.snapshot
        version_id = self.selected_version_id()
        if view is None or version_id is None or not self.switch_button.isEnabled():
            return False
        person_id = view.person.id
        try:
            impact = switch_impact(self.controller.app, person_id, version_id)
        except Exception as error:
            show_error(self, error)
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Switch framework version"),
            self.switch_question(impact),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = self.controller.run(lambda app: app.switch_framework(person_id, version_id))
        if done is None:
            return False
        self._set_notice(
            self.tr("{name} is now measured on {version}.").format(
                name=impact.person_name, version=impact.to_version
            )
        )
        self._dirty = True
        self.reload()
        return True

    def switch_question(self, impact: SwitchImpact) -> str:
        """The confirmation text: what stays, what stops counting, what is cleared."""
        parts = [
            self.tr("Measure {name} on {new} instead of {old}?").format(
                name=impact.person_name, new=impact.to_version, old=impact.from_version
            )
        ]
        if impact.orphaned_skills:
            parts.append(
                self.tr(
                    "These rated skills do not exist in {new}. Their ratings stay in the history "
                    "but no longer count: {skills}."
                ).format(
                    new=impact.to_version,
                    skills=self._listing([name for _id, name in impact.orphaned_skills]),
                )
            )
        else:
            parts.append(
                self.tr("Every rated skill exists in {new}.").format(new=impact.to_version)
            )
        if impact.cleared_role is not None:
            parts.append(
                self.tr("The current role {role} does not exist there and will be cleared.").format(
                    role=impact.cleared_role[1]
                )
            )
        if impact.cleared_targets:
            parts.append(
                self.tr("These targets do not exist there and will be removed: {roles}.").format(
                    roles=self._listing([title for _id, title in impact.cleared_targets])
                )
            )
        parts.append(
            self.tr(
                "No rating is deleted: switching back makes them count again (the role and "
                "targets would have to be chosen again)."
            )
            if impact.loses_anything
            else self.tr("No rating is deleted.")
        )
        return "\n\n".join(parts)

    def _listing(self, names: list[str]) -> str:
        if len(names) <= _LISTED:
            return ", ".join(names)
        shown = ", ".join(names[:_LISTED])
        return self.tr("{names} and {count} more").format(names=shown, count=len(names) - _LISTED)

    # -- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the screen in the current language."""
        self.heading.setText(self.tr("Framework versions"))
        self.intro.setText(
            self.tr(
                "A framework describes the roles, skills and moves of a career. Every imported "
                "file is kept as a version, and each person is measured on one version at a "
                "time. Select a version to browse it."
            )
        )
        self.versions_table.setAccessibleName(self.tr("Framework versions"))
        self.import_button.setText(self.tr("Import framework…"))
        self.import_button.setAccessibleName(self.tr("Import framework"))
        self.import_button.setToolTip(
            self.tr("Add a framework from a YAML or JSON file; it is checked first.")
        )
        self.problems_table.setAccessibleName(self.tr("Problems in the framework file"))
        self.notice.setAccessibleName(phrases.last_step_outcome())
        self.hide_problems_button.setText(self.tr("Hide problems"))
        self.hide_problems_button.setAccessibleName(self.tr("Hide problems"))
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
        for model in (self.versions, self.problems, self.roles_model, self.skills_model):
            model.retranslate()
        self._update_buttons()
        self._update_browse_title()
        self._retranslate_problems()
        self._show_detail(self._current_tree_index())

    def _retranslate_problems(self) -> None:
        count = self.problems.rowCount()
        if not count:
            return
        errors = sum(
            1
            for row in range(count)
            if (problem := self.problems.problem(row)) is not None
            and problem.severity.value == "error"
        )
        warnings = count - errors
        self.problems_box.setTitle(self.tr("Problems in {file}").format(file=self._problem_file))
        summary = self.tr("Errors: {errors}, warnings: {warnings}").format(
            errors=errors, warnings=warnings
        )
        if self._problem_imported:
            summary += ". " + self.tr("The file was imported; the warnings are worth a look.")
        else:
            summary += ". " + self.tr("Fix the errors in the file and import it again.")
        self.problems_summary.setText(summary)


def _check_and_import(app: CareerApp, path: Path) -> tuple[LoadReport, FrameworkImport | None]:
    """Runs on a worker thread: check, back up, then store only a valid file."""
    report = app.check_framework_file(path)
    if not report.ok:
        return report, None
    backup_now(app.database.location, "before-import")
    return report, app.import_framework(path)


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
