"""The detail of one role: what it is, what it asks for against your levels, and how to get there.

Usable from any screen: give it the controller and call :meth:`RoleDetail.show_role`. It reads
``controller.snapshot`` for the person's levels (or shows the role alone when nobody is chosen) and
follows the controller's changes itself (inside the Ladder the page hands its data over instead).

Signals:
    roleActivated(str): a way in or out was opened (Enter or double-click); the owner decides
        whether to show that role here or elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.framework import FrameworkError
from cxcareer.service.changes import Aspect, Changes
from cxcareer.service.formats import percent
from cxcareer.service.ladder_data import LadderData, ladder_data
from cxcareer.service.role_detail import RoleDetailData, role_detail
from cxcareer.service.texts import say
from cxcareer.store.errors import StoreError
from cxcareer.ui.common.errors import show_error
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.read_only_table import read_only_table
from cxcareer.ui.common.refresh import RefreshOnChange
from cxcareer.ui.controller import ProfileController
from cxcareer.ui.ladder.moves_model import MovesModel
from cxcareer.ui.ladder.requirements_model import RequirementsModel

__all__ = ["RoleDetail"]


def _table(name: str, model: QAbstractItemModel) -> QTableView:
    """A read-only table whose rows grow to fit their wrapped descriptors."""
    table = read_only_table(model, stretch=0)
    table.setObjectName(name)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class RoleDetail(QWidget):
    """Title, track and level, readiness, description, responsibilities, requirements, moves."""

    roleActivated = Signal(str)

    def __init__(
        self, controller: ProfileController, parent: QWidget | None = None, *, follow: bool = True
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.role_id: str | None = None
        self.detail: RoleDetailData | None = None
        self._data: LadderData | None = None

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.responsibilities_label = QLabel()
        self.responsibilities = QLabel()
        self.responsibilities.setWordWrap(True)
        self.responsibilities.setTextFormat(Qt.TextFormat.PlainText)

        self.requirements_label = QLabel()
        self.requirements_model = RequirementsModel(self)
        self.requirements = _table("roleRequirements", self.requirements_model)
        header = self.requirements.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.requirements_label.setBuddy(self.requirements)

        self.ways_in_label = QLabel()
        self.ways_in_model = MovesModel(self)
        self.ways_in = _table("roleWaysIn", self.ways_in_model)
        self.ways_out_label = QLabel()
        self.ways_out_model = MovesModel(self)
        self.ways_out = _table("roleWaysOut", self.ways_out_model)
        for label, table in (
            (self.ways_in_label, self.ways_in),
            (self.ways_out_label, self.ways_out),
        ):
            label.setBuddy(table)
            table.activated.connect(self._move_activated)
            table.doubleClicked.connect(self._move_activated)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.title,
            self.summary,
            self.description,
            self.responsibilities_label,
            self.responsibilities,
            self.requirements_label,
            self.requirements,
            self.ways_in_label,
            self.ways_in,
            self.ways_out_label,
            self.ways_out,
        ):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)

        if follow:  # embedded in the Ladder, the page hands its data over instead
            self.refresher = RefreshOnChange.for_person(
                self,
                controller,
                (Aspect.PROFILE, Aspect.RATINGS, Aspect.FRAMEWORK),
                self._changed,
            )
        self.retranslate()
        self._show()

    # -- public -----------------------------------------------------------------------------
    def show_role(self, role_id: str | None, data: LadderData | None = None) -> None:
        """Show ``role_id`` (None: a hint to pick one); ``data`` saves recomputing the snapshot."""
        self.role_id = role_id
        self._data = data
        self._show()

    def _changed(self, _changes: Changes) -> None:
        self._reload()

    def _reload(self) -> None:
        self._data = None
        self._show()

    def _snapshot(self) -> LadderData:
        if self._data is None:
            self._data = ladder_data(self.controller.app, self.controller.snapshot)
        return self._data

    def _show(self) -> None:
        detail = None
        if self.role_id is not None:
            try:
                data = self._snapshot()
                if self.role_id in data.framework.roles:
                    detail = role_detail(data, self.role_id)
            except (FrameworkError, StoreError) as error:
                show_error(self, error)
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.scroller.setVisible(detail is not None)
        if detail is None:
            self.requirements_model.set_rows((), {})
            self.ways_in_model.set_moves(())
            self.ways_out_model.set_moves(())
            return
        data = self._snapshot()
        self.title.setText(detail.title)
        self._fill_texts(detail)
        names = {level: data.level_name(level) for level in data.framework.scale.levels()}
        self.requirements_model.set_rows(detail.requirements, names)
        self.requirements.resizeColumnsToContents()
        for column in (2, 4):
            self.requirements.setColumnWidth(
                column, max(180, min(320, self.requirements.columnWidth(column)))
            )
        self.requirements.resizeRowsToContents()
        self.ways_in_model.set_moves(detail.ways_in)
        self.ways_out_model.set_moves(detail.ways_out)
        self.ways_in.setVisible(bool(detail.ways_in))
        self.ways_out.setVisible(bool(detail.ways_out))
        self.ways_in.setAccessibleName(self.tr("Ways into {role}").format(role=detail.title))
        self.ways_out.setAccessibleName(self.tr("Ways out of {role}").format(role=detail.title))
        self.requirements.setAccessibleName(
            self.tr("What {role} asks for").format(role=detail.title)
        )

    def _fill_texts(self, detail: RoleDetailData) -> None:
        track = detail.track or self.tr("Other roles")
        summary = self.tr("{track} · level {level} ({name})").format(
            track=track, level=detail.level, name=detail.level_name
        )
        if detail.readiness is not None and not detail.requirements:
            summary = f"{summary} · {say('readiness_no_requirements', current_language())}"
        elif detail.readiness is not None:
            summary = self.tr("{summary} · {percent} ready").format(
                summary=summary, percent=percent(detail.readiness, current_language())
            )
        self.summary.setText(summary)
        self.description.setText(detail.description)
        self.description.setVisible(bool(detail.description))
        self.responsibilities.setText("\n".join(f"• {item}" for item in detail.responsibilities))
        self.responsibilities.setVisible(bool(detail.responsibilities))
        self.responsibilities_label.setVisible(bool(detail.responsibilities))
        self.ways_in_label.setText(
            self.tr("Ways in") if detail.ways_in else self.tr("Ways in: none (a starting role)")
        )
        self.ways_out_label.setText(
            self.tr("Ways out")
            if detail.ways_out
            else self.tr("Ways out: none (top of its ladder)")
        )

    def _move_activated(self, index: QModelIndex) -> None:
        model = index.model()
        role = model.role_at(index.row()) if isinstance(model, MovesModel) else None
        if role is not None:
            self.roleActivated.emit(role)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a role on the map or in the list to see its detail."))
        self.responsibilities_label.setText(self.tr("Responsibilities"))
        self.requirements_label.setText(self.tr("What the role asks for"))
        self.requirements.setAccessibleName(self.tr("Requirements of the role"))
        self.ways_in.setAccessibleName(self.tr("Ways into the role"))
        self.ways_out.setAccessibleName(self.tr("Ways out of the role"))
        self.scroller.setAccessibleName(self.tr("Role detail"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._data = None
            self._show()
        super().changeEvent(event)
