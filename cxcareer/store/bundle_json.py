"""A bundle's bytes read as JSON within bounds, or :class:`BundleInvalid` naming the line.

Why its own module: a bundle comes from another laptop and may be built as a bomb — nesting deep
enough to exhaust the stack, an integer of thousands of digits, ``NaN`` or ``Infinity``. Those
once reached the "internal error" path; here they are refused with their line by the same bounded
JSON reader framework files use (:mod:`cxcareer.framework.json_bounds`), so
:func:`cxcareer.store.bundle.parse_bundle` reads a bundle in one call.
"""

from __future__ import annotations

import json
from typing import Any

from cxcareer.framework.json_bounds import JsonOutOfBounds, loads_bounded
from cxcareer.store.errors import BundleInvalid

__all__ = ["bundle_json"]


def bundle_json(data: bytes) -> Any:
    """The JSON value in ``data``.

    Raises:
        BundleInvalid: not UTF-8, not JSON, or out of bounds (with the line where known).
    """
    try:
        return loads_bounded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BundleInvalid(
            [f"bundle: not UTF-8 text ({exc.reason} at byte {exc.start})"]
        ) from None
    except json.JSONDecodeError as exc:
        raise BundleInvalid(
            [f"bundle: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]
        ) from None
    except JsonOutOfBounds as exc:
        raise BundleInvalid([f"bundle: line {exc.line}: {exc.message}"]) from None
