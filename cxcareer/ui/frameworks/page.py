"""The Frameworks screen: which versions are stored, importing a file, switching, browsing.

Why imports run in the background and show a table: a large framework takes a moment to
validate, and a hand-written one often has many problems at once; the person gets every problem
with its line in one list (warnings too), and an invalid file changes nothing. Switching a
person to another version is confirmed first, saying plainly which ratings stop counting (they
stay in the history) and which role or targets are cleared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import FrameworkInvalid, Problem
from cxcareer.service.changes import Aspect, Changes, Outcome
from cxcareer.service.framework_browse import (
    VersionRow,
    framework_label,
    version_rows,
)
from cxcareer.service.framework_import import FileImport, import_framework_file
from cxcareer.ui.common import phrases
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.common.tasks import Progress, run_in_background
from cxcareer.ui.common.wrapped_height import keep_wrapped_height
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.frameworks.browser import FrameworkBrowser
from cxcareer.ui.frameworks.framework_file import choose_framework_file
from cxcareer.ui.frameworks.problems_box import ImportProblemsBox
from cxcareer.ui.frameworks.switch_question import ask_and_switch
from cxcareer.ui.frameworks.versions_model import (
    FRAMEWORK,
    SORT_ROLE,
    VERSION_ID_ROLE,
    VersionsModel,
)

__all__ = ["FrameworksPage"]


def _concerns(changes: Changes) -> bool:
    """The screen lists stored versions with their users, and switches the selected person."""
    return changes.touches(
        Aspect.FRAMEWORKS,
        Aspect.FRAMEWORK,
        Aspect.PEOPLE,
        Aspect.SELECTION,
        Aspect.LANGUAGE,
    )


class FrameworksPage(QWidget):
    """Stored framework versions, their import problems, switching and a browsable outline."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._dirty = True
        self._shown_version: str | None = None
        self._busy = False

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = keep_wrapped_height(QLabel())  # in a splitter pane (see the helper)

        self.versions = VersionsModel(self)
        self.versions_proxy = QSortFilterProxyModel(self)
        self.versions_proxy.setSourceModel(self.versions)
        self.versions_proxy.setSortRole(SORT_ROLE)
        self.versions_table = read_only_table(self.versions_proxy, stretch=0)
        self.versions_table.setSortingEnabled(True)
        self.versions_table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.versions_table.selectionModel().selectionChanged.connect(self._on_version_selected)
        self.versions_table.activated.connect(lambda _index: self.switch_person())
        # Two versions stay readable (a title wraps to about three lines) even while an
        # import's problems take the room below; it was squeezed to a row and a half.
        table = self.versions_table
        row = 3 * table.fontMetrics().lineSpacing() + 8
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height()
            + 2 * row
            + 2 * table.frameWidth()
            + table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        )

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

        self.problems_box = ImportProblemsBox()
        self.problems = self.problems_box.model
        self.problems_box.hide_button.clicked.connect(self.clear_problems)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.intro)
        top_layout.addWidget(self.versions_table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.notice)
        top_layout.addWidget(self.problems_box, 2)

        self.browser = FrameworkBrowser()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.refresher = RefreshOnChange(self, controller.changed, _concerns, self._changed)
        self.retranslate()

    # -- refreshing ---------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.touches(Aspect.DATABASE):
            self.clear_problems()
        if changes.touches(Aspect.LANGUAGE):
            self._shown_version = None
        self.reload()

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
        # A framework's id is for files, not people (its name says which it is); hidden again
        self.versions_table.setColumnHidden(FRAMEWORK, True)  # after each reset shows it
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
        self.browser.show_outline(framework, self.controller.lang)
        self._update_browse_title()

    def _update_browse_title(self) -> None:
        row = self.selected_version()
        if row is None:
            self.browser.setTitle(self.tr("Browse"))
        else:
            self.browser.setTitle(
                self.tr("Browse {framework}").format(
                    framework=framework_label(row.name, row.version)
                )
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

    # -- importing ----------------------------------------------------------------------
    def import_file(self) -> None:
        """Ask for a framework file (YAML or JSON) and import it."""
        if self.controller.read_only:
            show_error(self, PermissionError(phrases.read_only_database()))
            return
        chosen = choose_framework_file(self, self.controller.settings)
        if chosen is not None:
            self.import_path(chosen)

    def import_path(self, path: Path) -> None:
        """Validate ``path`` off the UI thread; store it only when it has no errors."""
        if self._busy:
            return
        app = self.controller.app
        self._busy = True
        self._update_buttons()
        self._set_notice(self.tr("Checking {file}…").format(file=path.name))

        def work(_progress: Progress) -> Outcome[FileImport]:
            return import_framework_file(app, path)

        run_in_background(
            self,
            self.tr("Checking the framework file…"),
            work,
            lambda result: self._import_done(path, result),
            on_error=lambda error: self._import_failed(path, error),
        )

    def _import_done(self, path: Path, result: Outcome[FileImport]) -> None:
        self._busy = False
        report, imported = result.value.report, result.value.imported
        self.controller.apply(result.changes)
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
            message = self.tr("Imported {framework} from {file}.")
        else:
            message = self.tr("{framework} was already stored; nothing was added.")
        name = self.controller.text(self.controller.app.framework(version.id).name)
        self._set_notice(
            message.format(framework=framework_label(name, version.version), file=path.name)
        )
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
        self.problems_box.show_problems(filename, problems, imported)

    def clear_problems(self) -> None:
        """Hide the problems of the last import."""
        self.problems_box.clear()
        self._set_notice("")

    # -- switching ----------------------------------------------------------------------
    def switch_person(self) -> bool:
        """Measure the selected person on the selected version, after confirmation."""
        view = self.controller.snapshot
        version_id = self.selected_version_id()
        if view is None or version_id is None or not self.switch_button.isEnabled():
            return False
        notice = ask_and_switch(self, self.controller, view.person.id, version_id)
        if notice is None:
            return False
        self._set_notice(notice)
        return True

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
        self.notice.setAccessibleName(phrases.last_step_outcome())
        self.versions.retranslate()
        self.problems_box.retranslate()
        self.browser.retranslate()
        self._update_buttons()
        self._update_browse_title()
        self.problems_box.retranslate_summary()
        self.browser.show_detail(self.browser.current_index())
