"""The store's sentences about the database as a section of the catalogue.

Why a re-export: the sentences live once, beside the errors that carry their facts
(:mod:`cxcareer.store.error_texts`); the CLI and the desktop app say them in the reader's
language through :func:`cxcareer.service.texts.store_errors.store_message`.
"""

from __future__ import annotations

from cxcareer.service.texts.kinds import Entry
from cxcareer.store.error_texts import ERROR_TEXTS

__all__ = ["TEXTS"]

TEXTS: dict[str, Entry] = dict(ERROR_TEXTS)  # type: ignore[arg-type]
