"""Help › About cxcareer: the icon, the version, what the app is, its licence and credits, and
which database this window has open.

Why a dialog of its own rather than ``QMessageBox.about``: the database location is what people
(and whoever helps them) need when backing up or reporting a problem, so it is shown selectable;
the SFIA attribution the built-in framework owes is said where people look for credits; and Qt,
whose own About box the Help menu no longer offers, is credited here with its version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxcareer import __version__
from cxcareer.ui.common.app_identity import app_icon_label
from cxcareer.ui.common.heading import page_heading
from cxcareer.ui.controller import ProfileController

__all__ = ["AboutDialog"]


class AboutDialog(QDialog):
    """Modal; Close (or Escape) ends it."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About cxcareer"))

        icon = app_icon_label()
        self.name = page_heading(wrap=False)
        self.name.setText("cxcareer")
        self.version = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version.setObjectName("aboutVersion")
        self.summary = QLabel(
            self.tr(
                "Plans careers in customer support and customer experience: where you "
                "stand, what comes next and what is missing. It works offline; your data "
                "stays in your database."
            )
        )
        self.credits = QLabel(
            self.tr(
                "Free software under the MIT licence. The built-in framework cites SFIA 9 "
                "(customer engagement and loyalty, CELO) as a reference; SFIA is © SFIA "
                "Foundation (sfia-online.org). Made with Qt {qt}, PySide6, NetworkX and "
                "SQLAlchemy."
            ).format(qt=qVersion())
        )
        for label in (self.summary, self.credits):
            label.setWordWrap(True)
        self.database = QLabel(str(controller.app.database.location))
        self.database.setObjectName("aboutDatabase")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setAccessibleName(self.tr("Database location"))
        where = QFormLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addRow(self.tr("Database:"), self.database)

        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.version)
        text.addSpacing(8)
        text.addWidget(self.summary)
        text.addWidget(self.credits)
        text.addLayout(where)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(icon)
        body.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        # Wide enough that the paragraphs read as paragraphs, not a column of words.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
