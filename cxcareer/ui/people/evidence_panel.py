"""The evidence behind one skill, with adding an entry and the manager's "verified" mark.

Why verification is refused on your own profile: evidence is verified by someone else (the
manager); the person this app's user said is them cannot vouch for themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service import development
from cxcareer.service.career import PersonSnapshot
from cxcareer.store.records import Assessor, EvidenceStrength
from cxcareer.ui.common.elided_title import ElidedTitleBox
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.people.evidence_dialog import EvidenceDialog, EvidenceForm
from cxcareer.ui.people.evidence_model import EvidenceColumn, EvidenceModel

__all__ = ["EvidencePanel"]


class EvidencePanel(ElidedTitleBox):
    """Evidence for the selected skill; ``add_evidence()`` and ``verify_selected()`` act."""

    def __init__(self, controller: ProfileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._skill: str | None = None
        self._view: PersonSnapshot | None = None
        self.dialog: EvidenceDialog | None = None
        self.model = EvidenceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EvidenceColumn.LINK, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.verify_button = QPushButton()
        self.add_button.clicked.connect(self.add_evidence)
        self.verify_button.clicked.connect(self.verify_selected)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self._update_title()
        self.table.setAccessibleName(self.tr("Evidence for the selected skill"))
        self.add_button.setText(self.tr("&Add evidence…"))
        self.add_button.setAccessibleName(self.tr("Add evidence"))
        self.verify_button.setText(self.tr("Mark &verified"))
        self.verify_button.setAccessibleName(self.tr("Mark the selected evidence verified"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self._view is None or self._skill is None:
            self.setTitle(self.tr("Evidence"))
        else:
            self.setTitle(self.tr("Evidence for {0}").format(self._view.skill_name(self._skill)))

    def show_skill(self, view: PersonSnapshot | None, skill: str | None) -> None:
        """List the evidence of ``skill`` (nothing when None)."""
        self._view = view
        self._skill = skill
        if view is None or skill is None:
            self.model.set_records(None, [])
        else:
            self.model.set_records(
                view, development.list_evidence(self.controller.app, view.person.id, skill)
            )
            if self.model.rowCount():
                self.table.selectRow(0)
        self._update_title()
        self._update_buttons()

    def _sides(self) -> tuple[Assessor, ...]:
        """Whose evidence this user adds (self) or verifies (manager); a company server says."""
        return self.controller.rating_sides(self._view.person.id) if self._view else ()

    def _can_verify(self) -> bool:
        return (
            self._view is not None
            and self._view.person.id != self.controller.me_id()
            and Assessor.MANAGER in self._sides()
        )

    def _update_buttons(self) -> None:
        writable = self._view is not None and not self.controller.read_only
        # On a company server each person adds their own evidence (their manager verifies it).
        others = Assessor.SELF not in self._sides()
        self.add_button.setEnabled(writable and not others)
        self.add_button.setToolTip(
            self.tr("On the company server each person adds their own evidence.") if others else ""
        )
        record = self.model.record(self.table.currentIndex().row())
        verifiable = (
            writable
            and record is not None
            and record.strength is not EvidenceStrength.VERIFIED
            and self._can_verify()
        )
        self.verify_button.setEnabled(verifiable)
        if self._view is not None and not self._can_verify():
            self.verify_button.setToolTip(
                self.tr(
                    "Evidence is verified by someone else, such "
                    "as the manager, not on your own profile."
                )
            )
        else:
            self.verify_button.setToolTip(self.tr("Vouch for this evidence as the manager."))

    def add_evidence(self) -> None:
        """Open the dialog for an entry of the selected skill; it is stored when accepted."""
        view = self._view
        if view is None or self.controller.read_only:
            return
        dialog = EvidenceDialog(view, self._skill, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store(view, dialog.form()))
        self.dialog = dialog
        dialog.open()

    def _store(self, view: PersonSnapshot, form: EvidenceForm) -> None:
        self.controller.run(
            lambda app: development.add_evidence(
                app,
                view.person.id,
                form.skill,
                form.level,
                form.observed_on,
                form.kind,
                form.strength,
                form.text,
                link=form.link,
            )
        )

    def verify_selected(self) -> None:
        """Mark the selected entry verified, in the name of whoever uses the app."""
        record = self.model.record(self.table.currentIndex().row())
        if record is None or not self._can_verify():
            return
        verifier = development.verifier_name(self.controller.app, self.controller.me_id())
        self.controller.run(lambda app: development.verify_evidence(app, record.id, verifier))

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
