"""Stored framework versions parsed once per process: content hash -> (framework, graph).

Why a module of its own: a stored version never changes, so its parsed framework and career
graph can be shared for the whole process by whoever reads it — the ORM services
(:mod:`cxcareer.store.services.frameworks`) and the app's first read with the standard library
(:mod:`cxcareer.store.quick_read`) alike, without SQLAlchemy. Across processes,
:mod:`cxcareer.framework.cache` (when the app has enabled it) keeps the parsed framework on
disk, so a new start skips the parse as well.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from cxcareer.framework import Framework
from cxcareer.framework.cache import parse_framework
from cxcareer.graph.build import build_graph

__all__ = ["clear", "parsed"]

_SIZE = 32

#: content hash -> (framework, graph); frameworks are immutable, so sharing them is safe.
_parsed: dict[str, tuple[Framework, Any]] = {}
_lock = threading.Lock()


def parsed(digest: str, read: Callable[[], tuple[bytes, str]]) -> tuple[Framework, Any]:
    """The framework and graph of the content whose hash is ``digest``, parsed at most once.

    ``read`` gives that content and its file name; it is called only when ``digest`` has not
    been parsed yet, so a hit costs no read of the stored bytes.

    Raises:
        FrameworkInvalid: the content does not validate.
    """
    with _lock:
        hit = _parsed.get(digest)
    if hit is not None:
        return hit
    data, filename = read()
    framework = parse_framework(data, filename)
    result = (framework, build_graph(framework))
    with _lock:
        if len(_parsed) >= _SIZE:
            _parsed.pop(next(iter(_parsed)))
        _parsed[digest] = result
    return result


def clear() -> None:
    """Forget every parsed framework (tests; the memo is otherwise always valid)."""
    with _lock:
        _parsed.clear()
