"""Every QSettings key of the app, declared once with its type and default, and read through it.

Why declared in one place (as MusicBrainz Picard declares its options): a key spelled in two
files drifts apart, and a value read raw from the settings file can be anything — an old
format, a hand edit, another type — so each reader would need its own guard. Here each
:class:`Setting` has its stored name, its default and a parser that turns whatever is stored
into the declared type or refuses it; :meth:`Setting.read` gives the default for anything
refused, so a garbage value never reaches a screen. ``tests/ui/common/test_app_settings.py``
fails when code outside this module reads or writes QSettings with its own key.

The stored names are the ones earlier versions wrote, so people's saved settings keep loading:
change a name only together with a step that carries the old value over.

Examples:
    >>> from PySide6.QtCore import QSettings
    >>> import tempfile, os
    >>> folder = tempfile.TemporaryDirectory()
    >>> ini = os.path.join(folder.name, "example.ini")
    >>> settings = QSettings(ini, QSettings.Format.IniFormat)
    >>> THEME.read(settings)
    'system'
    >>> THEME.write(settings, "dark")
    >>> THEME.read(settings)
    'dark'
    >>> settings.setValue(THEME.key, "purple")  # a hand edit the app cannot use
    >>> THEME.read(settings)
    'system'
    >>> ME.key_for("/home/ana/cxcareer.db")
    'people/me/|home|ana|cxcareer.db'
    >>> folder.cleanup()
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

__all__ = [
    "ALL_SETTINGS",
    "BUNDLES_FOLDER",
    "DEFAULT_THEME",
    "FILE_FOLDER",
    "FRAMEWORKS_FOLDER",
    "LANGUAGE",
    "ME",
    "MEETING_EXPORT_FOLDER",
    "PAGE_SPLITTER",
    "THEME",
    "THEMES",
    "WINDOW_GEOMETRY",
    "WINDOW_SPLITTER",
    "WINDOW_STATE",
    "FileKind",
    "Setting",
    "remember_folder",
    "remembered_folder",
]

T = TypeVar("T")

#: The themes, in the order the preferences list them.
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _state(value: object) -> QByteArray | None:
    """Saved window or splitter state: only a non-empty byte array is one."""
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _one_of(choices: Sequence[str]) -> Callable[[object], str | None]:
    def parse(value: object) -> str | None:
        return value if isinstance(value, str) and value in choices else None

    return parse


def _key_part(part: str) -> str:
    # "/" separates groups in QSettings; a path as a key part must not open groups.
    return part.replace("/", "|").replace("\\", "|")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored setting: its ``key``, its ``default`` and how a stored value is read.

    A ``key`` with ``{}`` places is a family (one value per screen, per database): give the
    parts to :meth:`read`, :meth:`write` and :meth:`remove` in order.
    """

    key: str
    default: T
    parse: Callable[[object], T | None]
    """The stored value as the declared type, or None when it cannot be used."""
    about: str

    def key_for(self, *parts: str) -> str:
        """The stored name, with ``parts`` in its ``{}`` places (``/`` and ``\\`` become ``|``).

        Raises:
            ValueError: when the number of parts does not match the key's places.
        """
        places = self.key.count("{}")
        if len(parts) != places:
            raise ValueError(f"setting {self.key!r} takes {places} part(s), got {len(parts)}")
        return self.key.format(*(_key_part(str(part)) for part in parts))

    def read(self, settings: QSettings, *parts: str) -> T:
        """The stored value, or :attr:`default` when there is none or it cannot be used."""
        value = self.parse(settings.value(self.key_for(*parts)))
        return self.default if value is None else value

    def write(self, settings: QSettings, value: T, *parts: str) -> None:
        """Store ``value``."""
        settings.setValue(self.key_for(*parts), value)

    def remove(self, settings: QSettings, *parts: str) -> None:
        """Forget the stored value: :meth:`read` gives the default again."""
        settings.remove(self.key_for(*parts))


LANGUAGE: Setting[str] = Setting(
    "language", "", _text, "The app's language tag; empty until chosen (the system's is used)."
)
THEME: Setting[str] = Setting(
    "theme", DEFAULT_THEME, _one_of(THEMES), "Follow the system, or force light or dark."
)
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting(
    "window/geometry", None, _state, "The main window's size and place (also the opening's)."
)
WINDOW_STATE: Setting[QByteArray | None] = Setting(
    "window/state", None, _state, "The main window's docks and toolbars."
)
WINDOW_SPLITTER: Setting[QByteArray | None] = Setting(
    "window/splitter", None, _state, "The divider between the navigation and the screens."
)
PAGE_SPLITTER: Setting[QByteArray | None] = Setting(
    "splitters/{}/{}", None, _state, "Each screen's dividers: parts are the page key and index."
)
ME: Setting[str] = Setting(
    "people/me/{}", "", _text, "Which person is this laptop's user, per database location."
)
MEETING_EXPORT_FOLDER: Setting[str] = Setting(
    "meeting/export_dir", "", _text, "Where the last one-to-one pack was saved."
)
FRAMEWORKS_FOLDER: Setting[str] = Setting(
    "frameworks/last_folder", "", _text, "Where the last framework file was imported from."
)
BUNDLES_FOLDER: Setting[str] = Setting(
    "sharing/last_folder", "", _text, "Where person bundles were last saved or read."
)
FILE_FOLDER: Setting[str] = Setting(
    "folders/{}", "", _text, "Where each other kind of file was last saved: the part is its kind."
)

ALL_SETTINGS: tuple[Setting[str] | Setting[QByteArray | None], ...] = (
    LANGUAGE,
    THEME,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_SPLITTER,
    PAGE_SPLITTER,
    ME,
    MEETING_EXPORT_FOLDER,
    FRAMEWORKS_FOLDER,
    BUNDLES_FOLDER,
    FILE_FOLDER,
)
"""Every setting the app stores (a test checks no other key is used)."""


class FileKind(StrEnum):
    """The kinds of file the app saves or reads; each file chooser starts where its kind's last
    one ended (a map is rarely saved beside a bundle)."""

    MAP = "map"
    TEAM = "team"
    PACK = "pack"
    BUNDLE = "bundle"
    FRAMEWORK = "framework"
    KEY = "key"


# Kinds whose folder earlier versions already stored under a name of their own.
_EARLIER_FOLDER_SETTINGS = {
    FileKind.PACK: MEETING_EXPORT_FOLDER,
    FileKind.FRAMEWORK: FRAMEWORKS_FOLDER,
    FileKind.BUNDLE: BUNDLES_FOLDER,
}


def _folder_setting(kind: FileKind) -> tuple[Setting[str], tuple[str, ...]]:
    earlier = _EARLIER_FOLDER_SETTINGS.get(kind)
    return (earlier, ()) if earlier is not None else (FILE_FOLDER, (kind.value,))


def remembered_folder(settings: QSettings, kind: FileKind) -> Path:
    """Where the file chooser for ``kind`` starts: the folder its last file went to or came from.

    The first time (or when that folder is gone) the user's Documents folder, else their home —
    never the working folder, which for an app started from a menu is anywhere.
    """
    setting, parts = _folder_setting(kind)
    saved = setting.read(settings, *parts)
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(settings: QSettings, kind: FileKind, folder: Path) -> None:
    """Start the next file chooser for ``kind`` in ``folder``."""
    setting, parts = _folder_setting(kind)
    setting.write(settings, str(folder), *parts)
