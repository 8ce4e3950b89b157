"""A bundle that cannot be imported: every problem listed, and the assurance nothing changed.

Why a list rather than one message: a damaged or foreign file often has several problems at
once (the store reports them all); a person sending it back to a colleague should be able to
read and copy them all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.problem_lists import shown_lines
from cxcareer.ui.common.locale import current_language

__all__ = ["ProblemsDialog"]


class ProblemsDialog(QDialog):
    """The problems of ``path``, read-only and selectable."""

    def __init__(self, path: Path, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = list(problems)
        self.setWindowTitle(self.tr("Bundle not imported"))
        self.message = QLabel(
            self.tr(
                "{file} cannot be imported. Nothing was changed. Problems found ({count}):"
            ).format(file=path.name, count=len(self.problems))
        )
        self.message.setWordWrap(True)
        # The first hundred, then a count: a bomb's 300,000 problems would bury the first.
        shown = shown_lines(self.problems, current_language())
        self.details = QPlainTextEdit("\n".join(shown))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Problems in the file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)
        close.setFocus()
