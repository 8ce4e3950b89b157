"""The preferences dialog: the app's language and its theme, applied the moment they change.

Why no OK/Cancel: both choices are harmless and visible at once, so the dialog applies them as
they are picked (the whole window, this dialog included, switches language) and is closed with
Close or Escape. Both are remembered in QSettings for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxcareer.ui.common.app_settings import THEME, THEMES
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.settings.theme import apply_theme

__all__ = ["LANGUAGES", "PreferencesDialog"]

#: Each language by its own name, so anyone can find theirs whatever the current language is.
LANGUAGES = (("en", "English"), ("pt-BR", "Português (Brasil)"))


class PreferencesDialog(QDialog):
    """Language and theme, applied at once and stored for the next start."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(controller.lang)))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)

        self.theme = QComboBox()
        for code in THEMES:
            self.theme.addItem("", code)
        current = THEME.read(controller.settings)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.theme_label = QLabel()
        self.theme_label.setBuddy(self.theme)

        self.note = QLabel()
        self.note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.language.currentIndexChanged.connect(self._language_picked)
        self.theme.currentIndexChanged.connect(self._theme_picked)
        self.retranslate()
        width = self.fontMetrics().averageCharWidth() * 60
        self.resize(self.sizeHint().expandedTo(QSize(width, 0)))

    def _language_picked(self, _index: int) -> None:
        code = self.language.currentData()
        if code:
            self.controller.set_language(str(code))

    def _theme_picked(self, _index: int) -> None:
        code = str(self.theme.currentData() or "system")
        THEME.write(self.controller.settings, code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.theme.setAccessibleName(self.tr("Theme"))
        names = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for row in range(self.theme.count()):
            self.theme.setItemText(row, names.get(str(self.theme.itemData(row)), ""))
        self.note.setText(
            self.tr("Changes apply at once and are remembered the next time cxcareer starts.")
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
            close.setAccessibleName(self.tr("Close"))
