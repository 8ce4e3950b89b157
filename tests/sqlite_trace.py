"""What SQLite runs, seen through its own trace callback: evidence of reads, not a timing.

Why a wrapper around ``sqlite3.connect`` rather than a fake: the real store runs unchanged; each
connection it opens inside the block (the standard library's or SQLAlchemy's, which calls the
same function) gets a trace callback that records every statement it executes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

__all__ = ["traced"]


@contextmanager
def traced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every statement SQLite runs on connections opened inside the block."""
    statements: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", connect)
        yield statements
