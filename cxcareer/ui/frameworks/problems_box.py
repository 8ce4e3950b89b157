"""The problems found in the last framework file imported: a table with a count above it.

Why a box of its own: a hand-written framework often has many problems at once; they are shown
together, each with its line, errors and warnings counted, and whether the file was imported
anyway (warnings only) or not at all. The page decides when to show or clear it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import Problem, Severity
from cxcareer.framework.errors import first_shown
from cxcareer.service.problem_lists import more_problems
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.frameworks.problems_model import ProblemsModel, problem_order

__all__ = ["ImportProblemsBox"]


class ImportProblemsBox(QGroupBox):
    """The last import's problems; ``hide_button`` asks the page to clear them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file = ""
        self._imported = False
        self._errors = 0
        self._warnings = 0
        self._more = 0
        self.model = ProblemsModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table(self.model, stretch=4, single_selection=False)
        self.more = QLabel()
        self.more.hide()
        self.hide_button = QPushButton()
        problems_layout = QVBoxLayout(self)
        problems_layout.addWidget(self.summary)
        problems_layout.addWidget(self.table, 1)
        problems_layout.addWidget(self.more)
        hide_row = QHBoxLayout()
        hide_row.addStretch(1)
        hide_row.addWidget(self.hide_button)
        problems_layout.addLayout(hide_row)
        self.hide()

    def show_problems(self, filename: str, problems: tuple[Problem, ...], imported: bool) -> None:
        """List ``problems`` of ``filename`` (``imported``: it was stored despite them).

        The table holds the first :data:`SHOWN_PROBLEMS` (errors first); a line under it counts
        the rest, and the summary counts them all.
        """
        self._file = filename
        self._imported = imported
        ordered = sorted(problems, key=problem_order)
        shown, more = first_shown(ordered)
        self._errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        self._warnings = len(problems) - self._errors
        self._more = more
        self.model.set_problems(shown)
        self.more.setVisible(bool(more))
        self.setVisible(bool(problems))
        self.retranslate_summary()
        if problems:
            self.table.resizeRowsToContents()

    def clear(self) -> None:
        """Forget the problems and hide."""
        self.model.set_problems(())
        self._errors = self._warnings = self._more = 0
        self.more.hide()
        self.hide()

    def retranslate(self) -> None:
        """Every text of the box in the current language."""
        self.table.setAccessibleName(self.tr("Problems in the framework file"))
        self.hide_button.setText(self.tr("Hide problems"))
        self.hide_button.setAccessibleName(self.tr("Hide problems"))
        self.model.retranslate()

    def retranslate_summary(self) -> None:
        """The title, the count line and the count of problems left out of the table."""
        if not self.model.rowCount():
            return
        self.more.setText(more_problems(self._more, current_language()) if self._more else "")
        errors, warnings = self._errors, self._warnings
        self.setTitle(self.tr("Problems in {file}").format(file=self._file))
        summary = self.tr("Errors: {errors}, warnings: {warnings}").format(
            errors=errors, warnings=warnings
        )
        if self._imported:
            summary += ". " + self.tr("The file was imported; the warnings are worth a look.")
        else:
            summary += ". " + self.tr("Fix the errors in the file and import it again.")
        self.summary.setText(summary)
