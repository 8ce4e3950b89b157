"""A company server's "no", said as a :class:`~cxcareer.store.errors.ServerRefused`.

Why parse PostgreSQL's messages: a refused write reaches the app as SQLSTATE 42501
(insufficient privilege) for a missing column privilege, a row-level-security check or one of
the server's own triggers (:mod:`cxcareer.store.server_guards`); its text names the table,
which is the one fact a person needs beyond "not allowed". A row hidden by a policy makes an
ORM update match nothing, which SQLAlchemy reports as stale data: the same refusal.
"""

from __future__ import annotations

import re

from cxcareer.store.errors import ServerRefused
from cxcareer.store.server_guards import HISTORY_TABLES

__all__ = ["refusal"]

_TABLE = re.compile(r'(?:for table|on table|relation) "?([a-z_]+)"?')
_HISTORY = re.compile(r"cxcareer: ([a-z_]+) rows are history")


def refusal(error: BaseException, role: str) -> ServerRefused | None:
    """The refusal ``error`` stands for, or None when it is something else."""
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(error, StaleDataError):
        match = re.search(r"table '([a-z_]+)'", str(error))
        return ServerRefused("not_allowed", role=role, table=match[1] if match else "")
    if getattr(error, "sqlstate", None) != "42501":
        return None
    text = str(error)
    history = _HISTORY.search(text)
    if history and history[1] in HISTORY_TABLES:
        return ServerRefused("history", role=role, table=history[1])
    if "evidence changes only by its verification" in text:
        return ServerRefused("not_allowed", role=role, table="evidence")
    table = _TABLE.search(text)
    name = table[1] if table else ""
    if name in HISTORY_TABLES and text.startswith("permission denied"):
        # Every person may add to history; only changing or removing it is denied.
        return ServerRefused("history", role=role, table=name)
    return ServerRefused("not_allowed", role=role, table=name)
