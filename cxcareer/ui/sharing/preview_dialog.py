"""Before an import: who the file is about and what it would add or update here.

Why a confirmation with counts: importing merges another laptop's history into this one; the
person should see that, say, one manager rating and one one-to-one are new and that nothing is
overwritten, and that private notes are coming in, before anything is written. Nothing in the
file is new? Then the dialog says so and offers only Close.

Who signed the file comes first, with the key's fingerprint to compare by phone. A key seen for
the first time says so; a key that CHANGED for a person already known is a loud warning, and
Import stays disabled until the user ticks that they compared the new key with that person.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxcareer.service.bundle_preview import BundlePreview, KeyStatus
from cxcareer.service.framework_browse import framework_label
from cxcareer.ui.common import phrases
from cxcareer.ui.common.locale import current_language
from cxcareer.ui.common.palette import current_palette
from cxcareer.ui.sharing.preview_model import PreviewModel

__all__ = ["PreviewDialog"]


def _unbroken(fingerprint: str) -> str:
    return fingerprint.replace(" ", "\u00a0")


class PreviewDialog(QDialog):
    """What importing ``path`` would do; accepted means "Import"."""

    def __init__(self, preview: BundlePreview, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(phrases.import_bundle_title())
        self.setSizeGripEnabled(True)

        self.heading = QLabel(self._heading_text(path))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.signer_text = QLabel(self._signer_text())
        self.signer_text.setWordWrap(True)
        self.signer_text.setAccessibleName(self.tr("Who signed the file"))
        self.signer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        changed = preview.key_status.needs_acceptance
        self.trust_new_key = QCheckBox(
            self.tr("I compared this key with {name}: trust it").format(name=preview.signer_name)
        )
        self.trust_new_key.setAccessibleName(self.tr("Trust this key"))
        self.trust_new_key.setVisible(changed)
        if changed:
            warning = current_palette().warning
            self.signer_text.setStyleSheet(f"font-weight: bold; color: {warning};")
        self.person_text = QLabel(self._person_text())
        self.person_text.setWordWrap(True)
        self.framework_text = QLabel(self._framework_text())
        self.framework_text.setWordWrap(True)
        self.private_text = QLabel(self._private_text())
        self.private_text.setWordWrap(True)
        self.private_text.setVisible(bool(self.private_text.text()))

        self.model = PreviewModel(self)
        self.model.set_preview(preview)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What the import adds and updates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        frame = 2 * self.table.frameWidth()
        # Tall enough for every row, no taller: four rows never need a scroll bar.
        self.table.setFixedHeight(rows_height + header.sizeHint().height() + frame)

        self.outcome = QLabel(self._outcome_text())
        self.outcome.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if preview.changed:
            self.import_button = self.buttons.addButton(
                self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setAccessibleName(self.tr("Import the bundle"))
            self.import_button.setDefault(not changed)
            self.import_button.setEnabled(not changed)
            self.trust_new_key.toggled.connect(self.import_button.setEnabled)
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            close.setAccessibleName(self.tr("Cancel the import"))
        else:
            close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            close.setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.signer_text)
        layout.addWidget(self.trust_new_key)
        layout.addWidget(self.person_text)
        layout.addWidget(self.framework_text)
        layout.addWidget(self.private_text)
        layout.addWidget(self.table)
        layout.addStretch(1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        width = max(self.sizeHint().width(), 560)
        # As tall as the wrapped texts need at that width (the hint wraps them narrower).
        height = layout.totalHeightForWidth(width)
        self.resize(width, height if height > 0 else self.sizeHint().height())
        self.table.setFocus()

    def new_key_accepted(self) -> bool:
        """Whether the user accepted a key that needs it (always False for a new or known one)."""
        return self.preview.key_status.needs_acceptance and self.trust_new_key.isChecked()

    def _signer_text(self) -> str:
        p = dataclasses.replace(  # a fingerprint never breaks across lines: it is read as one
            self.preview,
            signer_fingerprint=_unbroken(self.preview.signer_fingerprint),
            pinned_fingerprint=_unbroken(self.preview.pinned_fingerprint or ""),
        )
        if p.key_status is KeyStatus.CHANGED:
            return self.tr(
                "Warning: the key that signed this file for {name} has CHANGED. Known key: "
                "{old}. This file: {new}. Someone else may be writing as {name}: import only "
                "after {name} confirms the new key, by phone or in person."
            ).format(name=p.signer_name, old=p.pinned_fingerprint or "", new=p.signer_fingerprint)
        if p.key_status is KeyStatus.UNVOUCHED:
            return self.tr(
                "Warning: {name} is already in this database, but no key was ever trusted for "
                "them, and this file's key {new} is new. Someone else may be writing as {name}: "
                "import only after {name} confirms this key, by phone or in person."
            ).format(name=p.signer_name, new=p.signer_fingerprint)
        if p.key_status is KeyStatus.NEW:
            return self.tr(
                "Signed by {name} with key {key}. This key is new here: compare it with {name} "
                "(by phone or in person); importing trusts it for {name} from now on."
            ).format(name=p.signer_name, key=p.signer_fingerprint)
        return self.tr("Signed by {name} with key {key}, the key known for them.").format(
            name=p.signer_name, key=p.signer_fingerprint
        )

    def _heading_text(self, path: Path) -> str:
        return self.tr("Import {file}?").format(file=path.name)

    def _person_text(self) -> str:
        p = self.preview
        if p.person_is_new:
            return self.tr("{name} is not in this database yet and will be added.").format(
                name=p.person_name
            )
        if p.profile_updated and p.local_name != p.person_name:
            return self.tr(
                "{local} is already here. Their profile was edited more recently in the file, "
                "so it will be updated (the name becomes {name})."
            ).format(local=p.local_name, name=p.person_name)
        if p.profile_updated:
            return self.tr(
                "{name} is already here. Their profile was edited more recently in the file, "
                "so it will be updated."
            ).format(name=p.person_name)
        return self.tr("{name} is already here; the file's history is merged into theirs.").format(
            name=p.person_name
        )

    def _framework_text(self) -> str:
        p = self.preview
        name = p.framework_name.get(current_language()) if p.framework_name else ""
        framework = framework_label(name or p.framework_id, p.framework_version)
        if p.framework_is_new:
            return self.tr(
                "The file uses {framework}, which is not here yet; it will be added."
            ).format(framework=framework)
        return self.tr("{framework} is already here.").format(framework=framework)

    def _private_text(self) -> str:
        p = self.preview
        if not p.private_authors:
            return ""
        return self.tr(
            "The file carries private one-to-one notes written by {authors}. "
            "They will be stored in this database."
        ).format(authors=", ".join(p.private_authors))

    def _outcome_text(self) -> str:
        if not self.preview.changed:
            return self.tr("Everything in this file is already here; importing changes nothing.")
        return self.tr(
            "Nothing here is overwritten or removed. A backup of this database is taken first."
        )
