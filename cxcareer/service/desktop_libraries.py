"""The system libraries Qt's X11 (xcb) platform needs, checked before Qt is loaded.

Why: PySide6 ships Qt, but not the X11 libraries its xcb platform plugin links against. On a
fresh Debian or Ubuntu laptop some are missing (``libxcb-icccm4``, ``libxcb-keysyms1``…), and Qt
then aborts the process (status 134) with a hint that names the wrong package. Trying to load
each library first, by its exact file name (what the dynamic linker would look for), lets
``cxcareer`` name exactly the packages to install and exit with status 1 instead.

The table was read from PySide6's ``Qt/plugins/platforms/libqxcb.so``, ``libQt6XcbQpa.so.6``
and ``libQt6Gui.so.6`` (``objdump -p … | grep NEEDED``); the libraries PySide6 bundles (ICU)
and the C runtime are left out. Only ``ctypes`` is imported, and only when the check runs: the
check is on the start-up path the bench times.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

__all__ = [
    "XCB_LIBRARIES",
    "XCB_PACKAGES",
    "apt_command",
    "missing_packages",
    "missing_packages_message",
    "platform_is_xcb",
]

#: Each library file the xcb platform loads, with the Debian/Ubuntu package that installs it.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: Every package of the table once: what README's quick start and CI install.
XCB_PACKAGES: tuple[str, ...] = tuple(dict.fromkeys(XCB_LIBRARIES.values()))

Loader = Callable[[str], object]
"""Loads one library by file name; raises ``OSError`` when it cannot (``ctypes.CDLL``)."""


def platform_is_xcb(environ: Mapping[str, str] | None = None, system: str | None = None) -> bool:
    """Whether Qt will start on its xcb (X11) platform plugin.

    Only on Linux; ``QT_QPA_PLATFORM`` decides when set (``offscreen``, ``wayland``… are not
    xcb; a list such as ``wayland;xcb`` starts with its first). Unset, Qt 6 prefers Wayland in a
    Wayland session and xcb everywhere else.

    Examples:
        >>> platform_is_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
        False
        >>> platform_is_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
        True
        >>> platform_is_xcb({}, "linux")
        True
        >>> wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
        >>> platform_is_xcb(wayland, "linux")
        False
        >>> platform_is_xcb({}, "win32")
        False
    """
    env = os.environ if environ is None else environ
    if not (sys.platform if system is None else system).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";", 1)[0].split(":", 1)[0].strip()
        return first == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def _load_with_ctypes(name: str) -> object:
    import ctypes  # only when the check runs

    return ctypes.CDLL(name)


def missing_packages(load: Loader | None = None) -> list[str]:
    """The packages whose libraries cannot be loaded, in table order, each named once."""
    loader = _load_with_ctypes if load is None else load
    missing: list[str] = []
    for library, package in XCB_LIBRARIES.items():
        if package in missing:
            continue
        try:
            loader(library)
        except OSError:
            missing.append(package)
    return missing


def apt_command(packages: Sequence[str]) -> str:
    """The one command that installs ``packages`` on Debian or Ubuntu.

    >>> apt_command(["libxcb-icccm4", "libxcb-keysyms1"])
    'sudo apt install libxcb-icccm4 libxcb-keysyms1'
    """
    return "sudo apt install " + " ".join(packages)


def missing_packages_message(packages: Sequence[str], lang: str) -> str:
    """One plain sentence naming the packages to install, in ``lang``."""
    from cxcareer.service.texts import say  # only on this rare path

    return say("desktop_libraries_missing", lang, command=apt_command(packages))
