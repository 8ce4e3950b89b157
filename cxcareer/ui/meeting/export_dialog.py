"""Choosing how a one-to-one pack is exported: paper, language, and whether private notes go in.

Why private notes are off by default and come with a warning: they exist so a manager can write
what they would not say aloud; a PDF leaves the database and can be forwarded, so putting them in
must be a deliberate choice every time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.meeting_rows import default_paper
from cxcareer.ui.common import phrases
from cxcareer.ui.common.window_title import room_for_title

__all__ = ["LANGUAGES", "ExportOptions", "ExportPackDialog"]

#: Languages a pack can be written in, with their names in their own language.
LANGUAGES = (("en", "English"), ("pt-BR", "Português (Brasil)"))


@dataclass(frozen=True)
class ExportOptions:
    """What the person chose: ``paper`` is "a4" or "letter", ``lang`` "en" or "pt-BR"."""

    paper: str
    lang: str
    include_private: bool = False


class ExportPackDialog(QDialog):
    """Paper (default from the locale), language (the app's), private notes (off)."""

    def __init__(
        self,
        person_name: str,
        lang: str,
        *,
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(phrases.export_pack_title())
        room_for_title(self)
        intro = QLabel(
            self.tr("A PDF for {0}: profile, progress, plan and one-to-one notes.").format(
                person_name
            )
        )
        intro.setWordWrap(True)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        chosen = default_paper((locale or QLocale.system()).name())
        self.paper.setCurrentIndex(max(self.paper.findData(chosen), 0))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the pack"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.private = QCheckBox(self.tr("Include &private notes"))
        self.private.setAccessibleName(self.tr("Include private notes"))
        self.private.setChecked(False)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.private.toggled.connect(lambda _on: self._update_warning())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Pape&r:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Choose file…"))
        ok.setAccessibleName(self.tr("Choose where to save the PDF"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.private)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self._update_warning()

    def _update_warning(self) -> None:
        if self.private.isChecked():
            self.warning.setText(
                self.tr("⚠ Private notes will be in the PDF. Anyone you send it to can read them.")
            )
        else:
            self.warning.setText(
                self.tr(
                    "Private notes stay out of the PDF. They are only in this database; "
                    "tick the box only if you mean to share them."
                )
            )

    def options(self) -> ExportOptions:
        """The choices as they are now."""
        return ExportOptions(
            paper=str(self.paper.currentData()),
            lang=str(self.language.currentData()),
            include_private=self.private.isChecked(),
        )
