"""Importing the heavy part of the app without PySide6's per-module ``__feature__`` scan.

Why a module of its own: the composition root (:mod:`cxcareer.ui.app`) uses it twice — for the
imports after the opening window's paint and for the ORM loaded on a worker thread — and the
trick reaches into PySide6's import hook, which deserves its own explanation and test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

__all__ = ["without_feature_scan"]


@contextlib.contextmanager
def without_feature_scan() -> Iterator[None]:
    """Import without PySide6's ``__feature__`` scan, which costs about 0.1 s at each start.

    Why: PySide6 replaces ``builtins.__import__`` with a hook that reads the source of every
    module imported after it (``inspect.getsource``, looking for "PySide6") to decide whether
    ``from __feature__ import snake_case`` switching applies to it. cxcareer never uses
    ``__feature__``, and the store, the engine and the screens are imported after the opening
    window has painted, i.e. after PySide6. For that stretch the hook's own next step,
    ``builtins.__orig_import__`` (PySide6's lazy-type import), is called directly: modules
    imported meanwhile are simply left out of the feature table, exactly as modules imported
    before PySide6 are; lookups treat them as "no feature", which is what the scan would find.
    Without that attribute (another PySide6), nothing changes.
    """
    import builtins

    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is None or plain is hooked:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = hooked
