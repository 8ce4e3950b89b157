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

from cxcareer.framework import Problem
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.frameworks.problems_model import ProblemsModel

__all__ = ["ImportProblemsBox"]


class ImportProblemsBox(QGroupBox):
    """The last import's problems; ``hide_button`` asks the page to clear them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file = ""
        self._imported = False
        self.model = ProblemsModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = read_only_table(self.model, stretch=4, single_selection=False)
        self.hide_button = QPushButton()
        problems_layout = QVBoxLayout(self)
        problems_layout.addWidget(self.summary)
        problems_layout.addWidget(self.table, 1)
        hide_row = QHBoxLayout()
        hide_row.addStretch(1)
        hide_row.addWidget(self.hide_button)
        problems_layout.addLayout(hide_row)
        self.hide()

    def show_problems(self, filename: str, problems: tuple[Problem, ...], imported: bool) -> None:
        """List ``problems`` of ``filename`` (``imported``: it was stored despite them)."""
        self._file = filename
        self._imported = imported
        self.model.set_problems(problems)
        self.setVisible(bool(problems))
        self.retranslate_summary()
        if problems:
            self.table.resizeRowsToContents()

    def clear(self) -> None:
        """Forget the problems and hide."""
        self.model.set_problems(())
        self.hide()

    def retranslate(self) -> None:
        """Every text of the box in the current language."""
        self.table.setAccessibleName(self.tr("Problems in the framework file"))
        self.hide_button.setText(self.tr("Hide problems"))
        self.hide_button.setAccessibleName(self.tr("Hide problems"))
        self.model.retranslate()

    def retranslate_summary(self) -> None:
        """The title and the count line, for the problems shown."""
        count = self.model.rowCount()
        if not count:
            return
        errors = sum(
            1
            for row in range(count)
            if (problem := self.model.problem(row)) is not None
            and problem.severity.value == "error"
        )
        warnings = count - errors
        self.setTitle(self.tr("Problems in {file}").format(file=self._file))
        summary = self.tr("Errors: {errors}, warnings: {warnings}").format(
            errors=errors, warnings=warnings
        )
        if self._imported:
            summary += ". " + self.tr("The file was imported; the warnings are worth a look.")
        else:
            summary += ". " + self.tr("Fix the errors in the file and import it again.")
        self.summary.setText(summary)
