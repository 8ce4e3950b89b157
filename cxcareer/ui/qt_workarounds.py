"""Work-arounds for bugs of the Qt bindings this app runs on, applied once at import.

PySide6 6.12.0 on CPython 3.11 gets two reference counts wrong:

- ``SignalInstance.emit()`` returns ``True`` without taking a new reference, so every emit whose
  result is dropped steals one reference from ``True`` (some paths do the same to ``False``);
- every wrapped method that returns nothing (``QLabel.setText``, ``QWidget.setVisible``,
  ``QPainterPath.lineTo``, ``QPen`` setters, ...) steals one reference from ``None``: about one
  per call, measured, so a few tens of thousands of calls — one long session, or one big ladder
  map — use up the ~50,000 references ``None`` starts with.

Either way CPython 3.11 then frees the singleton and aborts ("Fatal Python error:
bool_dealloc" / "none_dealloc"). Python 3.12 makes these singletons immortal; on 3.11 we do the
same by giving them a reference count no session can use up. Harmless on versions without the bug.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["make_singletons_immortal"]

_HEADROOM = 1 << 40


def make_singletons_immortal() -> None:
    """Raise the reference counts of ``True``, ``False`` and ``None`` past what calls can steal."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
