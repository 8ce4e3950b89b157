""" "How is this computed?": the readiness formula in words, with the person's own numbers.

Why on the overview and live: a readiness percentage is only trusted when it can be checked.
The panel lists each requirement's weight, the person's level and the level needed, the two
sums and the division — and recomputes with every rating, like everything else on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.career import PersonSnapshot
from cxcareer.service.formats import format_number, percent
from cxcareer.service.readiness_terms import ReadinessExplanation, explain_readiness
from cxcareer.service.texts import say
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.overview.readiness_terms_model import ReadinessTermsModel

__all__ = ["ReadinessDialog", "ReadinessPanel"]


class ReadinessPanel(QFrame):
    """The explanation of one role's readiness; ``show_for(view, role)`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._view: PersonSnapshot | None = None
        self._role: str | None = None
        self.explanation: ReadinessExplanation | None = None

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.formula = QLabel()
        self.formula.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ReadinessTermsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.words)
        layout.addWidget(self.formula)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        self.retranslate()

    def show_for(self, view: PersonSnapshot | None, role: str | None) -> None:
        """Explain ``role``'s readiness for the person in ``view``."""
        self._view = view
        self._role = role
        if view is None or role is None or role not in view.framework.roles:
            self.explanation = None
        else:
            self.explanation = explain_readiness(view.framework, role, view.levels)
        self.model.set_explanation(view, self.explanation)
        self._fill_texts()

    def retranslate(self) -> None:
        """Texts again in the current language."""
        self.words.setText(
            self.tr(
                "For every skill the role needs, take the smaller of your level and the level "
                "needed (a level above the one needed earns nothing extra) and multiply it by "
                "the skill's weight. Add these up and divide by the sum of weight × level needed "
                "over the same skills."
            )
        )
        self.table.setAccessibleName(self.tr("Readiness terms, one row per skill"))
        self.formula.setAccessibleName(self.tr("Readiness formula"))
        self.formula.setText(say("readiness_formula_terms", current_language()))
        self.model.retranslate()
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_texts(self) -> None:
        view = self._view
        explanation = self.explanation
        if view is None or explanation is None:
            self.title.setText(self.tr("Choose a target to see how its readiness is computed."))
            self.result.clear()
            return
        title = view.role_title(explanation.role)
        self.title.setText(self.tr("How readiness for {role} is computed").format(role=title))
        if not explanation.terms:
            self.result.setText(
                self.tr(
                    "{role} lists no skill requirements, so there is no readiness to measure."
                ).format(role=title)
            )
            return
        self.result.setText(
            self.tr(
                "Readiness = {have} ÷ {need} = {percent}. You meet {met} of {total} requirements."
            ).format(
                have=format_number(explanation.have_total, view.lang),
                need=format_number(explanation.need_total, view.lang),
                percent=percent(explanation.readiness, view.lang),
                met=explanation.met_count,
                total=len(explanation.terms),
            )
        )


class ReadinessDialog(QDialog):
    """A window around :class:`ReadinessPanel` that stays open, and current, beside the app.

    Why not modal: a person may rate a skill and watch the sum change; the overview refills the
    panel on every change while the window is open.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.panel = ReadinessPanel()
        self.panel.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def show_for(self, view: PersonSnapshot | None, role: str | None) -> None:
        """Explain ``role`` and size the window so the whole table fits when the screen allows."""
        self.panel.show_for(view, role)
        table = self.panel.table
        table.resizeColumnsToContents()
        wanted = table.horizontalHeader().length() + table.verticalScrollBar().sizeHint().width()
        wanted += 4 * table.frameWidth() + 48
        if self.width() < wanted:
            self.resize(wanted, max(self.height(), 520))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("How is readiness computed?"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
