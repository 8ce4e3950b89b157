"""Work-arounds for bugs of the Qt bindings this app runs on, applied once at import.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a new reference, so
every emit from Python that drops its result steals one reference from ``True`` (some paths do
the same to ``False``). After some thousands of emits — a long session, a keystroke-heavy
wizard — CPython 3.11 frees ``True`` and aborts with "Fatal Python error: bool_dealloc".
Python 3.12 makes ``True``/``False`` immortal; on 3.11 we do the same by giving them a reference
count no session can use up. Harmless on versions without the bug.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["make_bools_immortal"]

_HEADROOM = 1 << 40


def make_bools_immortal() -> None:
    """Raise the reference counts of ``True`` and ``False`` far beyond what emits can steal."""
    if sys.version_info >= (3, 12):
        return
    for flag in (True, False):
        refcount = ctypes.c_ssize_t.from_address(id(flag))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
