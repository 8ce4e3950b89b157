"""Asking for a file to save or open: the platform's own dialog, starting where that kind of
file went last time.

Why one module: every export (map, team heat-map, one-to-one pack, bundle) and import
(framework, bundle) asked Qt on its own, one starting in the working folder, another in the
home folder, none remembering. Here each asks by :class:`FileKind`; the chooser opens in the
folder that kind's last file used (Documents the first time, see
:func:`~cxcareer.ui.common.app_settings.remembered_folder`) and remembers the one chosen.

The dialogs are the platform's native ones (GTK, the desktop portal, Windows, macOS): no
option here turns that off. :func:`native_save_name` and :func:`native_open_name` are the one
place Qt is asked, so tests replace them (offscreen, no native dialog can show).

Why the save dialog does not ask about replacing a file, and :func:`may_write` does: a platform
dialog may not ask at all (a portal, a typed name), it asks about the name typed while the
export then adds its extension (``map`` becomes ``map.png``), and it knows nothing of databases
or links. So the chooser is told not to ask, and every export, once its final name is known,
calls :func:`may_write`: it asks before replacing a file, and says plainly why a name can never
be written (:mod:`cxcareer.store.write_target`); the export then writes with ``force``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cxcareer.service.export_files import check_target
from cxcareer.store.errors import TargetRefused
from cxcareer.ui.common.app_settings import FileKind, remember_folder, remembered_folder
from cxcareer.ui.common.errors import show_error

__all__ = [
    "ChosenFile",
    "ask_open_path",
    "ask_save_path",
    "may_write",
    "native_open_name",
    "native_save_name",
]


def native_save_name(
    parent: QWidget | None, title: str, start: str, filters: str
) -> tuple[str, str]:
    """The platform's save dialog: the file name typed ("" when cancelled) and filter chosen.

    It does not ask about replacing: :func:`may_write` does, on the export's final name.
    """
    dont_ask = QFileDialog.Option.DontConfirmOverwrite
    return QFileDialog.getSaveFileName(parent, title, start, filters, options=dont_ask)


def native_open_name(
    parent: QWidget | None, title: str, start: str, filters: str
) -> tuple[str, str]:
    """The platform's open dialog: the file chosen ("" when cancelled) and filter chosen."""
    return QFileDialog.getOpenFileName(parent, title, start, filters)


ChosenFile = tuple[Path, str]
"""A file chosen, with the filter it was chosen under (which says the format)."""


def ask_save_path(
    parent: QWidget | None,
    settings: QSettings,
    kind: FileKind,
    title: str,
    file_name: str,
    filters: Sequence[str],
) -> ChosenFile | None:
    """Ask where to save a ``kind`` of file suggesting ``file_name``; None when cancelled.

    ``file_name`` may be a full path (a dialog that already holds one); a bare name is put in
    the kind's remembered folder. The folder chosen is remembered for the next time.
    """
    suggested = Path(file_name)
    if not suggested.is_absolute():
        suggested = remembered_folder(settings, kind) / suggested
    name, chosen_filter = native_save_name(parent, title, str(suggested), ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    remember_folder(settings, kind, path.parent)
    return path, chosen_filter


def ask_open_path(
    parent: QWidget | None,
    settings: QSettings,
    kind: FileKind,
    title: str,
    filters: Sequence[str],
) -> Path | None:
    """Ask for a ``kind`` of file to read; None when cancelled. Its folder is remembered."""
    start = str(remembered_folder(settings, kind))
    name, _filter = native_open_name(parent, title, start, ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    remember_folder(settings, kind, path.parent)
    return path


def may_write(parent: QWidget | None, path: Path) -> bool:
    """Whether an export may write ``path`` (with ``force``): asked first if it exists.

    A name that can never be written (a folder, a link, a database or its files, a pipe) is
    refused with a plain message naming it; an existing file is replaced only when the person
    says so, in a question whose default answer keeps the file.
    """
    try:
        check_target(path)
    except TargetRefused as refused:
        if refused.reason != "exists":
            show_error(
                parent, refused, title=QCoreApplication.translate("FileDialogs", "Not saved")
            )
            return False
    else:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileDialogs", "Replace the file?"),
        QCoreApplication.translate("FileDialogs", "{name} already exists in {folder}.").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("FileDialogs", "Replacing it loses what it holds now.")
    )
    replace = box.addButton(
        QCoreApplication.translate("FileDialogs", "&Replace"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace
