"""Alembic environment for cxcareer: always runs on a connection handed over by the store.

Why no alembic.ini and no URL here: :mod:`cxcareer.store.migrate` opens the connection itself
(with SQLite foreign keys off and one surrounding transaction) and passes it in
``config.attributes["connection"]``. Offline (SQL script) mode is not supported.
"""

from __future__ import annotations

from alembic import context

from cxcareer.store.orm import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("cxcareer migrations run through cxcareer.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
